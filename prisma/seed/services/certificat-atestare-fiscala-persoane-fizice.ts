import type { TSeedService } from '@/prisma/seed/catalog';
import { feeInfo, TAX_CERTIFICATE_LEGAL_BASIS, field, doc, TAX_CERTIFICATE_TERM } from '@/prisma/seed/service-parts';

export const certificatAtestareFiscalaPersoaneFizice: TSeedService = {
  slug: 'certificat-atestare-fiscala-persoane-fizice',
  category: 'taxe-si-impozite-locale',
  department: 'taxe-impozite',
  titleRo: 'Certificat de atestare fiscală pentru persoane fizice',
  titleEn: 'Tax clearance certificate for individuals',
  summaryRo: 'Obțineți certificatul care atestă obligațiile fiscale locale, necesar la notar, în instanță sau la bancă.',
  summaryEn: 'Get the certificate showing your local tax obligations, needed by notaries, courts or banks.',
  descriptionRo:
    'Certificatul de atestare fiscală cuprinde obligațiile fiscale către bugetul local al municipiului Roman (impozitul pe clădiri, pe teren, pe mijloacele de transport, alte taxe) și se emite în cel mult 2 zile lucrătoare de la înregistrarea cererii. Certificatul se transmite în portal ca document PDF semnat electronic. Pentru înstrăinarea unui imobil sau a unui vehicul, toate obligațiile aferente trebuie să fie achitate.',
  descriptionEn:
    'The tax clearance certificate lists your obligations to the local budget of Roman (building, land and vehicle taxes, other charges) and is issued within 2 working days of registration. It is delivered in the portal as an electronically signed PDF. To sell a property or a vehicle, all related obligations must be paid.',
  applicantTypes: ['PERSON'],
  ...TAX_CERTIFICATE_TERM,
  ...TAX_CERTIFICATE_LEGAL_BASIS,
  ...feeInfo(
    'Fără taxă. Eliberarea certificatului de atestare fiscală pentru persoane fizice este gratuită.',
    'No fee. The tax clearance certificate for individuals is issued free of charge.',
  ),
  position: 1,
  definition: {
    delivery: 'electronic',
    fields: [
      ...field.personIdentity(),
      field.address(),
      field.email(),
      ...field.fiscalPurpose(),
      field.declaration(),
    ],
    documents: [doc.identity(), doc.powerOfAttorney()],
  },
};
