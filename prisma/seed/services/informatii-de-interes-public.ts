import type { TSeedService } from '@/prisma/seed/catalog';
import { L, feeInfo, implementingRules, legalBasis, LABEL, field, doc, NO_FEE_SUSPENSION, LAWS, cite } from '@/prisma/seed/service-parts';

export const informatiiDeInteresPublic: TSeedService = {
  slug: 'informatii-de-interes-public',
  category: 'relatia-cu-cetatenii',
  department: 'relatii-publice',
  titleRo: 'Cerere de informații de interes public',
  titleEn: 'Request for public-interest information',
  summaryRo: 'Solicitați informații privind activitatea Primăriei Municipiului Roman.',
  summaryEn: 'Ask for information about the activity of Roman City Hall.',
  descriptionRo:
    'Orice persoană are dreptul să solicite și să obțină informații de interes public, fără a fi nevoie să-și justifice interesul. Răspunsul se comunică în termen de 10 zile sau, în cazul în care volumul de lucrări pentru identificarea și difuzarea informației o justifică, în cel mult 30 de zile de la înregistrare, cu înștiințarea solicitantului în termen de 10 zile. Refuzul comunicării informațiilor se motivează și se comunică în termen de 5 zile.',
  descriptionEn:
    'Anyone has the right to request and obtain public-interest information without having to justify their interest. The answer is given within 10 days or, where the work needed to find and disclose the information justifies it, within 30 days of registration, in which case the applicant is informed within 10 days. A refusal is reasoned and communicated within 5 days.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 10,
  maxExtensionDays: 20,
  ...legalBasis(
    cite(LAWS.publicInformation, L('art. 7 alin. (1)', 'Article 7(1)')),
    implementingRules('123/2002'),
  ),
  ...feeInfo(
    'Fără taxă. Dacă solicitați copii pe hârtie, costul copierii este suportat de solicitant (art. 9 din Legea nr. 544/2001).',
    'No fee. If you ask for paper copies, the cost of copying is borne by the applicant (Article 9 of Law No. 544/2001).',
  ),
  ...NO_FEE_SUSPENSION,
  suspendOnInfo: false,
  position: 2,
  definition: {
    delivery: 'electronic',
    fields: [
      field.fullName(),
      field.organizationName(false),
      field.email(),
      field.address(LABEL.correspondenceAddress, false),
      {
        key: 'requestedInformation',
        type: 'textarea',
        label: L('Informațiile solicitate', 'Information requested'),
        help: L('Descrieți cât mai exact informațiile sau documentele de interes public pe care le solicitați.', 'Describe as exactly as possible the public-interest information or documents you are asking for.'),
        required: true,
        minLength: 10,
        maxLength: 5000,
      },
      {
        key: 'answerFormat',
        type: 'radio',
        label: L('Doresc să primesc răspunsul', 'I would like to receive the answer'),
        required: true,
        options: [
          { value: 'electronic', label: L('În format electronic, în portal și prin e-mail', 'Electronically, in the portal and by email') },
          { value: 'hartie', label: L('Pe hârtie, prin poștă, la adresa de corespondență', 'On paper, by post, to the correspondence address') },
        ],
      },
      {
        key: 'onBehalf',
        type: 'checkbox',
        label: L('Depun cererea în numele altei persoane', 'I am filing the request on behalf of someone else'),
      },
      field.declaration(),
    ],
    documents: [doc.powerOfAttorney({ field: 'onBehalf', equals: true })],
  },
};
