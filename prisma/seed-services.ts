/**
 * Seed data for the e-services catalog of Primăria Municipiului Roman: categories, services and
 * the form definition of each service (fields, documents to upload, how the answer is delivered).
 * Sources: the services of the city hall's former portal (shared/SERVICES.md) and the laws cited.
 */
import type { TServiceDefinitionInput } from '@/lib/services/form/definition';

export type TSeedCategory = { slug: string; nameRo: string; nameEn: string; position: number };
export type TSeedService = {
  slug: string;
  /** Category slug. */
  category: string;
  /** Department slug (see prisma/seed.ts). */
  department: string;
  titleRo: string;
  titleEn: string;
  summaryRo: string;
  summaryEn: string;
  descriptionRo: string;
  descriptionEn: string;
  applicantTypes: ('PERSON' | 'COMPANY' | 'INSTITUTION')[];
  legalTermDays: number;
  /** Days by which the law lets the term be extended, once (OG 27/2002: 15; Legea 544/2001: 20). */
  maxExtensionDays?: number;
  legalBasisRo: string;
  legalBasisEn: string;
  /** Fee in bani; null when there is no fixed fee (see feeInfo). */
  feeAmountBani: number | null;
  feeInfoRo: string;
  feeInfoEn: string;
  position: number;
  definition: TServiceDefinitionInput;
};

type TFieldInput = TServiceDefinitionInput['fields'][number];
type TDocumentInput = NonNullable<TServiceDefinitionInput['documents']>[number];
type TAccept = TDocumentInput['accept'];

const L = (ro: string, en: string) => ({ ro, en });

const PDF: TAccept = ['application/pdf'];
const PDF_OR_IMAGE: TAccept = ['application/pdf', 'image/jpeg', 'image/png'];

const NO_FEE_RO = 'Fără taxă.';
const NO_FEE_EN = 'No fee.';

// ───────────────────────────── reusable fields ─────────────────────────────

const fullNameField = (label = L('Nume și prenume', 'Full name')): TFieldInput => ({
  key: 'fullName',
  type: 'text',
  label,
  required: true,
  minLength: 3,
  maxLength: 120,
  prefill: 'fullName',
});

const cnpField = (): TFieldInput => ({
  key: 'cnp',
  type: 'cnp',
  label: L('Cod numeric personal (CNP)', 'Personal numeric code (CNP)'),
  required: true,
  prefill: 'cnp',
});

const organizationNameField = (required: boolean): TFieldInput => ({
  key: 'organizationName',
  type: 'text',
  label: L('Denumirea persoanei juridice', 'Name of the legal entity'),
  ...(required ? {} : { help: L('Completați numai dacă depuneți cererea în numele unei organizații.', 'Fill in only if you apply on behalf of an organisation.') }),
  required,
  maxLength: 200,
  prefill: 'organizationName',
});

const cuiField = (): TFieldInput => ({
  key: 'cui',
  type: 'cui',
  label: L('Cod unic de înregistrare (CUI)', 'Tax identification code (CUI)'),
  required: true,
  prefill: 'cui',
});

const addressField = (label = L('Domiciliul', 'Home address'), required = true): TFieldInput => ({
  key: 'address',
  type: 'address',
  label,
  required,
  prefill: 'address',
});

const emailField = (): TFieldInput => ({
  key: 'email',
  type: 'email',
  label: L('Adresa de e-mail', 'Email address'),
  help: L('Aici primiți notificările privind cererea.', 'Notifications about the request are sent here.'),
  required: true,
  prefill: 'email',
});

const phoneField = (required = false): TFieldInput => ({
  key: 'phone',
  type: 'phone',
  label: L('Telefon', 'Phone'),
  required,
  prefill: 'phone',
});

const propertyAddressField = (): TFieldInput => ({
  key: 'propertyAddress',
  type: 'address',
  label: L('Adresa imobilului', 'Property address'),
  help: L('Strada, numărul și, dacă există, blocul, scara, apartamentul; pentru terenuri fără adresă, indicați zona.', 'Street, number and, if any, block, entrance, flat; for land without an address, describe the area.'),
  required: true,
});

const cadastralNumberField = (required = true): TFieldInput => ({
  key: 'cadastralNumber',
  type: 'text',
  label: L('Număr cadastral', 'Cadastral number'),
  help: L('Se găsește în extrasul de carte funciară, de exemplu 51234 sau 51234-C1.', 'Shown in the land book extract, for example 51234 or 51234-C1.'),
  required,
  maxLength: 40,
  pattern: '[0-9]+([/-][0-9A-Za-z]+)*',
});

const landBookNumberField = (required = true): TFieldInput => ({
  key: 'landBookNumber',
  type: 'text',
  label: L('Număr carte funciară', 'Land book number'),
  help: L('Numărul cărții funciare din UAT Roman, de exemplu 51234.', 'The land book number in the Roman administrative unit, for example 51234.'),
  required,
  maxLength: 40,
  pattern: '[0-9]+([/-][0-9A-Za-z]+)*',
});

const urbanismCertificateFields = (): TFieldInput[] => [
  {
    key: 'urbanismCertificateNumber',
    type: 'text',
    label: L('Numărul certificatului de urbanism', 'Urban planning certificate number'),
    required: true,
    maxLength: 30,
  },
  {
    key: 'urbanismCertificateDate',
    type: 'date',
    label: L('Data emiterii certificatului de urbanism', 'Date the urban planning certificate was issued'),
    help: L('Certificatul de urbanism trebuie să fie în termen de valabilitate.', 'The urban planning certificate must still be valid.'),
    required: true,
    max: 'today',
  },
];

const declarationField = (): TFieldInput => ({
  key: 'declaration',
  type: 'checkbox',
  label: L('Declar pe propria răspundere că datele sunt corecte', 'I declare on my own responsibility that the data are correct'),
  help: L(
    'Declararea necorespunzătoare a adevărului se pedepsește potrivit art. 326 din Codul penal (fals în declarații).',
    'Making a false statement is punishable under Article 326 of the Criminal Code (false statements).',
  ),
  required: true,
});

