/**
 * Demo requests for embedded mode only (seedDemo runs them when the launcher asks): for the demo
 * citizen and the demo company, requests in every status — a draft, then filed ones submitted, in
 * review, waiting for information, for a fee, for the check of a payment, approved with an answer
 * document, rejected, withdrawn — spread over services of both demo clerks' departments, so that the
 * dashboard, the request pages, the clerks' inbox and the statistics show a portal in use.
 *
 * Nothing here writes a status, an event or a fee: every request goes through the portal's own code
 * — saveDraft, the real upload path against the store (presigned POST, then the server's check),
 * submitRequest and the staff and applicant commands of the one request writer — so registration
 * numbers, timelines, assignments, fees, documents, notifications and audit rows are exactly what
 * people using the portal would leave. Submissions are back-dated through submitRequest's `now`
 * (its only clock injection point); what clerks and applicants did afterwards is dated when the
 * seed runs. The emails those commands queue are taken out of the outbox again: the history is
 * seeded, not lived, and a newcomer's mailbox (/dev/mailbox) stays for their own messages.
 *
 * Idempotent: each demo request is keyed by a stable draft key (its idempotency key); a request
 * already there — whatever became of it since — is left alone, so a second run changes nothing.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { TRequestInfo } from '@/lib/actions';
import { confirmUpload, startStaffUpload, startUpload } from '@/lib/documents/uploads';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { sendPaymentProof, withdrawRequest } from '@/lib/requests/commands/applicant';
import { draftIdempotencyKey, saveDraft } from '@/lib/requests/commands/drafts';
import { addInternalNote, approveRequest, messageApplicant, rejectRequest, requestFee, requestInfo, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { ZSaveDraftSchema } from '@/lib/requests/schemas/applicant';
import { ZApproveSchema, ZRequestFeeSchema, ZRequestInfoSchema } from '@/lib/requests/schemas/staff';
import type { TStorage } from '@/lib/storage';
import { DAY_MS, todayInRomania } from '@/lib/time';

/** The demo accounts of prisma/seed/index.ts that the requests are filed by and worked on by. */
export const DEMO_APPLICANTS = { citizen: 'citizen@demo.local', company: 'firma@demo.local' } as const;
const DEMO_CLERKS: Record<string, string> = { 'taxe-impozite': 'clerk@demo.local', urbanism: 'clerk.urbanism@demo.local' };

/** Where the seeded staff actions come from, for their audit rows. */
const SEED_REQUEST: TRequestInfo = { ip: '127.0.0.1', userAgent: 'demo data (prisma/seed/demo-requests.ts)' };

type TApplicantKind = keyof typeof DEMO_APPLICANTS;
type TPerson = { id: string; email: string; accountType: 'PERSON' | 'COMPANY' | 'INSTITUTION' | 'STAFF'; name: string };
type TAnswerValue = string | number | boolean | Record<string, string>;
/** A PDF made up for the demo: a title and its lines of text. */
type TPaper = { fileName: string; title: string; lines: string[] };

/** What a step of a request's history gets: the request, who filed it, its clerk, the store. */
type TStepContext = {
  requestId: string;
  registrationNumber: string;
  applicant: TPerson;
  clerk: TStaffContext & { name: string };
  storage: TStorage;
  version: () => Promise<number>;
};
type TStep = (ctx: TStepContext) => Promise<unknown>;

type TScenario = {
  /** Stable: the request's marker, never to be changed once seeded. */
  key: string;
  applicant: TApplicantKind;
  service: string;
  answers: Record<string, TAnswerValue>;
  /** The applicant's documents, by requirement of the form. */
  documents: (TPaper & { requirementKey: string })[];
  /** How long ago it was filed; absent for a draft. */
  filedAgo?: { days: number; hours?: number };
  /** What happened after the submission, in order. */
  steps?: TStep[];
};

// ───────────────────────────── made-up documents ─────────────────────────────

