import type { TSeedService } from '@/prisma/seed/catalog';
import { L, feeInfo, LAWS, cite, legalBasis, field, doc } from '@/prisma/seed/service-parts';

export const autorizatieDeConstruire: TSeedService = {
  slug: 'autorizatie-de-construire',
  category: 'urbanism-si-constructii',
  department: 'urbanism',
  titleRo: 'Autorizație de construire',
  titleEn: 'Building permit',
  summaryRo: 'Solicitați autorizația pentru executarea lucrărilor de construcții, pe baza certificatului de urbanism și a documentației tehnice.',
  summaryEn: 'Apply for the permit to carry out construction works, based on the urban planning certificate and the technical documentation.',
  descriptionRo:
    'Autorizația de construire se emite în termen de cel mult 30 de zile de la înregistrarea cererii, pe baza documentației complete: certificatul de urbanism, documentația tehnică pentru autorizarea executării lucrărilor de construire (DTAC), avizele și acordurile cerute prin certificatul de urbanism și dovada titlului asupra imobilului. Autorizația, împreună cu un exemplar al documentației vizate spre neschimbare, se ridică în original de la ghișeu.',
  descriptionEn:
    'The building permit is issued within 30 days of registration, based on a complete file: the urban planning certificate, the technical documentation for the building permit (DTAC), the approvals required by the certificate and proof of title to the property. The permit, with a copy of the approved documentation, is collected in original from the counter.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 30,
  ...legalBasis(cite(LAWS.constructionPermits, L('art. 7', 'Article 7')), LAWS.constructionPermitRules),
  ...feeInfo(
    'Taxa se calculează ca procent din valoarea autorizată a lucrărilor: 0,5% pentru clădirile rezidențiale ale persoanelor fizice și 1% pentru celelalte construcții (art. 474 din Codul fiscal), cu regularizare la finalizarea lucrărilor.',
    'The fee is a percentage of the authorised value of the works: 0.5% for residential buildings of individuals and 1% for other constructions (Article 474 of the Fiscal Code), adjusted when the works are completed.',
  ),
  position: 2,
  definition: {
    delivery: 'counter',
    fields: [
      ...field.permitApplicant(),
      ...field.property({ landBookNumber: 'none' }),
      ...field.urbanismCertificate(),
      {
        key: 'worksDescription',
        type: 'textarea',
        label: L('Descrierea lucrărilor', 'Description of the works'),
        required: true,
        minLength: 10,
        maxLength: 2000,
      },
      {
        key: 'estimatedValue',
        type: 'number',
        label: L('Valoarea estimată a lucrărilor (lei)', 'Estimated value of the works (lei)'),
        help: L('Conform devizului general din documentația tehnică.', 'As shown in the general estimate of the technical documentation.'),
        required: true,
        min: 1,
        max: 10_000_000_000,
      },
      {
        key: 'durationMonths',
        type: 'number',
        label: L('Durata estimată de execuție (luni)', 'Estimated duration of the works (months)'),
        required: true,
        min: 1,
        max: 120,
      },
      field.declaration(),
    ],
    documents: [
      doc.urbanismCertificate(),
      doc.technicalDocumentation(
        L('Documentația tehnică pentru autorizarea executării lucrărilor de construire (DTAC)', 'Technical documentation for the building permit (DTAC)'),
        L('Piese scrise și desenate, semnate de proiectanți și verificate potrivit legii.', 'Written and drawn parts, signed by the designers and checked as required by law.'),
      ),
      doc.approvals(L('Inclusiv actul administrativ al autorității pentru protecția mediului.', 'Including the environmental authority\'s decision.')),
      doc.landBookExtract(),
      doc.title(),
    ],
  },
};