// ───────────────────────────── reusable documents ─────────────────────────────

const identityDocument = (required = true): TDocumentInput => ({
  key: 'identityDocument',
  name: L('Copia actului de identitate', 'Copy of the identity document'),
  required,
  accept: PDF_OR_IMAGE,
  maxSizeMb: 5,
  maxFiles: 2,
});

const powerOfAttorneyDocument = (visibleWhen?: { field: string; equals: string | boolean }): TDocumentInput => ({
  key: 'powerOfAttorney',
  name: L('Împuternicire sau delegație (dacă este cazul)', 'Power of attorney or delegation (if applicable)'),
  help: L('Necesară când cererea este depusă de un reprezentant.', 'Needed when the request is filed by a representative.'),
  required: false,
  accept: PDF_OR_IMAGE,
  maxSizeMb: 5,
  maxFiles: 1,
  ...(visibleWhen ? { visibleWhen } : {}),
});

const landBookExtractDocument = (): TDocumentInput => ({
  key: 'landBookExtract',
  name: L('Extras de carte funciară pentru informare', 'Land book extract (for information)'),
  help: L('Actualizat, emis de OCPI Neamț cu cel mult 30 de zile înainte de depunere.', 'Up to date, issued by the Neamț cadastre office no more than 30 days before filing.'),
  required: true,
  accept: PDF,
  maxSizeMb: 10,
  maxFiles: 1,
});

const titleDocument = (): TDocumentInput => ({
  key: 'titleDeed',
  name: L('Dovada titlului asupra imobilului', 'Proof of title to the property'),
  help: L('Act de proprietate sau alt act care conferă dreptul de construire, în copie legalizată.', 'Deed of ownership or another deed giving the right to build, as a certified copy.'),
  required: true,
  accept: PDF,
  maxSizeMb: 15,
  maxFiles: 5,
});

// ───────────────────────────── categories ─────────────────────────────

export const SEED_CATEGORIES: TSeedCategory[] = [
  { slug: 'relatia-cu-cetatenii', nameRo: 'Relația cu cetățenii', nameEn: 'Citizen relations', position: 1 },
  { slug: 'taxe-si-impozite-locale', nameRo: 'Taxe și impozite locale', nameEn: 'Local taxes', position: 2 },
  { slug: 'urbanism-si-constructii', nameRo: 'Urbanism și construcții', nameEn: 'Urban planning and construction', position: 3 },
  { slug: 'comert-si-transport', nameRo: 'Comerț și transport', nameEn: 'Commerce and transport', position: 4 },
];

// ───────────────────────────── services ─────────────────────────────

const PURPOSE_OPTIONS_FISCAL = [
  { value: 'notariat', label: L('Acte notariale (vânzare, donație, succesiune)', 'Notarial deeds (sale, gift, inheritance)') },
  { value: 'instanta', label: L('Instanța de judecată', 'Court proceedings') },
  { value: 'banca', label: L('Bancă sau instituție financiară', 'Bank or financial institution') },
  { value: 'licitatie', label: L('Participare la licitație sau achiziție publică', 'Tender or public procurement') },
  { value: 'altul', label: L('Alt scop', 'Other purpose') },
];