const FONT_DIR = path.join(process.cwd(), 'lib/requests/fonts');
const FONTS = { regular: path.join(FONT_DIR, 'DejaVuSans.ttf'), bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf') };

/** A real, small PDF (so that a newcomer can open what they download), marked as demo content. */
function demoPdf({ title, lines }: Pick<TPaper, 'title' | 'lines'>): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Portalul Primăriei Municipiului Roman – date demonstrative' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font(FONTS.bold).fontSize(16).fillColor('#1f3a5f').text(title);
  pdf.moveDown();
  pdf.font(FONTS.regular).fontSize(11).fillColor('#1a1a1a');
  for (const line of lines) pdf.text(line).moveDown(0.4);
  pdf.moveDown(2).fontSize(9).fillColor('#5a5a5a').text('Document demonstrativ, creat de datele de test ale portalului. Nu are valoare juridică.');
  pdf.end();
  return done;
}

/** POSTs the bytes to the presigned upload, as the browser does. */
async function postToStore(presigned: { url: string; fields: Record<string, string> }, bytes: Buffer) {
  const form = new FormData();
  for (const [key, value] of Object.entries(presigned.fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'file');
  const response = await fetch(presigned.url, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`the store refused the upload: HTTP ${response.status}`);
}

async function uploadAsApplicant(applicant: TPerson, storage: TStorage, requestId: string, paper: TPaper, purpose: { requirementKey: string } | 'PAYMENT_PROOF') {
  const bytes = await demoPdf(paper);
  const input = { requestId, fileName: paper.fileName, contentType: 'application/pdf', sizeBytes: bytes.length };
  const started = await startUpload(applicant, purpose === 'PAYMENT_PROOF' ? { ...input, purpose } : { ...input, requirementKey: purpose.requirementKey }, storage);
  await postToStore(started, bytes);
  return (await confirmUpload(applicant, started.documentId, storage)).id;
}

async function uploadAsStaff(ctx: TStepContext, paper: TPaper) {
  const bytes = await demoPdf(paper);
  const started = await startStaffUpload(ctx.clerk.user, { requestId: ctx.requestId, purpose: 'RESPONSE', fileName: paper.fileName, contentType: 'application/pdf', sizeBytes: bytes.length }, ctx.storage);
  await postToStore(started, bytes);
  return (await confirmUpload(ctx.clerk.user, started.documentId, ctx.storage)).id;
}

// ───────────────────────────── the steps ─────────────────────────────

/** A day `days` from now (negative: ago) on the Romanian calendar, as a date input sends it. */
const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * DAY_MS));
const target = async (ctx: TStepContext) => ({ requestId: ctx.requestId, version: await ctx.version() });

const take = (): TStep => async (ctx) => takeRequest(ctx.clerk, await target(ctx));
const note = (body: string): TStep => async (ctx) => addInternalNote(ctx.clerk, { ...(await target(ctx)), body });
const message = (body: string): TStep => async (ctx) => messageApplicant(ctx.clerk, { ...(await target(ctx)), body, documentIds: [] });
const askInfo = (input: { body: string; fields?: string[]; documents?: string[]; days: number }): TStep => async (ctx) =>
  requestInfo(ctx.clerk, ZRequestInfoSchema.parse({ ...(await target(ctx)), body: input.body, fields: input.fields, documents: input.documents, dueDate: inDays(input.days) }));
const askFee = (input: { amount: string; legalBasis: string; days: number; instructions?: string }): TStep => async (ctx) =>
  requestFee(ctx.clerk, ZRequestFeeSchema.parse({ ...(await target(ctx)), amount: input.amount, legalBasis: input.legalBasis, dueDate: inDays(input.days), instructions: input.instructions }));
const sendProof = (paper: TPaper, body: string): TStep => async (ctx) => {
  const documentId = await uploadAsApplicant(ctx.applicant, ctx.storage, ctx.requestId, paper, 'PAYMENT_PROOF');
  return sendPaymentProof(ctx.applicant, { ...(await target(ctx)), documentIds: [documentId], body });
};
const approve = (body: string, answer: (ctx: TStepContext) => TPaper): TStep => async (ctx) => {
  const documentId = await uploadAsStaff(ctx, answer(ctx));
  return approveRequest(ctx.clerk, ZApproveSchema.parse({ ...(await target(ctx)), body, documentIds: [documentId] }));
};
const reject = (body: string): TStep => async (ctx) => rejectRequest(ctx.clerk, { ...(await target(ctx)), body });
const withdraw = (body: string): TStep => async (ctx) => withdrawRequest(ctx.applicant, { ...(await target(ctx)), body });

// ───────────────────────────── the demo applicants' requests ─────────────────────────────

