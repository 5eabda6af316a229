/**
 * The steps of a request's life as people do them in the browser: the citizen files the fiscal
 * certificate, the demo clerk works on it in the back-office, the applicant answers from the
 * personal space. Shared by the back-office and the personal-space journeys.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { signIn, sql } from './fixtures';

export const CLERK = { email: 'clerk@demo.local', password: 'Demo-Parola-2026' };
export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

/** A real one-page PDF, as a clerk's answer must be: the portal stamps and seals it. */
export async function answerPdf(text = 'Certificat de atestare fiscala') {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text, { x: 50, y: 750, size: 14 });
  return Buffer.from(await doc.save());
}

/** A date `days` from today in Romania, as a date input wants it (yyyy-mm-dd). */
export const inDays = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date(Date.now() + days * 86_400_000));
/** The same date as the portal shows it (dd.mm.yyyy). */
export const shownDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** The public history of a request that was asked for information and a fee, paid and approved, oldest first. */
export const WHOLE_PUBLIC_HISTORY = [
  'Cerere trimisă și înregistrată',
  'Cererea a intrat în analiză',
  'Primăria cere completări',
  // The term to answer stands still while the city hall waits for the information, and runs again when it comes.
  'Termenul de răspuns a fost oprit',
  'Completări trimise',
  'Termenul de răspuns a fost actualizat',
  'Plată solicitată',
  'Dovada plății trimisă',
  'Plată confirmată',
  'Cerere aprobată',
];

/** A citizen files the fiscal certificate through the portal; returns its registration number and id. */
export async function fileFiscalCertificate(page: Page) {
  await page.goto('/services/certificat-atestare-fiscala-persoane-fizice/apply');
  await page.getByLabel('Scopul eliberării certificatului').selectOption({ label: 'Bancă sau instituție financiară' });
  await page.getByRole('checkbox', { name: /Declar pe propria răspundere/ }).check();
  await page.getByLabel(/Alegeți fișierul – Copia actului de identitate/).setInputFiles({ name: 'buletin.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('main').getByText('Încărcat și verificat')).toBeVisible();
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await page.getByRole('button', { name: 'Trimite cererea' }).click();
  const number = (await page.getByTestId('registration-number').textContent())!.trim();
  const [row] = await sql<{ id: string }>(`SELECT id FROM "ServiceRequest" WHERE "registrationNumber" = $1`, [number]);
  return { number, id: row!.id };
}

/** A signed-in member of staff in a browser context of their own. */
export async function staffPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who.email, who.password);
  return page;
}

/** The demo clerk opens the request in a browser of their own and takes it up; returns the clerk's page. */
export async function clerkTakesRequest(browser: Browser, requestId: string) {
  const clerk = await staffPage(browser, CLERK);
  await clerk.goto(`/admin/requests/${requestId}`);
  await clerk.getByRole('button', { name: 'Preiau cererea' }).click();
  await expect(clerk.getByRole('main').getByText('În analiză', { exact: true })).toBeVisible();
  return clerk;
}

/** The clerk asks for a corrected address and a new copy of the identity document. */
export async function requestAddressAndIdentityDocument(clerk: Page, dueDate: string) {
  const info = clerk.getByRole('region', { name: 'Cerere de completări' });
  await info.getByLabel('Ce trebuie completat și de ce').fill('Adresa nu corespunde cu actul de identitate.');
  await info.getByRole('checkbox', { name: 'Domiciliul' }).check();
  await info.getByRole('checkbox', { name: 'Copia actului de identitate' }).check();
  await info.getByLabel('Termen pentru completări').fill(dueDate);
  await info.getByRole('button', { name: 'Cere completări' }).click();
  await expect(clerk.getByRole('main').getByText('Necesită completări', { exact: true })).toBeVisible();
}

/** The applicant answers on the request page: only the flagged address is editable. */
export async function replyWithNewAddress(page: Page) {
  const reply = page.getByRole('region', { name: 'Primăria vă cere completări' });
  await expect(reply.getByLabel('Nume și prenume')).toHaveAttribute('readonly', '');
  await reply.getByLabel('Strada').fill('Bulevardul Republicii');
  await reply.getByLabel(/Alegeți fișierul – Copia actului de identitate/).setInputFiles({ name: 'buletin-nou.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(reply.getByText('Încărcat și verificat')).toBeVisible();
  await reply.getByRole('button', { name: 'Trimite completările' }).click();
  await expect(page.getByRole('main').getByText('În analiză', { exact: true })).toBeVisible();
}

/** The clerk asks for a fee of 125,50 lei. */
export async function requestFee(clerk: Page, dueDate: string) {
  const fee = clerk.getByRole('region', { name: 'Solicitare de plată' });
  await fee.getByLabel('Suma (lei)').fill('125,50');
  await fee.getByLabel('Temeiul legal').fill('HCL nr. 45/2025, anexa 2, poziția 7');
  await fee.getByLabel('Termen de plată').fill(dueDate);
  await fee.getByRole('button', { name: 'Solicită plata' }).click();
  await expect(clerk.getByRole('main').getByText('Așteaptă plata', { exact: true })).toBeVisible();
}

/** The applicant uploads the proof of payment from the fee panel. */
export async function sendProofOfPayment(page: Page) {
  const pay = page.getByRole('region', { name: 'De plată: 125,50 lei' });
  await pay.getByLabel(/Alegeți fișierul – Dovada plății/).setInputFiles({ name: 'chitanta.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(pay.getByText('Încărcat și verificat')).toBeVisible();
  await pay.getByRole('button', { name: 'Trimite dovada plății' }).click();
  await expect(page.getByRole('main').getByText('Plată în verificare', { exact: true })).toBeVisible();
}

/** The clerk approves with the certificate as a PDF answer. */
export async function approveWithCertificate(clerk: Page) {
  const approve = clerk.getByRole('region', { name: 'Aprobare' });
  await approve.getByLabel('Mesaj pentru solicitant').fill('Vă transmitem certificatul de atestare fiscală.');
  await approve.getByLabel(/Alegeți fișierul – Documentul de răspuns/).setInputFiles({ name: 'certificat-fiscal.pdf', mimeType: 'application/pdf', buffer: await answerPdf() });
  await expect(approve.getByText('Încărcat și verificat')).toBeVisible();
  await approve.getByRole('button', { name: 'Aprobă cererea' }).click();
  await expect(clerk.getByRole('main').getByText('Aprobată', { exact: true })).toBeVisible();
}

/** Downloads a document link of the page and checks it is a PDF served as an attachment. */
export async function expectPdfDownload(page: Page, href: string) {
  const file = await page.request.get(href);
  expect(file.headers()['content-disposition']).toContain('attachment');
  expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}
