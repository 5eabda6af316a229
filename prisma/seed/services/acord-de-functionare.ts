import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF, PDF_OR_IMAGE, feeInfo, LAWS, cite, legalBasis, field, doc } from '@/prisma/seed/service-parts';

export const acordDeFunctionare: TSeedService = {
  slug: 'acord-de-functionare',
  category: 'comert-si-transport',
  department: 'registratura',
  titleRo: 'Acord de funcționare pentru activități comerciale',
  titleEn: 'Operating permit for commercial activities',
  summaryRo: 'Acordul primăriei pentru desfășurarea unei activități de comerț sau de prestări servicii și pentru orarul de funcționare.',
  summaryEn: 'The city hall\'s permit to run a retail or service business and for its opening hours.',
  descriptionRo:
    'Operatorii economici care desfășoară activități de comercializare a produselor și serviciilor de piață pe raza municipiului Roman solicită acordul de funcționare și aprobarea orarului pentru fiecare punct de lucru. Acordul se vizează anual. Documentul se ridică în original de la ghișeu și se afișează la punctul de lucru.',
  descriptionEn:
    'Businesses selling goods or market services in Roman apply for an operating permit and approval of the opening hours for each of their premises. The permit is endorsed every year. It is collected in original from the counter and displayed at the premises.',
  applicantTypes: ['COMPANY'],
  legalTermDays: 30,
  ...legalBasis(
    L('Ordonanța Guvernului nr. 99/2000 privind comercializarea produselor și serviciilor de piață, republicată', 'Government Ordinance No. 99/2000 on the sale of goods and market services, republished'),
    L('Hotărârea Guvernului nr. 333/2003 pentru aprobarea Normelor metodologice', 'Government Decision No. 333/2003 approving the implementing rules'),
    cite(LAWS.fiscalCode, L('art. 475', 'Article 475')),
  ),
  ...feeInfo(
    'Pentru activitățile de alimentație publică (clasele CAEN 5610, 5630) se datorează taxa pentru eliberarea sau vizarea anuală a autorizației, stabilită prin hotărâre a Consiliului Local în funcție de suprafață (art. 475 din Codul fiscal). Pentru celelalte activități, fără taxă.',
    'Food service activities (NACE classes 5610, 5630) pay the fee for issuing or yearly endorsing the permit, set by Local Council decision according to floor area (Article 475 of the Fiscal Code). Other activities: no fee.',
  ),
  position: 1,
  definition: {
    delivery: 'counter',
    fields: [
      ...field.companyIdentity(),
      field.fullName(L('Numele reprezentantului legal', 'Name of the legal representative')),
      field.email(),
      field.phone(true),
      {
        key: 'caenCode',
        type: 'text',
        label: L('Codul CAEN al activității', 'NACE (CAEN) code of the activity'),
        help: L('Patru cifre, de exemplu 4711.', 'Four digits, for example 4711.'),
        required: true,
        minLength: 4,
        maxLength: 4,
        pattern: '\\d{4}',
      },
      {
        key: 'activityDescription',
        type: 'text',
        label: L('Activitatea desfășurată', 'Business activity'),
        required: true,
        maxLength: 200,
      },
      {
        key: 'premisesAddress',
        type: 'address',
        label: L('Adresa punctului de lucru', 'Address of the premises'),
        required: true,
      },
      { key: 'premisesArea', type: 'number', label: L('Suprafața punctului de lucru (m²)', 'Floor area of the premises (m²)'), required: true, min: 1, max: 100_000 },
      {
        key: 'openingHours',
        type: 'text',
        label: L('Orarul de funcționare propus', 'Proposed opening hours'),
        help: L('De exemplu: luni–vineri 08:00–20:00, sâmbătă 09:00–14:00.', 'For example: Monday–Friday 08:00–20:00, Saturday 09:00–14:00.'),
        required: true,
        maxLength: 200,
      },
      field.declaration(),
    ],
    documents: [
      doc.tradeRegisterCertificate(true),
      {
        key: 'registryExtract',
        name: L('Certificatul constatator pentru punctul de lucru', 'Trade Register statement for the premises'),
        required: true,
        accept: PDF,
        maxSizeMb: 5,
        maxFiles: 1,
      },
      {
        key: 'premisesRight',
        name: L('Dovada dreptului de folosință asupra spațiului', 'Proof of the right to use the premises'),
        help: L('Contract de închiriere, comodat sau act de proprietate.', 'Lease, loan-for-use contract or deed of ownership.'),
        required: true,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 10,
        maxFiles: 3,
      },
      {
        key: 'ownersAssociationAgreement',
        name: L('Acordul asociației de proprietari', 'Agreement of the owners\' association'),
        help: L('Necesar când spațiul se află într-un bloc de locuințe.', 'Needed when the premises are in a block of flats.'),
        required: false,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 5,
        maxFiles: 2,
      },
    ],
  },
};