const ROMAN = { county: 'Neamț', locality: 'Roman' };
const HOME = { ...ROMAN, street: 'Strada Ștefan cel Mare', number: '10', postalCode: '611001' };
const COMPANY_SEAT = { ...ROMAN, street: 'Bulevardul Roman Mușat', number: '54', postalCode: '611024' };
const WAREHOUSE = { ...ROMAN, street: 'Strada Energiei', number: '3', postalCode: '611167' };
const CITIZEN = { fullName: 'Ion Vasilescu', cnp: '1800101270018', email: DEMO_APPLICANTS.citizen, phone: '0722 123 456' };
const COMPANY = { name: 'SC Demo Construct SRL', cui: '18456728', representative: 'Andrei Munteanu', email: DEMO_APPLICANTS.company, phone: '0744 555 210' };

const applicantCopy = (requirementKey: string, fileName: string, title: string, owner: string): TScenario['documents'][number] => ({
  requirementKey,
  fileName,
  title,
  lines: [owner, 'Copie scanată, încărcată de solicitant odată cu cererea.'],
});

/** The papers the urbanism certificate asks for, for the land at `place` (land book `landBook`), with the fee's receipt. */
const urbanismPapers = (place: string, landBook: string, sitePlanScale: string, receipt: { fileName: string; title: string; payer: string }): TScenario['documents'] => [
  applicantCopy('locationPlan', 'plan-incadrare-in-zona.pdf', 'Plan de încadrare în zonă, scara 1:5000', place),
  applicantCopy('sitePlan', 'plan-de-situatie.pdf', `Plan de situație, scara ${sitePlanScale}`, place),
  applicantCopy('landBookExtract', `extras-carte-funciara-${landBook}.pdf`, 'Extras de carte funciară pentru informare', `CF nr. ${landBook} Roman`),
  applicantCopy('paymentProof', receipt.fileName, receipt.title, receipt.payer),
];

const answerLines = (ctx: TStepContext, ...lines: string[]) => [
  `Număr de înregistrare: ${ctx.registrationNumber}`,
  `Solicitant: ${ctx.applicant.name}`,
  ...lines,
  `Întocmit de ${ctx.clerk.name}, Primăria Municipiului Roman.`,
];

