import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF_OR_IMAGE, feeInfo, legalBasis, LABEL, field, doc } from '@/prisma/seed/service-parts';

export const certificatNomenclaturaStradala: TSeedService = {
  slug: 'certificat-nomenclatura-stradala',
  category: 'urbanism-si-constructii',
  department: 'urbanism',
  titleRo: 'Certificat de nomenclatură stradală și adresă',
  titleEn: 'Street name and address certificate',
  summaryRo: 'Obțineți certificatul care atestă adresa oficială a unui imobil.',
  summaryEn: 'Get the certificate confirming the official address of a property.',
  descriptionRo:
    'Certificatul de nomenclatură stradală și adresă atestă denumirea străzii și numărul administrativ atribuit imobilului, conform nomenclatorului stradal al municipiului Roman. Este necesar la notar, pentru înscrierea în cartea funciară, pentru racordarea la utilități sau în relația cu băncile. Se emite în cel mult 15 zile și se transmite ca document PDF semnat electronic.',
  descriptionEn:
    'The street name and address certificate confirms the street name and administrative number assigned to a property in Roman\'s street register. It is needed by notaries, for land book registration, for utility connections or by banks. It is issued within 15 days and delivered as an electronically signed PDF.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 15,
  ...legalBasis(
    L('Legea cadastrului și a publicității imobiliare nr. 7/1996, republicată', 'Cadastre and Land Registration Law No. 7/1996, republished'),
    L('Hotărârea Guvernului nr. 777/2016 privind Registrul electronic național al nomenclaturilor stradale', 'Government Decision No. 777/2016 on the National Electronic Register of Street Names'),
  ),
  ...feeInfo(
    'Taxa este stabilită prin hotărârea anuală a Consiliului Local privind taxele locale, în limita prevăzută la art. 474 din Codul fiscal.',
    'The fee is set by the Local Council\'s annual decision on local taxes, within the limit in Article 474 of the Fiscal Code.',
  ),
  position: 4,
  definition: {
    delivery: 'electronic',
    fields: [
      field.fullName(LABEL.applicantName),
      field.email(),
      field.phone(),
      ...field.property({ landBookNumber: 'optional' }),
      {
        key: 'purpose',
        type: 'select',
        label: L('Scopul eliberării certificatului', 'Purpose of the certificate'),
        required: true,
        options: [
          { value: 'notariat', label: L('Acte notariale', 'Notarial deeds') },
          { value: 'carteFunciara', label: L('Înscriere în cartea funciară', 'Land book registration') },
          { value: 'utilitati', label: L('Racordare la utilități', 'Utility connections') },
          { value: 'banca', label: L('Bancă', 'Bank') },
          { value: 'altul', label: L('Alt scop', 'Other purpose') },
        ],
      },
      field.declaration(),
    ],
    documents: [
      {
        key: 'ownershipDeed',
        name: L('Actul de proprietate', 'Deed of ownership'),
        required: true,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 15,
        maxFiles: 5,
      },
      { ...doc.landBookExtract(), required: false },
      doc.locationPlan(false),
    ],
  },
};
