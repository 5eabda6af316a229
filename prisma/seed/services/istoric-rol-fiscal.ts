import type { TSeedService } from '@/prisma/seed/catalog';
import { L, NO_FEE, LAWS, legalBasis, LABEL, field, doc, NO_FEE_SUSPENSION } from '@/prisma/seed/service-parts';

export const istoricRolFiscal: TSeedService = {
  slug: 'istoric-rol-fiscal',
  category: 'taxe-si-impozite-locale',
  department: 'taxe-impozite',
  titleRo: 'Cerere istoric rol fiscal',
  titleEn: 'Tax record history',
  summaryRo: 'Obțineți istoricul bunurilor și al impozitelor înregistrate pe numele dumneavoastră.',
  summaryEn: 'Get the history of the property and taxes recorded in your name.',
  descriptionRo:
    'Istoricul de rol cuprinde bunurile impozabile (clădiri, terenuri, mijloace de transport) înregistrate de-a lungul timpului în evidența fiscală a municipiului Roman pe numele contribuabilului. Este solicitat frecvent în procedurile de succesiune, de partaj sau de restituire a proprietăților.',
  descriptionEn:
    'The tax record history lists the taxable property (buildings, land, vehicles) recorded over time in Roman\'s tax records in the taxpayer\'s name. It is often needed for inheritance, division of property or restitution proceedings.',
  applicantTypes: ['PERSON', 'COMPANY'],
  legalTermDays: 30,
  ...legalBasis(LAWS.fiscalProcedureCode, LAWS.petitions),
  ...NO_FEE,
  ...NO_FEE_SUSPENSION,
  position: 5,
  definition: {
    delivery: 'electronic',
    fields: [
      field.fullName(LABEL.taxpayerName),
      field.address(),
      field.email(),
      {
        key: 'periodFrom',
        type: 'date',
        label: L('Perioada solicitată: de la', 'Period requested: from'),
        min: '1990-01-01',
        max: 'today',
      },
      {
        key: 'purpose',
        type: 'textarea',
        label: L('Scopul solicitării', 'Purpose of the request'),
        help: L('De exemplu: dezbatere succesorală, partaj, instanță.', 'For example: inheritance proceedings, division of property, court.'),
        required: true,
        maxLength: 1000,
      },
      field.declaration(),
    ],
    documents: [doc.identity(), doc.powerOfAttorney()],
  },
};