export const DEMO_SCENARIOS: TScenario[] = [
  {
    key: 'citizen-draft-property-declaration',
    applicant: 'citizen',
    service: 'declaratie-impunere-cladiri-teren',
    answers: {
      fullName: CITIZEN.fullName,
      cnp: CITIZEN.cnp,
      propertyType: 'cladire',
      propertyAddress: { ...ROMAN, street: 'Strada Smirodava', number: '12', building: 'B4', apartment: '8', postalCode: '611012' },
      acquisitionMode: 'cumparare',
    },
    documents: [],
  },
  {
    key: 'citizen-submitted-tax-history',
    applicant: 'citizen',
    service: 'istoric-rol-fiscal',
    answers: {
      fullName: CITIZEN.fullName,
      address: HOME,
      email: CITIZEN.email,
      periodFrom: '2015-01-01',
      purpose: 'Partaj voluntar la notar pentru imobilul din Strada Ștefan cel Mare nr. 10; notarul cere istoricul rolului fiscal din 2015 până în prezent.',
      declaration: true,
    },
    documents: [applicantCopy('identityDocument', 'carte-identitate.pdf', 'Carte de identitate', CITIZEN.fullName)],
    filedAgo: { days: 1, hours: 2 },
  },
  {
    key: 'citizen-in-review-vehicle',
    applicant: 'citizen',
    service: 'inregistrare-radiere-vehicul',
    answers: {
      fullName: CITIZEN.fullName,
      operation: 'radiere',
      vin: 'UU1KSDAF4RH123456',
      registrationNumber: 'NT 07 VSL',
      makeModel: 'Dacia Logan',
      vehicleCategory: 'autoturism',
      engineCapacity: 1461,
      deregistrationReason: 'instrainare',
      deregistrationDate: inDays(-17),
      declaration: true,
    },
    documents: [
      applicantCopy('contract', 'contract-vanzare-cumparare-auto.pdf', 'Contract de vânzare-cumpărare vehicul', `Vânzător: ${CITIZEN.fullName}`),
      applicantCopy('vehicleIdentityCard', 'carte-identitate-vehicul.pdf', 'Cartea de identitate a vehiculului', 'Dacia Logan, NT 07 VSL'),
    ],
    filedAgo: { days: 4, hours: 5 },
    steps: [
      take(),
      message('Am primit documentele. Verificăm achitarea impozitului pe mijlocul de transport până la data înstrăinării și vă anunțăm rezultatul în câteva zile.'),
    ],
  },
  {
    key: 'citizen-needs-info-urbanism-certificate',
    applicant: 'citizen',
    service: 'certificat-de-urbanism',
    answers: {
      fullName: CITIZEN.fullName,
      email: CITIZEN.email,
      phone: CITIZEN.phone,
      purpose: 'construire',
      propertyAddress: { ...ROMAN, street: 'Strada Tineretului', number: '7', postalCode: '611033' },
      cadastralNumber: '52418',
      landBookNumber: '52418',
      area: 450,
      worksDescription: 'Construire locuință unifamilială P+1E, cu împrejmuire și branșamente la utilități.',
      declaration: true,
    },
    documents: urbanismPapers('Strada Tineretului nr. 7, Roman', '52418', '1:500', {
      fileName: 'chitanta-taxa-certificat-urbanism.pdf',
      title: 'Chitanță – taxa pentru certificatul de urbanism',
      payer: CITIZEN.fullName,
    }),
    filedAgo: { days: 6, hours: 1 },
    steps: [
      take(),
      askInfo({
        body: 'Extrasul de carte funciară atașat a fost emis în august și nu mai este actual: vă rugăm să trimiteți un extras pentru informare emis de OCPI Neamț în ultimele 30 de zile. Verificați și suprafața terenului: în extras figurează 452 m².',
        fields: ['area'],
        documents: ['landBookExtract'],
        days: 10,
      }),
    ],
  },
  {
    key: 'citizen-awaiting-payment-street-certificate',
    applicant: 'citizen',
    service: 'certificat-nomenclatura-stradala',
    answers: {
      fullName: CITIZEN.fullName,
      email: CITIZEN.email,
      phone: CITIZEN.phone,
      propertyAddress: HOME,
      cadastralNumber: '50873',
      landBookNumber: '50873',
      purpose: 'carteFunciara',
      declaration: true,
    },
    documents: [applicantCopy('ownershipDeed', 'contract-vanzare-cumparare-casa.pdf', 'Contract de vânzare-cumpărare imobil', CITIZEN.fullName)],
    filedAgo: { days: 5, hours: 3 },
    steps: [
      take(),
      askFee({
        amount: '9',
        legalBasis: 'Legea nr. 227/2015 privind Codul fiscal, art. 474 (taxa pentru eliberarea certificatului de nomenclatură stradală și adresă)',
        days: 15,
        instructions: 'Plătiți prin ordin de plată sau la casieria primăriei și menționați numărul cererii.',
      }),
    ],
  },
  {
    key: 'citizen-payment-submitted-building-permit',
    applicant: 'citizen',
    service: 'autorizatie-de-construire',
    answers: {
      fullName: CITIZEN.fullName,
      email: CITIZEN.email,
      phone: CITIZEN.phone,
      propertyAddress: { ...ROMAN, street: 'Strada Nicolae Bălcescu', number: '31', postalCode: '611020' },
      cadastralNumber: '51320',
      urbanismCertificateNumber: '214',
      urbanismCertificateDate: '2026-06-18',
      worksDescription: 'Extinderea locuinței existente cu o cameră și o terasă acoperită, regim de înălțime parter.',
      estimatedValue: 120000,
      durationMonths: 8,
      declaration: true,
    },
    documents: [
      applicantCopy('urbanismCertificate', 'certificat-de-urbanism-214.pdf', 'Certificat de urbanism nr. 214 din 18.06.2026', 'Strada Nicolae Bălcescu nr. 31, Roman'),
      applicantCopy('technicalDocumentation', 'dtac-extindere-locuinta.pdf', 'Documentație tehnică pentru autorizarea executării lucrărilor de construire (DTAC)', 'Extindere locuință P'),
      applicantCopy('approvals', 'avize-si-acorduri.pdf', 'Avize și acorduri', 'Aviz alimentare cu apă, aviz distribuție energie electrică, decizia Agenției pentru Protecția Mediului'),
      applicantCopy('landBookExtract', 'extras-carte-funciara-51320.pdf', 'Extras de carte funciară pentru informare', 'CF nr. 51320 Roman'),
      applicantCopy('titleDeed', 'act-de-proprietate.pdf', 'Contract de vânzare-cumpărare autentificat', CITIZEN.fullName),
    ],
    filedAgo: { days: 12, hours: 4 },
    steps: [
      take(),
      askFee({
        amount: '600',
        legalBasis: 'Legea nr. 227/2015 privind Codul fiscal, art. 474 alin. (5): 0,5% din valoarea autorizată a lucrărilor (120.000 lei)',
        days: 10,
      }),
      sendProof(
        { fileName: 'ordin-de-plata-600-lei.pdf', title: 'Ordin de plată – 600,00 lei', lines: [`Plătitor: ${CITIZEN.fullName}`, 'Beneficiar: Primăria Municipiului Roman', 'Taxa pentru autorizația de construire'] },
        'Am plătit taxa prin ordin de plată; atașez confirmarea băncii.',
      ),
    ],
  },
  {
    key: 'citizen-approved-tax-certificate',
    applicant: 'citizen',
    service: 'certificat-atestare-fiscala-persoane-fizice',
    answers: { fullName: CITIZEN.fullName, cnp: CITIZEN.cnp, address: HOME, email: CITIZEN.email, purpose: 'notariat', declaration: true },
    documents: [applicantCopy('identityDocument', 'carte-identitate.pdf', 'Carte de identitate', CITIZEN.fullName)],
    filedAgo: { days: 2, hours: 6 },
    steps: [
      take(),
      note('Verificat în evidența fiscală: nu figurează obligații restante la bugetul local.'),
      approve('Vă transmitem certificatul de atestare fiscală, semnat electronic.', (ctx) => ({
        fileName: 'certificat-atestare-fiscala.pdf',
        title: 'Certificat de atestare fiscală',
        lines: answerLines(ctx, `CNP: ${CITIZEN.cnp}`, 'Domiciliul: Strada Ștefan cel Mare nr. 10, Roman, județul Neamț', 'Obligații fiscale restante la bugetul local al municipiului Roman: nu există.', 'Scopul eliberării: acte notariale.'),
      })),
    ],
  },
  {
    key: 'citizen-rejected-refund',
    applicant: 'citizen',
    service: 'restituire-sume-platite',
    answers: {
      fullName: CITIZEN.fullName,
      email: CITIZEN.email,
      reason: 'plataInPlus',
      amount: 150,
      paymentDate: '2026-03-12',
      iban: 'RO60 BTRL RONC RT04 1258 3906',
      accountHolder: CITIZEN.fullName,
      declaration: true,
    },
    documents: [applicantCopy('paymentProof', 'chitanta-150-lei.pdf', 'Chitanță – 150,00 lei', CITIZEN.fullName)],
    filedAgo: { days: 20, hours: 2 },
    steps: [
      take(),
      reject(
        'Suma de 150 lei plătită pe 12.03.2026 a fost compensată cu impozitul pe clădiri datorat pentru al doilea semestru al anului 2026 (art. 167 din Codul de procedură fiscală), deci nu există sume de restituit. Puteți contesta decizia în 45 de zile de la comunicare.',
      ),
    ],
  },
  {
    key: 'citizen-withdrawn-tax-certificate',
    applicant: 'citizen',
    service: 'certificat-atestare-fiscala-persoane-fizice',
    answers: { fullName: CITIZEN.fullName, cnp: CITIZEN.cnp, address: HOME, email: CITIZEN.email, purpose: 'banca', declaration: true },
    documents: [applicantCopy('identityDocument', 'carte-identitate.pdf', 'Carte de identitate', CITIZEN.fullName)],
    filedAgo: { days: 1, hours: 5 },
    steps: [withdraw('Banca nu mai are nevoie de certificat: creditul a fost aprobat pe baza adeverinței de venit.')],
  },

  {
    key: 'company-approved-tax-certificate',
    applicant: 'company',
    service: 'certificat-atestare-fiscala-persoane-juridice',
    answers: {
      organizationName: COMPANY.name,
      cui: COMPANY.cui,
      address: COMPANY_SEAT,
      fullName: COMPANY.representative,
      email: COMPANY.email,
      phone: COMPANY.phone,
      purpose: 'licitatie',
      declaration: true,
    },
    documents: [applicantCopy('registrationCertificate', 'certificat-inregistrare-onrc.pdf', 'Certificat de înregistrare – Registrul Comerțului', `${COMPANY.name}, CUI ${COMPANY.cui}`)],
    filedAgo: { days: 3, hours: 7 },
    steps: [
      take(),
      approve('Vă transmitem certificatul de atestare fiscală pentru participarea la licitație.', (ctx) => ({
        fileName: 'certificat-atestare-fiscala-firma.pdf',
        title: 'Certificat de atestare fiscală pentru persoane juridice',
        lines: answerLines(ctx, `CUI: ${COMPANY.cui}`, 'Sediul social: Bulevardul Roman Mușat nr. 54, Roman, județul Neamț', 'Obligații fiscale restante la bugetul local al municipiului Roman: nu există.', 'Scopul eliberării: participare la licitație.'),
      })),
    ],
  },
  {
    key: 'company-in-review-urbanism-certificate',
    applicant: 'company',
    service: 'certificat-de-urbanism',
    answers: {
      fullName: COMPANY.representative,
      email: COMPANY.email,
      phone: COMPANY.phone,
      purpose: 'construire',
      propertyAddress: WAREHOUSE,
      cadastralNumber: '53107',
      landBookNumber: '53107',
      area: 2400,
      worksDescription: 'Construire hală de depozitare pentru materiale de construcții, structură metalică, regim de înălțime parter, cu platformă betonată și împrejmuire.',
      declaration: true,
    },
    documents: urbanismPapers('Strada Energiei nr. 3, Roman', '53107', '1:1000', {
      fileName: 'ordin-de-plata-taxa-cu.pdf',
      title: 'Ordin de plată – taxa pentru certificatul de urbanism',
      payer: COMPANY.name,
    }),
    // Filed longer ago than its 15-day term, even when its last day rolls past a long weekend: the inbox shows it overdue.
    filedAgo: { days: 24, hours: 3 },
    steps: [take(), note('Am cerut punctul de vedere al arhitectului-șef privind retragerile față de limitele de proprietate.')],
  },
  {
    key: 'company-needs-info-vehicle',
    applicant: 'company',
    service: 'inregistrare-radiere-vehicul',
    answers: {
      fullName: COMPANY.name,
      operation: 'inregistrare',
      vin: 'WF0XXXTTGXKR12345',
      makeModel: 'Ford Transit',
      vehicleCategory: 'autoutilitara',
      engineCapacity: 1995,
      acquisitionDate: inDays(-12),
      declaration: true,
    },
    documents: [
      applicantCopy('contract', 'factura-achizitie-autoutilitara.pdf', 'Factură de achiziție autoutilitară', COMPANY.name),
      applicantCopy('vehicleIdentityCard', 'civ-prima-pagina.pdf', 'Cartea de identitate a vehiculului (prima pagină)', 'Ford Transit'),
    ],
    filedAgo: { days: 3, hours: 2 },
    steps: [
      take(),
      askInfo({
        body: 'Copia cărții de identitate a vehiculului are doar prima pagină. Vă rugăm să trimiteți toate paginile, inclusiv cea cu mențiunile privind proprietarii.',
        documents: ['vehicleIdentityCard'],
        days: 10,
      }),
    ],
  },
  {
    key: 'company-submitted-street-certificate',
    applicant: 'company',
    service: 'certificat-nomenclatura-stradala',
    answers: {
      fullName: COMPANY.representative,
      email: COMPANY.email,
      phone: COMPANY.phone,
      propertyAddress: WAREHOUSE,
      cadastralNumber: '53107',
      purpose: 'utilitati',
      declaration: true,
    },
    documents: [applicantCopy('ownershipDeed', 'contract-vanzare-cumparare-teren.pdf', 'Contract de vânzare-cumpărare teren', COMPANY.name)],
    filedAgo: { days: 0 },
  },
];

