import type { TSeedService } from '@/prisma/seed/catalog';
import { L, feeInfo, LAWS, legalBasis, field, doc } from '@/prisma/seed/service-parts';

export const copiiDocumenteArhiva: TSeedService = {
  slug: 'copii-documente-arhiva',
  category: 'relatia-cu-cetatenii',
  department: 'registratura',
  titleRo: 'Cerere copii de documente din arhivă',
  titleEn: 'Request for copies of archived documents',
  summaryRo: 'Solicitați copii ale unor documente emise de primărie și păstrate în arhivă.',
  summaryEn: 'Ask for copies of documents issued by the city hall and kept in its archive.',
  descriptionRo:
    'Puteți solicita copii certificate ale documentelor care vă privesc, păstrate în arhiva Primăriei Municipiului Roman (de exemplu autorizații de construire, certificate de urbanism, procese-verbale de recepție, hotărâri ale Consiliului Local). Indicați cât mai multe elemente de identificare a documentului: numărul, data emiterii și titularul.',
  descriptionEn:
    'You can ask for certified copies of documents concerning you that are kept in the archive of Roman City Hall (for example building permits, urban planning certificates, acceptance reports, Local Council decisions). Give as many details as possible: the document number, issue date and holder.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 30,
  ...legalBasis(L('Legea Arhivelor Naționale nr. 16/1996, republicată', 'National Archives Law No. 16/1996, republished'), LAWS.petitions),
  ...feeInfo(
    'Taxa pentru eliberarea copiilor din arhivă este stabilită prin hotărârea anuală a Consiliului Local privind taxele locale; suma de plată vă este comunicată după verificarea cererii.',
    'The fee for copies from the archive is set by the Local Council\'s annual decision on local taxes; the amount due is communicated after the request is checked.',
  ),
  position: 3,
  definition: {
    delivery: 'counter',
    fields: [
      field.fullName(),
      field.organizationName(false),
      field.email(),
      field.phone(),
      {
        key: 'documentType',
        type: 'select',
        label: L('Tipul documentului', 'Document type'),
        required: true,
        options: [
          { value: 'autorizatieConstruire', label: L('Autorizație de construire / desființare', 'Building / demolition permit') },
          { value: 'certificatUrbanism', label: L('Certificat de urbanism', 'Urban planning certificate') },
          { value: 'procesVerbalReceptie', label: L('Proces-verbal de recepție', 'Acceptance report') },
          { value: 'hotarareConsiliu', label: L('Hotărâre a Consiliului Local', 'Local Council decision') },
          { value: 'altul', label: L('Alt document', 'Other document') },
        ],
      },
      {
        key: 'documentDetails',
        type: 'textarea',
        label: L('Date de identificare a documentului', 'Details identifying the document'),
        help: L('Număr, dată, titular, adresa imobilului.', 'Number, date, holder, property address.'),
        required: true,
        minLength: 10,
        maxLength: 2000,
      },
      { key: 'copies', type: 'number', label: L('Numărul de exemplare', 'Number of copies'), required: true, min: 1, max: 10 },
      field.declaration(),
    ],
    documents: [doc.identity(), doc.powerOfAttorney()],
  },
};
