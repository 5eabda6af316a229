import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF_OR_IMAGE, PLATE_NUMBER_PATTERN, feeInfo, legalBasis, field, doc } from '@/prisma/seed/service-parts';

export const abonamentParcareRiveran: TSeedService = {
  slug: 'abonament-parcare-riveran',
  category: 'comert-si-transport',
  department: 'registratura',
  titleRo: 'Abonament de parcare rezidențial (riveran)',
  titleEn: 'Residents\' parking pass',
  summaryRo: 'Abonament pentru parcarea în zona de domiciliu, destinat locuitorilor municipiului Roman.',
  summaryEn: 'A pass for parking near your home, for residents of Roman.',
  descriptionRo:
    'Abonamentul de tip riveran permite locuitorilor să parcheze în parcările publice cu plată din zona în care au domiciliul sau reședința. Se acordă pentru un singur autoturism, deținut în proprietate sau folosit în baza unui contract de leasing ori comodat. Abonamentul se eliberează electronic, fiind asociat numărului de înmatriculare, după plata tarifului.',
  descriptionEn:
    'The residents\' parking pass lets residents park in the paid public car parks in the area where they live. It is granted for one car, owned or used under a lease or loan-for-use contract. The pass is issued electronically, linked to the registration number, once the charge is paid.',
  applicantTypes: ['PERSON'],
  legalTermDays: 30,
  ...legalBasis(
    L('Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul administrativ', 'Government Emergency Ordinance No. 57/2019 on the Administrative Code'),
    L('Regulamentul de organizare și funcționare a parcărilor publice din municipiul Roman, aprobat prin hotărâre a Consiliului Local', 'the Regulation on public car parks in Roman, approved by Local Council decision'),
  ),
  ...feeInfo(
    'Tariful abonamentului este stabilit prin hotărâre a Consiliului Local și se plătește după aprobarea cererii.',
    'The charge for the pass is set by Local Council decision and is paid after the request is approved.',
  ),
  position: 2,
  definition: {
    delivery: 'electronic',
    fields: [
      ...field.personIdentity(),
      field.address(L('Domiciliul sau reședința', 'Home or residence address')),
      field.email(),
      field.phone(),
      {
        key: 'registrationNumber',
        type: 'text',
        label: L('Numărul de înmatriculare al autoturismului', 'Car registration number'),
        help: L('De exemplu NT 10 ABC.', 'For example NT 10 ABC.'),
        required: true,
        maxLength: 12,
        pattern: PLATE_NUMBER_PATTERN,
      },
      {
        key: 'vehicleUse',
        type: 'radio',
        label: L('Dețin autoturismul', 'I hold the car'),
        required: true,
        options: [
          { value: 'proprietar', label: L('În proprietate', 'As owner') },
          { value: 'utilizator', label: L('În baza unui contract de leasing sau comodat', 'Under a lease or loan-for-use contract') },
        ],
      },
      {
        key: 'period',
        type: 'select',
        label: L('Perioada abonamentului', 'Pass period'),
        required: true,
        options: [
          { value: 'lunar', label: L('O lună', 'One month') },
          { value: 'trimestrial', label: L('Trei luni', 'Three months') },
          { value: 'anual', label: L('Un an', 'One year') },
        ],
      },
      field.declaration(),
    ],
    documents: [
      doc.identity(),
      {
        key: 'registrationCertificate',
        name: L('Certificatul de înmatriculare al autoturismului', 'Car registration certificate'),
        required: true,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 5,
        maxFiles: 2,
      },
      {
        key: 'useContract',
        name: L('Contractul de leasing sau de comodat', 'Lease or loan-for-use contract'),
        required: true,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 10,
        maxFiles: 3,
        visibleWhen: { field: 'vehicleUse', equals: 'utilizator' },
      },
    ],
  },
};