// ───────────────────────────── seeding ─────────────────────────────

/** The draft key of a demo request: a UUID made from its key, the same on every run. */
function demoDraftKey(email: string, key: string): string {
  const hex = crypto.createHash('sha256').update(`demo-request:${email}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The idempotency key saveDraft gives the draft of this draft key (lib/requests/commands/drafts.ts). */
const demoMarker = (userId: string, email: string, key: string) => draftIdempotencyKey(userId, demoDraftKey(email, key));

const filedMs = (scenario: TScenario) => (scenario.filedAgo ? (scenario.filedAgo.days * 24 + (scenario.filedAgo.hours ?? 0)) * 3_600_000 : -1);

async function loadPerson(prisma: PrismaClient, email: string): Promise<TPerson | null> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, accountType: true, personProfile: { select: { firstName: true, lastName: true } }, organizationProfile: { select: { name: true } } },
  });
  if (!user) return null;
  const name = user.organizationProfile?.name ?? (user.personProfile ? `${user.personProfile.firstName} ${user.personProfile.lastName}` : user.email);
  return { id: user.id, email: user.email, accountType: user.accountType, name };
}

export type TDemoRequestsResult = { created: string[]; skipped: string[]; failed: { key: string; error: string }[] };

/**
 * Files the demo requests that are not there yet (see the module comment). A request that cannot be
 * made (a service an administrator hid since, say) is reported and left out; the portal still starts.
 * The commands write through the portal's client (lib/db, DATABASE_URL): `prisma` must be connected
 * to that same database, as the launcher's is.
 */
export async function seedDemoRequests(prisma: PrismaClient, { storage }: { storage: TStorage }): Promise<TDemoRequestsResult> {
  const started = new Date();
  const result: TDemoRequestsResult = { created: [], skipped: [], failed: [] };
  const applicants = new Map<TApplicantKind, TPerson>();
  for (const [kind, email] of Object.entries(DEMO_APPLICANTS) as [TApplicantKind, string][]) {
    const person = await loadPerson(prisma, email);
    if (person) applicants.set(kind, person);
  }
  const clerks = new Map<string, TStepContext['clerk']>();
  for (const [department, email] of Object.entries(DEMO_CLERKS)) {
    const clerk = await loadPerson(prisma, email);
    if (clerk) clerks.set(department, { user: { id: clerk.id, role: 'CLERK' }, request: SEED_REQUEST, name: clerk.name });
  }

  // Oldest filing first, so that registration numbers follow the dates; drafts last.
  const scenarios = [...DEMO_SCENARIOS].sort((a, b) => filedMs(b) - filedMs(a));
  for (const scenario of scenarios) {
    const applicant = applicants.get(scenario.applicant);
    try {
      if (!applicant) throw new Error(`no demo account ${DEMO_APPLICANTS[scenario.applicant]}`);
      const marker = demoMarker(applicant.id, applicant.email, scenario.key);
      if (await prisma.serviceRequest.findUnique({ where: { idempotencyKey: marker }, select: { id: true } })) {
        result.skipped.push(scenario.key);
        continue;
      }
      await fileScenario(prisma, storage, scenario, applicant, clerks);
      result.created.push(scenario.key);
    } catch (error) {
      result.failed.push({ key: scenario.key, error: (error as Error).message });
    }
  }

  // The seeded history's emails: out of the outbox before any worker delivers them (a delivery job
  // already queued for one finds nothing to send).
  if (result.created.length > 0) {
    await prisma.emailOutbox.deleteMany({ where: { to: { in: [...applicants.values()].map((a) => a.email) }, status: 'PENDING', createdAt: { gte: started } } });
  }
  return result;
}

async function fileScenario(prisma: PrismaClient, storage: TStorage, scenario: TScenario, applicant: TPerson, clerks: Map<string, TStepContext['clerk']>) {
  const draftKey = demoDraftKey(applicant.email, scenario.key);
  const { requestId } = await saveDraft(applicant, ZSaveDraftSchema.parse({ serviceSlug: scenario.service, draftKey, answers: scenario.answers }));
  for (const document of scenario.documents) await uploadAsApplicant(applicant, storage, requestId, document, { requirementKey: document.requirementKey });
  if (!scenario.filedAgo) return;

  const ms = filedMs(scenario);
  const filed = await submitRequest(applicant, requestId, ms > 0 ? { now: new Date(Date.now() - ms) } : {});
  if (!scenario.steps?.length) return;
  const { department } = await prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { department: { select: { slug: true } } } });
  const clerk = clerks.get(department.slug);
  if (!clerk) throw new Error(`no demo clerk for the department ${department.slug}`);
  const ctx: TStepContext = {
    requestId,
    registrationNumber: filed.registrationNumber,
    applicant,
    clerk,
    storage,
    version: async () => (await prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } })).version,
  };
  for (const step of scenario.steps) await step(ctx);
}
