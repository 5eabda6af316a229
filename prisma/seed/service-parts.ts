/**
 * What the seeded services (prisma/seed/services/) have in common: the applicant's identity fields,
 * the documents several forms ask for, the laws they cite and the fee texts. A piece that only one
 * service uses stays in that service's file.
 */
import type { TLocalized, TServiceDefinitionInput } from '@/lib/services/form/definition';
import type { TSeedService } from '@/prisma/seed/catalog';

type TFieldInput = TServiceDefinitionInput['fields'][number];
type TDocumentInput = NonNullable<TServiceDefinitionInput['documents']>[number];
type TAccept = TDocumentInput['accept'];
type TCondition = NonNullable<TDocumentInput['visibleWhen']>;

export const L = (ro: string, en: string): TLocalized => ({ ro, en });

export const PDF: TAccept = ['application/pdf'];
export const PDF_OR_IMAGE: TAccept = ['application/pdf', 'image/jpeg', 'image/png'];

/** A Romanian registration number, e.g. NT 10 ABC. */
export const PLATE_NUMBER_PATTERN = '[A-Za-z]{1,2}[ -]?[0-9]{2,3}[ -]?[A-Za-z]{3}';
const LAND_BOOK_NUMBER_PATTERN = '[0-9]+([/-][0-9A-Za-z]+)*';

// ───────────────────────────── fees and legal bases ─────────────────────────────

/** Fee text for a service whose amount is not fixed in advance (every seeded one). */
export const feeInfo = (ro: string, en: string): Pick<TSeedService, 'feeAmountBani' | 'feeInfoRo' | 'feeInfoEn'> => ({
  feeAmountBani: null,
  feeInfoRo: ro,
  feeInfoEn: en,
});

export const NO_FEE = feeInfo('Fără taxă.', 'No fee.');

/** The laws cited by more than one service, as their titles read in a citation. */
export const LAWS = {
  petitions: L(
    'Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor',
    'Government Ordinance No. 27/2002 on the handling of petitions',
  ),
  fiscalCode: L('Legea nr. 227/2015 privind Codul fiscal', 'Law No. 227/2015 on the Fiscal Code'),
  fiscalProcedureCode: L('Legea nr. 207/2015 privind Codul de procedură fiscală', 'Law No. 207/2015 on the Fiscal Procedure Code'),
  constructionPermits: L(
    'Legea nr. 50/1991 privind autorizarea executării lucrărilor de construcții, republicată',
    'Law No. 50/1991 on the authorisation of construction works, republished',
  ),
  constructionPermitRules: L('Ordinul MDRL nr. 839/2009', 'Order No. 839/2009 of the Ministry of Regional Development and Housing'),
  publicInformation: L('Legea nr. 544/2001 privind liberul acces la informațiile de interes public', 'Law No. 544/2001 on free access to public-interest information'),
  tacitApproval: L(
    'Ordonanța de urgență a Guvernului nr. 27/2003 privind procedura aprobării tacite, aprobată prin Legea nr. 486/2003',
    'Government Emergency Ordinance No. 27/2003 on the tacit approval procedure, approved by Law No. 486/2003',
  ),
};

/**
 * A service where silence past the term means approval (OUG 27/2003, art. 2 alin. (1): every
 * authorisation of a public authority, with the exceptions it lists; art. 3 alin. (1) lit. b): the
 * authorisation is deemed granted when the authority does not answer within the legal term).
 */
export const TACIT_APPROVAL: Pick<TSeedService, 'tacitApproval' | 'tacitApprovalBasisRo' | 'tacitApprovalBasisEn'> = {
  tacitApproval: true,
  tacitApprovalBasisRo: `${LAWS.tacitApproval.ro}, art. 2 alin. (1) și art. 3 alin. (1) lit. b)`,
  tacitApprovalBasisEn: `${LAWS.tacitApproval.en}, Article 2(1) and Article 3(1)(b)`,
};

/** For a service without a fee: nothing to wait for besides the applicant's information. */
export const NO_FEE_SUSPENSION: Pick<TSeedService, 'suspendOnFee'> = { suspendOnFee: false };

/** The implementing rules of a law, approved by a government decision ("123/2002"). */
export const implementingRules = (decision: string): TLocalized =>
  L(`Normele metodologice aprobate prin Hotărârea Guvernului nr. ${decision}`, `implementing rules approved by Government Decision No. ${decision}`);

/** A law with the articles (or other detail) that apply: "<law>, <detail>". */
export const cite = (law: TLocalized, detail: TLocalized): TLocalized => L(`${law.ro}, ${detail.ro}`, `${law.en}, ${detail.en}`);

/** The legal basis columns of a service: its laws, separated by semicolons. */
export const legalBasis = (...laws: TLocalized[]): Pick<TSeedService, 'legalBasisRo' | 'legalBasisEn'> => ({
  legalBasisRo: laws.map((law) => law.ro).join('; '),
  legalBasisEn: laws.map((law) => law.en).join('; '),
});

