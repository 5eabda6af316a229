import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF_OR_IMAGE, NO_FEE, TAX_CERTIFICATE_LEGAL_BASIS, field, doc, TAX_CERTIFICATE_TERM } from '@/prisma/seed/service-parts';

export const certificatAtestareFiscalaPersoaneJuridice: TSeedService = {
  slug: 'certificat-atestare-fiscala-persoane-juridice',
  category: 'taxe-si-impozite-locale',
  department: 'taxe-impozite',
  titleRo: 'Certificat de atestare fiscală pentru persoane juridice',
  titleEn: 'Tax clearance certificate for legal entities',
  summaryRo: 'Certificatul care atestă obligațiile fiscale locale ale unei societăți sau instituții.',
  summaryEn: 'The certificate showing the local tax obligations of a company or institution.',
  descriptionRo:
    'Certificatul de atestare fiscală pentru persoane juridice cuprinde obligațiile fiscale către bugetul local al municipiului Roman și se emite în cel mult 2 zile lucrătoare de la înregistrarea cererii. Cererea se depune de reprezentantul legal sau de o persoană împuternicită. Certificatul se transmite în portal ca document PDF semnat electronic.',
  descriptionEn:
    'The tax clearance certificate for legal entities lists their obligations to the local budget of Roman and is issued within 2 working days of registration. The request is filed by the legal representative or an authorised person. The certificate is delivered in the portal as an electronically signed PDF.',
  applicantTypes: ['COMPANY', 'INSTITUTION'],
  ...TAX_CERTIFICATE_TERM,
  ...TAX_CERTIFICATE_LEGAL_BASIS,
  ...NO_FEE,
  position: 2,
  definition: {
    delivery: 'electronic',
    fields: [
      ...field.companyIdentity(),
      field.address(L('Sediul social', 'Registered office')),
      field.fullName(L('Numele reprezentantului legal sau al împuternicitului', 'Name of the legal representative or authorised person')),
      field.email(),
      field.phone(),
      ...field.fiscalPurpose(),
      field.declaration(),
    ],
    documents: [
      {
        key: 'delegation',
        name: L('Delegație sau împuternicire pentru reprezentant', 'Delegation or power of attorney for the representative'),
        help: L('Nu este necesară dacă cererea este depusă chiar de reprezentantul legal.', 'Not needed if the request is filed by the legal representative.'),
        required: false,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 5,
        maxFiles: 1,
      },
      doc.tradeRegisterCertificate(false),
    ],
  },
};