export const SEED_SERVICES: TSeedService[] = [
  // ── Relația cu cetățenii ──
  {
    slug: 'petitie-sesizare',
    category: 'relatia-cu-cetatenii',
    department: 'relatii-publice',
    titleRo: 'Petiție / sesizare',
    titleEn: 'Petition / complaint',
    summaryRo: 'Transmiteți o sesizare, o reclamație, o propunere sau o cerere către Primăria Municipiului Roman.',
    summaryEn: 'Send a complaint, a report, a proposal or a request to Roman City Hall.',
    descriptionRo:
      'Prin acest formular puteți semnala probleme din oraș (drumuri, iluminat public, salubritate, spații verzi, parcări) sau puteți adresa o cerere, o reclamație ori o propunere autorităților locale. Petițiile anonime sau cele fără datele de identificare ale petentului nu se iau în considerare. Răspunsul se transmite în termen de 30 de zile de la înregistrare; termenul poate fi prelungit cu cel mult 15 zile pentru petițiile care necesită o cercetare mai amănunțită.',
    descriptionEn:
      'Use this form to report problems in the city (roads, street lighting, waste collection, green spaces, parking) or to address a request, a complaint or a proposal to the local authorities. Anonymous petitions, or petitions without the petitioner\'s identification data, are not considered. The answer is sent within 30 days of registration; the term may be extended by up to 15 days for petitions that need a more thorough investigation.',
    applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
    legalTermDays: 30,
    maxExtensionDays: 15,
    legalBasisRo: 'Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor, aprobată prin Legea nr. 233/2002',
    legalBasisEn: 'Government Ordinance No. 27/2002 on the handling of petitions, approved by Law No. 233/2002',
    feeAmountBani: null,
    feeInfoRo: NO_FEE_RO,
    feeInfoEn: NO_FEE_EN,
    position: 1,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(),
        organizationNameField(false),
        addressField(L('Adresa de corespondență', 'Correspondence address')),
        emailField(),
        phoneField(),
        {
          key: 'topic',
          type: 'select',
          label: L('Domeniul sesizării', 'Subject area'),
          required: true,
          options: [
            { value: 'drumuri', label: L('Drumuri, trotuare și semnalizare rutieră', 'Roads, pavements and road signs') },
            { value: 'iluminat', label: L('Iluminat public', 'Street lighting') },
            { value: 'salubritate', label: L('Salubritate și deșeuri', 'Waste collection and cleanliness') },
            { value: 'spatiiVerzi', label: L('Spații verzi și locuri de joacă', 'Green spaces and playgrounds') },
            { value: 'parcari', label: L('Parcări și circulație', 'Parking and traffic') },
            { value: 'ordinePublica', label: L('Ordine și liniște publică', 'Public order and noise') },
            { value: 'altele', label: L('Altele', 'Other') },
          ],
        },
        {
          key: 'location',
          type: 'text',
          label: L('Locul la care se referă sesizarea', 'Location concerned'),
          help: L('Strada și numărul sau un reper apropiat.', 'Street and number or a nearby landmark.'),
          maxLength: 200,
        },
        { key: 'subject', type: 'text', label: L('Subiectul petiției', 'Subject of the petition'), required: true, minLength: 5, maxLength: 150 },
        {
          key: 'message',
          type: 'textarea',
          label: L('Conținutul petiției', 'Petition text'),
          help: L('Descrieți cât mai precis situația și ce solicitați.', 'Describe the situation and what you are asking for as precisely as possible.'),
          required: true,
          minLength: 20,
          maxLength: 5000,
        },
        declarationField(),
      ],
      documents: [
        {
          key: 'attachments',
          name: L('Fotografii sau documente doveditoare', 'Photos or supporting documents'),
          required: false,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 10,
          maxFiles: 5,
        },
      ],
    },
  },
  {
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
    legalBasisRo: 'Legea nr. 544/2001 privind liberul acces la informațiile de interes public; Normele metodologice aprobate prin Hotărârea Guvernului nr. 123/2002',
    legalBasisEn: 'Law No. 544/2001 on free access to public-interest information; implementing rules approved by Government Decision No. 123/2002',
    feeAmountBani: null,
    feeInfoRo: 'Fără taxă. Dacă solicitați copii pe hârtie, costul copierii este suportat de solicitant (art. 9 din Legea nr. 544/2001).',
    feeInfoEn: 'No fee. If you ask for paper copies, the cost of copying is borne by the applicant (Article 9 of Law No. 544/2001).',
    position: 2,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(),
        organizationNameField(false),
        emailField(),
        addressField(L('Adresa de corespondență', 'Correspondence address'), false),
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
        declarationField(),
      ],
      documents: [powerOfAttorneyDocument({ field: 'onBehalf', equals: true })],
    },
  },
  {
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
    legalBasisRo: 'Legea Arhivelor Naționale nr. 16/1996, republicată; Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor',
    legalBasisEn: 'National Archives Law No. 16/1996, republished; Government Ordinance No. 27/2002 on the handling of petitions',
    feeAmountBani: null,
    feeInfoRo: 'Taxa pentru eliberarea copiilor din arhivă este stabilită prin hotărârea anuală a Consiliului Local privind taxele locale; suma de plată vă este comunicată după verificarea cererii.',
    feeInfoEn: 'The fee for copies from the archive is set by the Local Council\'s annual decision on local taxes; the amount due is communicated after the request is checked.',
    position: 3,
    definition: {
      delivery: 'counter',
      fields: [
        fullNameField(),
        organizationNameField(false),
        emailField(),
        phoneField(),
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
        declarationField(),
      ],
      documents: [identityDocument(), powerOfAttorneyDocument()],
    },
  },

  // ── Taxe și impozite locale ──
  {
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
    legalTermDays: 2,
    legalBasisRo: 'Legea nr. 207/2015 privind Codul de procedură fiscală, art. 158–159 (termen: 2 zile lucrătoare)',
    legalBasisEn: 'Law No. 207/2015 on the Fiscal Procedure Code, Articles 158–159 (term: 2 working days)',
    feeAmountBani: null,
    feeInfoRo: 'Fără taxă. Eliberarea certificatului de atestare fiscală pentru persoane fizice este gratuită.',
    feeInfoEn: 'No fee. The tax clearance certificate for individuals is issued free of charge.',
    position: 1,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(),
        cnpField(),
        addressField(),
        emailField(),
        { key: 'purpose', type: 'select', label: L('Scopul eliberării certificatului', 'Purpose of the certificate'), required: true, options: PURPOSE_OPTIONS_FISCAL },
        {
          key: 'purposeDetails',
          type: 'text',
          label: L('Precizați scopul', 'Specify the purpose'),
          required: true,
          maxLength: 200,
          visibleWhen: { field: 'purpose', equals: 'altul' },
        },
        declarationField(),
      ],
      documents: [identityDocument(), powerOfAttorneyDocument()],
    },
  },
  {
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
    legalTermDays: 2,
    legalBasisRo: 'Legea nr. 207/2015 privind Codul de procedură fiscală, art. 158–159 (termen: 2 zile lucrătoare)',
    legalBasisEn: 'Law No. 207/2015 on the Fiscal Procedure Code, Articles 158–159 (term: 2 working days)',
    feeAmountBani: null,
    feeInfoRo: NO_FEE_RO,
    feeInfoEn: NO_FEE_EN,
    position: 2,
    definition: {
      delivery: 'electronic',
      fields: [
        organizationNameField(true),
        cuiField(),
        addressField(L('Sediul social', 'Registered office')),
        fullNameField(L('Numele reprezentantului legal sau al împuternicitului', 'Name of the legal representative or authorised person')),
        emailField(),
        phoneField(),
        { key: 'purpose', type: 'select', label: L('Scopul eliberării certificatului', 'Purpose of the certificate'), required: true, options: PURPOSE_OPTIONS_FISCAL },
        {
          key: 'purposeDetails',
          type: 'text',
          label: L('Precizați scopul', 'Specify the purpose'),
          required: true,
          maxLength: 200,
          visibleWhen: { field: 'purpose', equals: 'altul' },
        },
        declarationField(),
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
        {
          key: 'registrationCertificate',
          name: L('Certificatul de înregistrare la Registrul Comerțului', 'Trade Register registration certificate'),
          required: false,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 5,
          maxFiles: 1,
        },
      ],
    },
  },
  {
    slug: 'declaratie-impunere-cladiri-teren',
    category: 'taxe-si-impozite-locale',
    department: 'taxe-impozite',
    titleRo: 'Declarație de impunere pentru clădiri și terenuri',
    titleEn: 'Tax return for buildings and land',
    summaryRo: 'Declarați dobândirea, construirea sau modificarea unei clădiri ori a unui teren, pentru stabilirea impozitului.',
    summaryEn: 'Declare the acquisition, construction or change of a building or land so that the tax can be assessed.',
    descriptionRo:
      'Persoanele care dobândesc, construiesc sau modifică o clădire ori un teren situat în municipiul Roman au obligația să depună declarația fiscală în termen de 30 de zile de la data dobândirii sau a modificării. Impozitul datorat se stabilește începând cu data de 1 ianuarie a anului următor. După verificare, primiți confirmarea înregistrării în evidența fiscală.',
    descriptionEn:
      'Anyone who acquires, builds or alters a building or land in Roman must file a tax return within 30 days of the acquisition or change. The tax is due from 1 January of the following year. After checking, you receive confirmation that the property has been recorded.',
    applicantTypes: ['PERSON'],
    legalTermDays: 30,
    legalBasisRo: 'Legea nr. 227/2015 privind Codul fiscal, art. 461 și art. 466; Legea nr. 207/2015 privind Codul de procedură fiscală',
    legalBasisEn: 'Law No. 227/2015 on the Fiscal Code, Articles 461 and 466; Law No. 207/2015 on the Fiscal Procedure Code',
    feeAmountBani: null,
    feeInfoRo: NO_FEE_RO,
    feeInfoEn: NO_FEE_EN,
    position: 3,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(),
        cnpField(),
        {
          key: 'propertyType',
          type: 'radio',
          label: L('Tip imobil', 'Property type'),
          required: true,
          options: [
            { value: 'cladire', label: L('Clădire', 'Building') },
            { value: 'teren', label: L('Teren', 'Land') },
          ],
        },
        propertyAddressField(),
        {
          key: 'acquisitionMode',
          type: 'select',
          label: L('Modul de dobândire', 'How the property was acquired'),
          required: true,
          options: [
            { value: 'cumparare', label: L('Cumpărare', 'Purchase') },
            { value: 'mostenire', label: L('Moștenire', 'Inheritance') },
            { value: 'donatie', label: L('Donație', 'Gift') },
            { value: 'construire', label: L('Construire', 'Construction') },
            { value: 'altul', label: L('Alt mod', 'Other') },
          ],
        },
        {
          key: 'acquisitionDate',
          type: 'date',
          label: L('Data dobândirii sau a finalizării lucrărilor', 'Date of acquisition or completion of works'),
          required: true,
          max: 'today',
        },
        { ...cadastralNumberField(true), visibleWhen: { field: 'propertyType', equals: 'teren' } },
        {
          key: 'landCategory',
          type: 'select',
          label: L('Categoria de folosință a terenului', 'Land use category'),
          required: true,
          visibleWhen: { field: 'propertyType', equals: 'teren' },
          options: [
            { value: 'curtiConstructii', label: L('Curți-construcții', 'Built-up land and yards') },
            { value: 'arabil', label: L('Arabil', 'Arable land') },
            { value: 'pasune', label: L('Pășune', 'Pasture') },
            { value: 'faneata', label: L('Fâneață', 'Hayfield') },
            { value: 'vie', label: L('Vie', 'Vineyard') },
            { value: 'livada', label: L('Livadă', 'Orchard') },
            { value: 'padure', label: L('Pădure', 'Forest') },
          ],
        },
        {
          key: 'landArea',
          type: 'number',
          label: L('Suprafața terenului (m²)', 'Land area (m²)'),
          required: true,
          min: 1,
          max: 10_000_000,
          visibleWhen: { field: 'propertyType', equals: 'teren' },
        },
        {
          key: 'buildingUse',
          type: 'select',
          label: L('Destinația clădirii', 'Use of the building'),
          required: true,
          visibleWhen: { field: 'propertyType', equals: 'cladire' },
          options: [
            { value: 'rezidentiala', label: L('Rezidențială', 'Residential') },
            { value: 'nerezidentiala', label: L('Nerezidențială', 'Non-residential') },
            { value: 'mixta', label: L('Mixtă', 'Mixed use') },
          ],
        },
        {
          key: 'builtArea',
          type: 'number',
          label: L('Suprafața construită desfășurată (m²)', 'Gross floor area (m²)'),
          required: true,
          min: 1,
          max: 1_000_000,
          visibleWhen: { field: 'propertyType', equals: 'cladire' },
        },
        declarationField(),
      ],
      documents: [
        {
          key: 'acquisitionDeed',
          name: L('Actul de dobândire', 'Deed of acquisition'),
          help: L('Contract de vânzare-cumpărare, certificat de moștenitor, contract de donație etc.', 'Sale contract, certificate of inheritance, deed of gift, etc.'),
          required: true,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 15,
          maxFiles: 5,
        },
        {
          key: 'acceptanceReport',
          name: L('Procesul-verbal de recepție la terminarea lucrărilor', 'Acceptance report on completion of works'),
          help: L('Pentru clădirile noi sau modificate.', 'For new or altered buildings.'),
          required: false,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 10,
          maxFiles: 2,
          visibleWhen: { field: 'propertyType', equals: 'cladire' },
        },
        {
          key: 'landBookExtract',
          name: L('Extras de carte funciară', 'Land book extract'),
          required: false,
          accept: PDF,
          maxSizeMb: 10,
          maxFiles: 1,
        },
      ],
    },
  },
  {
    slug: 'inregistrare-radiere-vehicul',
    category: 'taxe-si-impozite-locale',
    department: 'taxe-impozite',
    titleRo: 'Înregistrarea sau radierea unui vehicul în evidența fiscală',
    titleEn: 'Registering or deregistering a vehicle for local tax',
    summaryRo: 'Declarați dobândirea sau înstrăinarea unui mijloc de transport, pentru stabilirea sau încetarea impozitului.',
    summaryEn: 'Declare that you acquired or disposed of a vehicle, so the vehicle tax starts or stops.',
    descriptionRo:
      'Proprietarii mijloacelor de transport care au domiciliul sau sediul în municipiul Roman declară dobândirea unui vehicul în termen de 30 de zile; înregistrarea în evidența fiscală este necesară înainte de înmatriculare. La înstrăinare sau la radierea din circulație, vehiculul se scoate din evidența fiscală, iar impozitul încetează începând cu prima zi a lunii următoare.',
    descriptionEn:
      'Vehicle owners living or based in Roman declare a newly acquired vehicle within 30 days; registration for local tax is needed before the vehicle can be registered with the police. When a vehicle is sold or withdrawn from traffic, it is removed from the tax records and the tax stops from the first day of the following month.',
    applicantTypes: ['PERSON', 'COMPANY'],
    legalTermDays: 30,
    legalBasisRo: 'Legea nr. 227/2015 privind Codul fiscal, art. 468–471; Normele metodologice aprobate prin Hotărârea Guvernului nr. 1/2016',
    legalBasisEn: 'Law No. 227/2015 on the Fiscal Code, Articles 468–471; implementing rules approved by Government Decision No. 1/2016',
    feeAmountBani: null,
    feeInfoRo: 'Fără taxă. Impozitul pe mijloacele de transport se calculează separat, după înregistrare.',
    feeInfoEn: 'No fee. The vehicle tax itself is calculated separately, after registration.',
    position: 4,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(L('Numele proprietarului', 'Owner\'s name')),
        {
          key: 'operation',
          type: 'radio',
          label: L('Operațiunea solicitată', 'Operation requested'),
          required: true,
          options: [
            { value: 'inregistrare', label: L('Înregistrare', 'Registration') },
            { value: 'radiere', label: L('Radiere', 'Deregistration') },
          ],
        },
        {
          key: 'vin',
          type: 'text',
          label: L('Număr de identificare al vehiculului (VIN, seria de șasiu)', 'Vehicle identification number (VIN)'),
          help: L('17 caractere, majuscule; literele I, O și Q nu sunt folosite.', '17 characters, capital letters; the letters I, O and Q are not used.'),
          required: true,
          minLength: 17,
          maxLength: 17,
          pattern: '[A-HJ-NPR-Z0-9]{17}',
        },
        {
          key: 'registrationNumber',
          type: 'text',
          label: L('Număr de înmatriculare', 'Registration number'),
          help: L('Dacă vehiculul este înmatriculat, de exemplu NT 10 ABC.', 'If the vehicle is registered, for example NT 10 ABC.'),
          maxLength: 12,
          pattern: '[A-Za-z]{1,2}[ -]?[0-9]{2,3}[ -]?[A-Za-z]{3}',
        },
        { key: 'makeModel', type: 'text', label: L('Marca și modelul', 'Make and model'), required: true, maxLength: 80 },
        {
          key: 'vehicleCategory',
          type: 'select',
          label: L('Categoria vehiculului', 'Vehicle category'),
          required: true,
          options: [
            { value: 'autoturism', label: L('Autoturism', 'Passenger car') },
            { value: 'motocicleta', label: L('Motocicletă sau moped', 'Motorcycle or moped') },
            { value: 'autoutilitara', label: L('Autoutilitară', 'Van or light goods vehicle') },
            { value: 'autocamion', label: L('Autocamion sau autotractor', 'Lorry or tractor unit') },
            { value: 'autobuz', label: L('Autobuz sau microbuz', 'Bus or minibus') },
            { value: 'remorca', label: L('Remorcă sau semiremorcă', 'Trailer or semi-trailer') },
          ],
        },
        {
          key: 'engineCapacity',
          type: 'number',
          label: L('Capacitatea cilindrică (cm³)', 'Engine capacity (cm³)'),
          help: L('Nu se completează pentru remorci și vehicule electrice.', 'Leave empty for trailers and electric vehicles.'),
          min: 1,
          max: 30_000,
        },
        {
          key: 'acquisitionDate',
          type: 'date',
          label: L('Data dobândirii', 'Date of acquisition'),
          required: true,
          max: 'today',
          visibleWhen: { field: 'operation', equals: 'inregistrare' },
        },
        {
          key: 'deregistrationReason',
          type: 'select',
          label: L('Motivul radierii', 'Reason for deregistration'),
          required: true,
          visibleWhen: { field: 'operation', equals: 'radiere' },
          options: [
            { value: 'instrainare', label: L('Înstrăinare (vânzare, donație)', 'Transfer (sale, gift)') },
            { value: 'radiereCirculatie', label: L('Radiere definitivă din circulație', 'Permanent withdrawal from traffic') },
            { value: 'furt', label: L('Furt', 'Theft') },
            { value: 'schimbareDomiciliu', label: L('Schimbarea domiciliului sau a sediului', 'Change of address or registered office') },
          ],
        },
        {
          key: 'deregistrationDate',
          type: 'date',
          label: L('Data înstrăinării sau a radierii', 'Date of transfer or withdrawal'),
          required: true,
          max: 'today',
          visibleWhen: { field: 'operation', equals: 'radiere' },
        },
        declarationField(),
      ],
      documents: [
        {
          key: 'contract',
          name: L('Contractul de vânzare-cumpărare sau alt act de dobândire / înstrăinare', 'Sale contract or other deed of acquisition / transfer'),
          required: true,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 10,
          maxFiles: 3,
        },
        {
          key: 'vehicleIdentityCard',
          name: L('Cartea de identitate a vehiculului', 'Vehicle identity card (CIV)'),
          required: true,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 10,
          maxFiles: 4,
        },
        {
          key: 'registrationCertificate',
          name: L('Certificatul de înmatriculare', 'Vehicle registration certificate'),
          required: false,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 5,
          maxFiles: 2,
        },
        {
          key: 'deregistrationProof',
          name: L('Dovada radierii din circulație', 'Proof of withdrawal from traffic'),
          help: L('Certificatul de distrugere, dovada furtului sau documentul de radiere emis de poliție.', 'Certificate of destruction, proof of theft or the police deregistration document.'),
          required: false,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 5,
          maxFiles: 2,
          visibleWhen: { field: 'operation', equals: 'radiere' },
        },
      ],
    },
  },
  {
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
    legalBasisRo: 'Legea nr. 207/2015 privind Codul de procedură fiscală; Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor',
    legalBasisEn: 'Law No. 207/2015 on the Fiscal Procedure Code; Government Ordinance No. 27/2002 on the handling of petitions',
    feeAmountBani: null,
    feeInfoRo: NO_FEE_RO,
    feeInfoEn: NO_FEE_EN,
    position: 5,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(L('Numele contribuabilului', 'Taxpayer\'s name')),
        addressField(),
        emailField(),
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
        declarationField(),
      ],
      documents: [identityDocument(), powerOfAttorneyDocument()],
    },
  },

  {
    slug: 'restituire-sume-platite',
    category: 'taxe-si-impozite-locale',
    department: 'taxe-impozite',
    titleRo: 'Cerere de restituire a sumelor plătite în plus sau eronat',
    titleEn: 'Refund of overpaid or wrongly paid local taxes',
    summaryRo: 'Solicitați restituirea sumelor plătite în plus ori din eroare la bugetul local.',
    summaryEn: 'Ask for a refund of amounts overpaid or paid by mistake to the local budget.',
    descriptionRo:
      'Sumele plătite în plus sau fără temei legal la bugetul local al municipiului Roman se restituie la cerere, după compensarea eventualelor obligații restante. Cererea se soluționează în termen de 45 de zile de la înregistrare, iar suma se virează în contul bancar indicat.',
    descriptionEn:
      'Amounts overpaid or paid without legal basis to the local budget of Roman are refunded on request, after any outstanding obligations are offset. The request is decided within 45 days of registration and the amount is transferred to the bank account given.',
    applicantTypes: ['PERSON', 'COMPANY'],
    legalTermDays: 45,
    legalBasisRo: 'Legea nr. 207/2015 privind Codul de procedură fiscală, art. 77 și art. 168',
    legalBasisEn: 'Law No. 207/2015 on the Fiscal Procedure Code, Articles 77 and 168',
    feeAmountBani: null,
    feeInfoRo: NO_FEE_RO,
    feeInfoEn: NO_FEE_EN,
    position: 6,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(L('Numele contribuabilului', 'Taxpayer\'s name')),
        emailField(),
        {
          key: 'reason',
          type: 'select',
          label: L('Motivul restituirii', 'Reason for the refund'),
          required: true,
          options: [
            { value: 'plataInPlus', label: L('Sumă plătită în plus', 'Amount overpaid') },
            { value: 'plataEronata', label: L('Plată efectuată din eroare', 'Payment made by mistake') },
            { value: 'altContribuabil', label: L('Plată efectuată pentru alt contribuabil', 'Payment made for another taxpayer') },
          ],
        },
        { key: 'amount', type: 'number', label: L('Suma solicitată (lei)', 'Amount requested (lei)'), required: true, min: 0.01, max: 10_000_000 },
        { key: 'paymentDate', type: 'date', label: L('Data plății', 'Payment date'), required: true, min: '2000-01-01', max: 'today' },
        {
          key: 'iban',
          type: 'iban',
          label: L('Contul IBAN în care se face restituirea', 'IBAN of the account for the refund'),
          required: true,
        },
        {
          key: 'accountHolder',
          type: 'text',
          label: L('Titularul contului', 'Account holder'),
          required: true,
          maxLength: 120,
          prefill: 'fullName',
        },
        declarationField(),
      ],
      documents: [
        {
          key: 'paymentProof',
          name: L('Dovada plății', 'Proof of payment'),
          help: L('Chitanța, ordinul de plată sau extrasul de cont.', 'Receipt, payment order or bank statement.'),
          required: true,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 5,
          maxFiles: 5,
        },
        identityDocument(false),
      ],
    },
  },

  // ── Urbanism și construcții ──
  {
    slug: 'certificat-de-urbanism',
    category: 'urbanism-si-constructii',
    department: 'urbanism',
    titleRo: 'Certificat de urbanism',
    titleEn: 'Urban planning certificate',
    summaryRo: 'Aflați regimul juridic, economic și tehnic al unui imobil și cerințele pentru construire, desființare sau operațiuni notariale.',
    summaryEn: 'Find out the legal, economic and technical status of a property and the requirements for building, demolition or notarial transactions.',
    descriptionRo:
      'Certificatul de urbanism face cunoscute regimul juridic, economic și tehnic al imobilului și cerințele urbanistice, precum și avizele și acordurile necesare pentru scopul declarat. Se emite în termen de cel mult 15 zile de la înregistrarea cererii și se transmite ca document PDF semnat electronic.',
    descriptionEn:
      'The urban planning certificate sets out the legal, economic and technical status of the property and the planning requirements, as well as the approvals needed for the stated purpose. It is issued within 15 days of registration and delivered as an electronically signed PDF.',
    applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
    legalTermDays: 15,
    legalBasisRo: 'Legea nr. 50/1991 privind autorizarea executării lucrărilor de construcții, republicată, art. 6–6¹; Ordinul MDRL nr. 839/2009 privind normele metodologice de aplicare a Legii nr. 50/1991',
    legalBasisEn: 'Law No. 50/1991 on the authorisation of construction works, republished, Articles 6–6¹; Order No. 839/2009 of the Ministry of Regional Development and Housing on the implementing rules of Law No. 50/1991',
    feeAmountBani: null,
    feeInfoRo:
      'Taxa se stabilește în funcție de suprafața terenului pentru care se solicită certificatul, potrivit art. 474 din Codul fiscal (Legea nr. 227/2015) și hotărârii Consiliului Local privind taxele locale. Suma de plată vă este comunicată după verificarea cererii; dovada plății se încarcă în dosar.',
    feeInfoEn:
      'The fee depends on the area of the land covered by the certificate, under Article 474 of the Fiscal Code (Law No. 227/2015) and the Local Council decision on local taxes. The amount due is communicated after the request is checked; the proof of payment is uploaded to the file.',
    position: 1,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(L('Numele solicitantului', 'Applicant\'s name')),
        emailField(),
        phoneField(true),
        {
          key: 'purpose',
          type: 'select',
          label: L('Scopul certificatului de urbanism', 'Purpose of the urban planning certificate'),
          required: true,
          options: [
            { value: 'construire', label: L('Elaborarea documentației pentru autorizația de construire', 'Preparing the documentation for a building permit') },
            { value: 'desfiintare', label: L('Elaborarea documentației pentru autorizația de desființare', 'Preparing the documentation for a demolition permit') },
            { value: 'vanzareCumparare', label: L('Operațiuni notariale privind circulația imobiliară (vânzare-cumpărare, schimb)', 'Notarial real-estate transactions (sale, exchange)') },
            { value: 'dezmembrareAlipire', label: L('Dezmembrare, parcelare sau alipire de terenuri', 'Subdividing, parcelling or merging plots') },
            { value: 'concesionare', label: L('Concesionare sau închiriere de teren', 'Land concession or lease') },
            { value: 'cereriJustitie', label: L('Cereri în justiție', 'Court proceedings') },
            { value: 'intrareLegalitate', label: L('Intrare în legalitate', 'Regularising existing works') },
            { value: 'altele', label: L('Alt scop prevăzut de lege', 'Another purpose provided by law') },
          ],
        },
        propertyAddressField(),
        cadastralNumberField(),
        landBookNumberField(),
        { key: 'area', type: 'number', label: L('Suprafața terenului (m²)', 'Land area (m²)'), required: true, min: 1, max: 10_000_000 },
        {
          key: 'worksDescription',
          type: 'textarea',
          label: L('Descrierea lucrărilor sau a operațiunii', 'Description of the works or transaction'),
          help: L('De exemplu: construire locuință P+1E, împrejmuire, dezmembrare în două loturi.', 'For example: a two-storey house, a fence, splitting a plot into two lots.'),
          required: true,
          minLength: 10,
          maxLength: 2000,
        },
        declarationField(),
      ],
      documents: [
        {
          key: 'locationPlan',
          name: L('Plan de încadrare în zonă', 'Location plan'),
          help: L('La scara 1:5000 sau 1:10000, vizat de OCPI Neamț.', 'At scale 1:5000 or 1:10000, endorsed by the Neamț cadastre office.'),
          required: true,
          accept: PDF,
          maxSizeMb: 15,
          maxFiles: 1,
        },
        {
          key: 'sitePlan',
          name: L('Plan de situație', 'Site plan'),
          help: L('La scara 1:500, 1:1000 sau 1:2000, vizat de OCPI Neamț.', 'At scale 1:500, 1:1000 or 1:2000, endorsed by the Neamț cadastre office.'),
          required: true,
          accept: PDF,
          maxSizeMb: 15,
          maxFiles: 1,
        },
        landBookExtractDocument(),
        {
          key: 'paymentProof',
          name: L('Dovada plății taxei', 'Proof of fee payment'),
          required: true,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 5,
          maxFiles: 1,
        },
      ],
    },
  },
  {
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
    legalBasisRo: 'Legea nr. 50/1991 privind autorizarea executării lucrărilor de construcții, republicată, art. 7; Ordinul MDRL nr. 839/2009',
    legalBasisEn: 'Law No. 50/1991 on the authorisation of construction works, republished, Article 7; Order No. 839/2009 of the Ministry of Regional Development and Housing',
    feeAmountBani: null,
    feeInfoRo:
      'Taxa se calculează ca procent din valoarea autorizată a lucrărilor: 0,5% pentru clădirile rezidențiale ale persoanelor fizice și 1% pentru celelalte construcții (art. 474 din Codul fiscal), cu regularizare la finalizarea lucrărilor.',
    feeInfoEn:
      'The fee is a percentage of the authorised value of the works: 0.5% for residential buildings of individuals and 1% for other constructions (Article 474 of the Fiscal Code), adjusted when the works are completed.',
    position: 2,
    definition: {
      delivery: 'counter',
      fields: [
        fullNameField(L('Numele solicitantului', 'Applicant\'s name')),
        emailField(),
        phoneField(true),
        propertyAddressField(),
        cadastralNumberField(),
        ...urbanismCertificateFields(),
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
        declarationField(),
      ],
      documents: [
        {
          key: 'urbanismCertificate',
          name: L('Certificatul de urbanism', 'Urban planning certificate'),
          required: true,
          accept: PDF,
          maxSizeMb: 10,
          maxFiles: 1,
        },
        {
          key: 'technicalDocumentation',
          name: L('Documentația tehnică pentru autorizarea executării lucrărilor de construire (DTAC)', 'Technical documentation for the building permit (DTAC)'),
          help: L('Piese scrise și desenate, semnate de proiectanți și verificate potrivit legii.', 'Written and drawn parts, signed by the designers and checked as required by law.'),
          required: true,
          accept: PDF,
          maxSizeMb: 25,
          maxFiles: 10,
        },
        {
          key: 'approvals',
          name: L('Avizele și acordurile cerute prin certificatul de urbanism', 'Approvals required by the urban planning certificate'),
          help: L('Inclusiv actul administrativ al autorității pentru protecția mediului.', 'Including the environmental authority\'s decision.'),
          required: true,
          accept: PDF,
          maxSizeMb: 20,
          maxFiles: 10,
        },
        landBookExtractDocument(),
        titleDocument(),
      ],
    },
  },
  {
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
    legalBasisRo: 'Legea nr. 50/1991 privind autorizarea executării lucrărilor de construcții, republicată, art. 7 și art. 8; Ordinul MDRL nr. 839/2009',
    legalBasisEn: 'Law No. 50/1991 on the authorisation of construction works, republished, Articles 7 and 8; Order No. 839/2009 of the Ministry of Regional Development and Housing',
    feeAmountBani: null,
    feeInfoRo: 'Taxa este de 0,1% din valoarea impozabilă a construcției care se desființează (art. 474 din Codul fiscal); suma de plată vă este comunicată după verificarea cererii.',
    feeInfoEn: 'The fee is 0.1% of the taxable value of the building to be demolished (Article 474 of the Fiscal Code); the amount due is communicated after the request is checked.',
    position: 3,
    definition: {
      delivery: 'counter',
      fields: [
        fullNameField(L('Numele solicitantului', 'Applicant\'s name')),
        emailField(),
        phoneField(true),
        propertyAddressField(),
        cadastralNumberField(),
        landBookNumberField(),
        ...urbanismCertificateFields(),
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
        declarationField(),
      ],
      documents: [
        {
          key: 'urbanismCertificate',
          name: L('Certificatul de urbanism', 'Urban planning certificate'),
          required: true,
          accept: PDF,
          maxSizeMb: 10,
          maxFiles: 1,
        },
        {
          key: 'technicalDocumentation',
          name: L('Documentația tehnică pentru autorizarea executării lucrărilor de desființare (DTAD)', 'Technical documentation for the demolition permit (DTAD)'),
          required: true,
          accept: PDF,
          maxSizeMb: 25,
          maxFiles: 10,
        },
        {
          key: 'approvals',
          name: L('Avizele și acordurile cerute prin certificatul de urbanism', 'Approvals required by the urban planning certificate'),
          required: true,
          accept: PDF,
          maxSizeMb: 20,
          maxFiles: 10,
        },
        landBookExtractDocument(),
        titleDocument(),
      ],
    },
  },
  {
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
    legalBasisRo: 'Legea cadastrului și a publicității imobiliare nr. 7/1996, republicată; Hotărârea Guvernului nr. 777/2016 privind Registrul electronic național al nomenclaturilor stradale',
    legalBasisEn: 'Cadastre and Land Registration Law No. 7/1996, republished; Government Decision No. 777/2016 on the National Electronic Register of Street Names',
    feeAmountBani: null,
    feeInfoRo: 'Taxa este stabilită prin hotărârea anuală a Consiliului Local privind taxele locale, în limita prevăzută la art. 474 din Codul fiscal.',
    feeInfoEn: 'The fee is set by the Local Council\'s annual decision on local taxes, within the limit in Article 474 of the Fiscal Code.',
    position: 4,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(L('Numele solicitantului', 'Applicant\'s name')),
        emailField(),
        phoneField(),
        propertyAddressField(),
        cadastralNumberField(),
        landBookNumberField(false),
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
        declarationField(),
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
        { ...landBookExtractDocument(), required: false },
        {
          key: 'locationPlan',
          name: L('Plan de încadrare în zonă', 'Location plan'),
          required: false,
          accept: PDF,
          maxSizeMb: 15,
          maxFiles: 1,
        },
      ],
    },
  },

  // ── Comerț și transport ──
  {
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
    legalBasisRo:
      'Ordonanța Guvernului nr. 99/2000 privind comercializarea produselor și serviciilor de piață, republicată; Hotărârea Guvernului nr. 333/2003 pentru aprobarea Normelor metodologice; Legea nr. 227/2015 privind Codul fiscal, art. 475',
    legalBasisEn:
      'Government Ordinance No. 99/2000 on the sale of goods and market services, republished; Government Decision No. 333/2003 approving the implementing rules; Law No. 227/2015 on the Fiscal Code, Article 475',
    feeAmountBani: null,
    feeInfoRo:
      'Pentru activitățile de alimentație publică (clasele CAEN 5610, 5630) se datorează taxa pentru eliberarea sau vizarea anuală a autorizației, stabilită prin hotărâre a Consiliului Local în funcție de suprafață (art. 475 din Codul fiscal). Pentru celelalte activități, fără taxă.',
    feeInfoEn:
      'Food service activities (NACE classes 5610, 5630) pay the fee for issuing or yearly endorsing the permit, set by Local Council decision according to floor area (Article 475 of the Fiscal Code). Other activities: no fee.',
    position: 1,
    definition: {
      delivery: 'counter',
      fields: [
        organizationNameField(true),
        cuiField(),
        fullNameField(L('Numele reprezentantului legal', 'Name of the legal representative')),
        emailField(),
        phoneField(true),
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
        declarationField(),
      ],
      documents: [
        {
          key: 'registrationCertificate',
          name: L('Certificatul de înregistrare la Registrul Comerțului', 'Trade Register registration certificate'),
          required: true,
          accept: PDF_OR_IMAGE,
          maxSizeMb: 5,
          maxFiles: 1,
        },
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
  },
  {
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
    legalBasisRo:
      'Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul administrativ; Regulamentul de organizare și funcționare a parcărilor publice din municipiul Roman, aprobat prin hotărâre a Consiliului Local',
    legalBasisEn:
      'Government Emergency Ordinance No. 57/2019 on the Administrative Code; the Regulation on public car parks in Roman, approved by Local Council decision',
    feeAmountBani: null,
    feeInfoRo: 'Tariful abonamentului este stabilit prin hotărâre a Consiliului Local și se plătește după aprobarea cererii.',
    feeInfoEn: 'The charge for the pass is set by Local Council decision and is paid after the request is approved.',
    position: 2,
    definition: {
      delivery: 'electronic',
      fields: [
        fullNameField(),
        cnpField(),
        addressField(L('Domiciliul sau reședința', 'Home or residence address')),
        emailField(),
        phoneField(),
        {
          key: 'registrationNumber',
          type: 'text',
          label: L('Numărul de înmatriculare al autoturismului', 'Car registration number'),
          help: L('De exemplu NT 10 ABC.', 'For example NT 10 ABC.'),
          required: true,
          maxLength: 12,
          pattern: '[A-Za-z]{1,2}[ -]?[0-9]{2,3}[ -]?[A-Za-z]{3}',
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
        declarationField(),
      ],
      documents: [
        identityDocument(),
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
  },
];