export const TAX_CERTIFICATE_LEGAL_BASIS = legalBasis(cite(LAWS.fiscalProcedureCode, L('art. 158–159', 'Articles 158–159')));

/** The certificate is issued within 2 working days of the request (Fiscal Procedure Code, art. 159). */
export const TAX_CERTIFICATE_TERM: Pick<TSeedService, 'legalTermDays' | 'legalTermUnit' | 'suspendOnFee'> = { legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', suspendOnFee: false };

// ───────────────────────────── fields ─────────────────────────────

/** Labels that several services give to a shared field. */
export const LABEL = {
  applicantName: L('Numele solicitantului', 'Applicant\'s name'),
  taxpayerName: L('Numele contribuabilului', 'Taxpayer\'s name'),
  correspondenceAddress: L('Adresa de corespondență', 'Correspondence address'),
};

/** Form fields, filled in from the account where the profile has the value. */
export const field = {
  fullName: (label = L('Nume și prenume', 'Full name')): TFieldInput => ({
    key: 'fullName',
    type: 'text',
    label,
    required: true,
    minLength: 3,
    maxLength: 120,
    prefill: 'fullName',
  }),

  cnp: (): TFieldInput => ({
    key: 'cnp',
    type: 'cnp',
    label: L('Cod numeric personal (CNP)', 'Personal numeric code (CNP)'),
    required: true,
    prefill: 'cnp',
  }),

  organizationName: (required: boolean): TFieldInput => ({
    key: 'organizationName',
    type: 'text',
    label: L('Denumirea persoanei juridice', 'Name of the legal entity'),
    ...(required ? {} : { help: L('Completați numai dacă depuneți cererea în numele unei organizații.', 'Fill in only if you apply on behalf of an organisation.') }),
    required,
    maxLength: 200,
    prefill: 'organizationName',
  }),

  cui: (): TFieldInput => ({
    key: 'cui',
    type: 'cui',
    label: L('Cod unic de înregistrare (CUI)', 'Tax identification code (CUI)'),
    required: true,
    prefill: 'cui',
  }),

  address: (label = L('Domiciliul', 'Home address'), required = true): TFieldInput => ({
    key: 'address',
    type: 'address',
    label,
    required,
    prefill: 'address',
  }),

  email: (): TFieldInput => ({
    key: 'email',
    type: 'email',
    label: L('Adresa de e-mail', 'Email address'),
    help: L('Aici primiți notificările privind cererea.', 'Notifications about the request are sent here.'),
    required: true,
    prefill: 'email',
  }),

  phone: (required = false): TFieldInput => ({
    key: 'phone',
    type: 'phone',
    label: L('Telefon', 'Phone'),
    required,
    prefill: 'phone',
  }),

  /** The last field of every form. */
  declaration: (): TFieldInput => ({
    key: 'declaration',
    type: 'checkbox',
    label: L('Declar pe propria răspundere că datele sunt corecte', 'I declare on my own responsibility that the data are correct'),
    help: L(
      'Declararea necorespunzătoare a adevărului se pedepsește potrivit art. 326 din Codul penal (fals în declarații).',
      'Making a false statement is punishable under Article 326 of the Criminal Code (false statements).',
    ),
    required: true,
  }),

  propertyAddress: (): TFieldInput => ({
    key: 'propertyAddress',
    type: 'address',
    label: L('Adresa imobilului', 'Property address'),
    help: L('Strada, numărul și, dacă există, blocul, scara, apartamentul; pentru terenuri fără adresă, indicați zona.', 'Street, number and, if any, block, entrance, flat; for land without an address, describe the area.'),
    required: true,
  }),

  cadastralNumber: (required = true): TFieldInput => ({
    key: 'cadastralNumber',
    type: 'text',
    label: L('Număr cadastral', 'Cadastral number'),
    help: L('Se găsește în extrasul de carte funciară, de exemplu 51234 sau 51234-C1.', 'Shown in the land book extract, for example 51234 or 51234-C1.'),
    required,
    maxLength: 40,
    pattern: LAND_BOOK_NUMBER_PATTERN,
  }),

  landBookNumber: (required = true): TFieldInput => ({
    key: 'landBookNumber',
    type: 'text',
    label: L('Număr carte funciară', 'Land book number'),
    help: L('Numărul cărții funciare din UAT Roman, de exemplu 51234.', 'The land book number in the Roman administrative unit, for example 51234.'),
    required,
    maxLength: 40,
    pattern: LAND_BOOK_NUMBER_PATTERN,
  }),

  // Blocks of fields that several forms ask for together, in this order.

  /** Who a person is: name and CNP. */
  personIdentity: (): TFieldInput[] => [field.fullName(), field.cnp()],

  /** Which company or institution applies: its name and CUI. */
  companyIdentity: (): TFieldInput[] => [field.organizationName(true), field.cui()],

  /** The applicant of a planning certificate or permit, who must be reachable by phone. */
  permitApplicant: (): TFieldInput[] => [field.fullName(LABEL.applicantName), field.email(), field.phone(true)],

  /** Where the property is and how the land book identifies it. */
  property: ({ landBookNumber }: { landBookNumber: 'required' | 'optional' | 'none' }): TFieldInput[] => [
    field.propertyAddress(),
    field.cadastralNumber(),
    ...(landBookNumber === 'none' ? [] : [field.landBookNumber(landBookNumber === 'required')]),
  ],

  /** Why a tax clearance certificate is needed, with "other" spelled out. */
  fiscalPurpose: (): TFieldInput[] => [
    {
      key: 'purpose',
      type: 'select',
      label: L('Scopul eliberării certificatului', 'Purpose of the certificate'),
      required: true,
      options: [
        { value: 'notariat', label: L('Acte notariale (vânzare, donație, succesiune)', 'Notarial deeds (sale, gift, inheritance)') },
        { value: 'instanta', label: L('Instanța de judecată', 'Court proceedings') },
        { value: 'banca', label: L('Bancă sau instituție financiară', 'Bank or financial institution') },
        { value: 'licitatie', label: L('Participare la licitație sau achiziție publică', 'Tender or public procurement') },
        { value: 'altul', label: L('Alt scop', 'Other purpose') },
      ],
    },
    {
      key: 'purposeDetails',
      type: 'text',
      label: L('Precizați scopul', 'Specify the purpose'),
      required: true,
      maxLength: 200,
      visibleWhen: { field: 'purpose', equals: 'altul' },
    },
  ],

  /** The urban planning certificate a building or demolition permit is based on. */
  urbanismCertificate: (): TFieldInput[] => [
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
  ],
};

// ───────────────────────────── documents to upload ─────────────────────────────

export const doc = {
  identity: (required = true): TDocumentInput => ({
    key: 'identityDocument',
    name: L('Copia actului de identitate', 'Copy of the identity document'),
    required,
    accept: PDF_OR_IMAGE,
    maxSizeMb: 5,
    maxFiles: 2,
  }),

  powerOfAttorney: (visibleWhen?: TCondition): TDocumentInput => ({
    key: 'powerOfAttorney',
    name: L('Împuternicire sau delegație (dacă este cazul)', 'Power of attorney or delegation (if applicable)'),
    help: L('Necesară când cererea este depusă de un reprezentant.', 'Needed when the request is filed by a representative.'),
    required: false,
    accept: PDF_OR_IMAGE,
    maxSizeMb: 5,
    maxFiles: 1,
    ...(visibleWhen ? { visibleWhen } : {}),
  }),

  tradeRegisterCertificate: (required: boolean): TDocumentInput => ({
    key: 'registrationCertificate',
    name: L('Certificatul de înregistrare la Registrul Comerțului', 'Trade Register registration certificate'),
    required,
    accept: PDF_OR_IMAGE,
    maxSizeMb: 5,
    maxFiles: 1,
  }),

  landBookExtract: (): TDocumentInput => ({
    key: 'landBookExtract',
    name: L('Extras de carte funciară pentru informare', 'Land book extract (for information)'),
    help: L('Actualizat, emis de OCPI Neamț cu cel mult 30 de zile înainte de depunere.', 'Up to date, issued by the Neamț cadastre office no more than 30 days before filing.'),
    required: true,
    accept: PDF,
    maxSizeMb: 10,
    maxFiles: 1,
  }),

  locationPlan: (required: boolean, help?: TLocalized): TDocumentInput => ({
    key: 'locationPlan',
    name: L('Plan de încadrare în zonă', 'Location plan'),
    ...(help ? { help } : {}),
    required,
    accept: PDF,
    maxSizeMb: 15,
    maxFiles: 1,
  }),

  urbanismCertificate: (): TDocumentInput => ({
    key: 'urbanismCertificate',
    name: L('Certificatul de urbanism', 'Urban planning certificate'),
    required: true,
    accept: PDF,
    maxSizeMb: 10,
    maxFiles: 1,
  }),

  /** The project (DTAC for building, DTAD for demolition), signed by its designers. */
  technicalDocumentation: (name: TLocalized, help?: TLocalized): TDocumentInput => ({
    key: 'technicalDocumentation',
    name,
    ...(help ? { help } : {}),
    required: true,
    accept: PDF,
    maxSizeMb: 25,
    maxFiles: 10,
  }),

  approvals: (help?: TLocalized): TDocumentInput => ({
    key: 'approvals',
    name: L('Avizele și acordurile cerute prin certificatul de urbanism', 'Approvals required by the urban planning certificate'),
    ...(help ? { help } : {}),
    required: true,
    accept: PDF,
    maxSizeMb: 20,
    maxFiles: 10,
  }),

  title: (): TDocumentInput => ({
    key: 'titleDeed',
    name: L('Dovada titlului asupra imobilului', 'Proof of title to the property'),
    help: L('Act de proprietate sau alt act care conferă dreptul de construire, în copie legalizată.', 'Deed of ownership or another deed giving the right to build, as a certified copy.'),
    required: true,
    accept: PDF,
    maxSizeMb: 15,
    maxFiles: 5,
  }),
};
