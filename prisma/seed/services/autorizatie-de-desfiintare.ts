import type { TSeedService } from '@/prisma/seed/catalog';
import { L, feeInfo, LAWS, cite, legalBasis, field, doc } from '@/prisma/seed/service-parts';

export const autorizatieDeDesfiintare: TSeedService = {
  slug: 'autorizatie-de-desfiintare',
  category: 'urbanism-si-constructii',
  department: 'urbanism',
  titleRo: 'Autorizație de desființare',
  titleEn: 'Demolition permit',
  summaryRo: 'Solicitați autorizația pentru desființarea (demolarea) unei construcții.',
  summaryEn: 'Apply for the permit to demolish a building.',
  descriptionRo:
    'Desființarea construcțiilor se face numai pe baza autorizației de desființare, emisă în termen de cel mult 30 de zile de la înregistrarea cererii. Dosarul cuprinde certificatul de urbanism, documentația tehnică pentru autorizarea executării lucrărilor de desființare (DTAD), avizele cerute și dovada titlului asupra imobilului. Autorizația se ridică în original de la ghișeu.',
  descriptionEn:
    'Buildings may be demolished only under a demolition permit, issued within 30 days of registration. The file contains the urban planning certificate, the technical documentation for the demolition permit (DTAD), the required approvals and proof of title to the property. The permit is collected in original from the counter.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 30,
  ...legalBasis(cite(LAWS.constructionPermits, L('art. 7 și art. 8', 'Articles 7 and 8')), LAWS.constructionPermitRules),
  ...feeInfo(
    'Taxa este de 0,1% din valoarea impozabilă a construcției care se desființează (art. 474 din Codul fiscal); suma de plată vă este comunicată după verificarea cererii.',
    'The fee is 0.1% of the taxable value of the building to be demolished (Article 474 of the Fiscal Code); the amount due is communicated after the request is checked.',
  ),
  position: 3,
  definition: {
    delivery: 'counter',
    fields: [
      ...field.permitApplicant(),
      ...field.property({ landBookNumber: 'required' }),
      ...field.urbanismCertificate(),
      {
        key: 'buildingDescription',
        type: 'textarea',
        label: L('Construcția care se desființează', 'Building to be demolished'),
        help: L('Destinația, regimul de înălțime, structura, anul construirii.', 'Use, number of storeys, structure, year of construction.'),
        required: true,
        minLength: 10,
        maxLength: 2000,
      },
      { key: 'builtArea', type: 'number', label: L('Suprafața construită (m²)', 'Built area (m²)'), required: true, min: 1, max: 1_000_000 },
      field.declaration(),
    ],
    documents: [
      doc.urbanismCertificate(),
      doc.technicalDocumentation(L('Documentația tehnică pentru autorizarea executării lucrărilor de desființare (DTAD)', 'Technical documentation for the demolition permit (DTAD)')),
      doc.approvals(),
      doc.landBookExtract(),
      doc.title(),
    ],
  },
};
