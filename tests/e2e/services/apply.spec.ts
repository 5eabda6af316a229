import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, sql, waitForEmail } from '../fixtures';
import { expectNoAxeViolations, useLocale } from '../support';

const SERVICE_TITLE = 'Certificat de atestare fiscală pentru persoane fizice';
const APPLY = '/services/certificat-atestare-fiscala-persoane-fizice/apply';
/** A real-looking PDF of about 1 MB, so that a throttled upload shows its progress. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n'), Buffer.alloc(1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 1)]);

const identityInput = (page: Page) => page.getByLabel(/Alegeți fișierul – Copia actului de identitate|Adăugați încă un fișier – Copia actului de identitate/);

/** Slows the browser's uploads down (Chrome DevTools network emulation), so that progress is visible. */
async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
  return () => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

test('a citizen finds the fiscal certificate, fills it in with a conditional field and a PDF, resumes the draft, submits it and gets the receipt and the email', async ({ page }) => {
  test.setTimeout(120_000);
  const user = await createUser({ firstName: 'Ștefan', lastName: 'Țurcanu' });
  await signIn(page, user.email);

  // Find the service by searching without diacritics.
  await page.goto('/services');
  await page.getByRole('searchbox', { name: 'Căutați un serviciu' }).fill('certificat fiscal');
  await page.getByRole('button', { name: 'Caută' }).click();
  await page.getByRole('link', { name: SERVICE_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERVICE_TITLE);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Completează cererea' }).click();
  await expect(page).toHaveURL(new RegExp(`${APPLY}$`));

  // The form: filled in from the account, a legend for the star, the limits before choosing a file.
  const main = page.getByRole('main');
  await expect(main).toContainText('Câmpurile marcate cu * sunt obligatorii.');
  await expect(page.getByLabel('Nume și prenume')).toHaveValue('Ștefan Țurcanu');
  await expect(page.getByLabel('Cod numeric personal (CNP)')).toHaveValue('1800101270018');
  await expect(page.getByLabel('Adresa de e-mail')).toHaveValue(user.email);
  await expect(main).toContainText('PDF, JPEG, PNG, cel mult 5 MB pe fișier, până la 2 fișiere.');
  await expectNoAxeViolations(page);

  // Sending it empty-handed: errors next to the fields and in the summary, in Romanian.
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  const summary = main.getByRole('alert').first();
  await expect(summary).toContainText('Formularul are');
  await expect(summary).toContainText('Atașați acest document.');
  await expect(summary).toContainText('Completați acest câmp.');
  await expectNoAxeViolations(page);

  // The conditional field appears only for "Alt scop".
  const details = page.getByLabel('Precizați scopul');
  await expect(details).toHaveCount(0);
  await page.getByLabel('Scopul eliberării certificatului').selectOption({ label: 'Alt scop' });
  await expect(details).toBeVisible();
  await details.fill('Dosar de bursă la universitate');
  await page.getByRole('checkbox', { name: /Declar pe propria răspundere/ }).check();

  // The upload goes straight to the store, with a progress bar, and is checked by the server.
  const unthrottle = await throttleUploads(page, 256 * 1024);
  await identityInput(page).setInputFiles({ name: 'buletin scanat.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('progressbar', { name: 'Se încarcă buletin scanat.pdf' })).toBeVisible();
  await unthrottle();
  await expect(main.getByText('Încărcat și verificat')).toBeVisible({ timeout: 30_000 });
  await expect(main).toContainText('buletin scanat.pdf · 1 MB');

  // A PNG renamed to .pdf is refused after the server looked at its bytes.
  await identityInput(page).setInputFiles({ name: 'poza.pdf', mimeType: 'application/pdf', buffer: PNG });
  await expect(main).toContainText('Fișierul nu este de tipul acceptat (PDF, JPEG, PNG)');
  await expect(main.getByText('Încărcat și verificat')).toHaveCount(1);

  await page.getByRole('button', { name: 'Salvează ciorna' }).click();
  await expect(main).toContainText(/Ciorna a fost salvată la \d{2}:\d{2}/);

  // Leave, sign out, come back: the draft is in the personal space, with its answers and document.
  await page.getByRole('button', { name: 'Ieșire' }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1$/);
  await signIn(page, user.email);
  await page.goto('/dashboard');
  const drafts = page.getByRole('region', { name: 'Ciorne' });
  await expect(drafts).toContainText(SERVICE_TITLE);
  await drafts.getByRole('link', { name: /Continuă completarea/ }).click();
  await expect(page.getByLabel('Precizați scopul')).toHaveValue('Dosar de bursă la universitate');
  await expect(main).toContainText('buletin scanat.pdf');

  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await expect(page).toHaveURL(/\/apply\/review\?draft=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verificați și trimiteți cererea');
  await expect(main).toContainText('Dosar de bursă la universitate');
  await expect(main).toContainText('Alt scop');
  await expect(main).toContainText('buletin scanat.pdf');
  await expectNoAxeViolations(page);

  // A double click files one request.
  await page.getByRole('button', { name: 'Trimite cererea' }).dblclick();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cererea a fost înregistrată');
  const number = (await page.getByTestId('registration-number').textContent())!.trim();
  expect(number).toMatch(/^RMN-\d{4}-\d{6}$/);
  await expect(page.getByTestId('access-code')).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Descarcă dovada de înregistrare (PDF)' }).click();
  const receipt = await download;
  expect(receipt.suggestedFilename()).toBe(`dovada-${number}.pdf`);
  const bytes = fs.readFileSync((await receipt.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const rows = await sql<{ count: string }>(`SELECT count(*) FROM "ServiceRequest" r JOIN "User" u ON u.id = r."applicantId" WHERE u.email = $1 AND r.status = 'SUBMITTED'`, [user.email]);
  expect(Number(rows[0]!.count)).toBe(1);
  const mail = await waitForEmail(user.email, new RegExp(`${number} a fost înregistrată`));
  expect(mail.text).toContain(SERVICE_TITLE);

  // The reloaded page is the filed request, listed in the personal space.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cererea ${number}`);
  await expect(main).toContainText('Trimisă');
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Cererile mele' })).toContainText(number);
  await expect(page.getByRole('region', { name: 'Ciorne' })).toHaveCount(0);
});

test('sent from two tabs, a request is filed once: the second tab shows the same number', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = await createUser();
  await signIn(page, user.email);
  await page.goto(APPLY);
  await page.getByLabel('Scopul eliberării certificatului').selectOption({ label: 'Bancă sau instituție financiară' });
  await page.getByRole('checkbox', { name: /Declar pe propria răspundere/ }).check();
  await identityInput(page).setInputFiles({ name: 'act.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('main').getByText('Încărcat și verificat')).toBeVisible();
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await expect(page).toHaveURL(/\/apply\/review\?draft=/);

  const second = await context.newPage();
  await second.goto(page.url());
  await page.getByRole('button', { name: 'Trimite cererea' }).click();
  await second.getByRole('button', { name: 'Trimite cererea' }).click();
  const first = (await page.getByTestId('registration-number').textContent())!.trim();
  await expect(second.getByTestId('registration-number')).toHaveText(first);
  // Either tab may win the race; only the one that filed shows the access code, once.
  const codes = (await page.getByTestId('access-code').count()) + (await second.getByTestId('access-code').count());
  expect(codes).toBe(1);
  const rows = await sql<{ count: string }>(`SELECT count(*) FROM "ServiceRequest" r JOIN "User" u ON u.id = r."applicantId" WHERE u.email = $1`, [user.email]);
  expect(Number(rows[0]!.count)).toBe(1);
  await context.close();
});

test('in English: the form, its errors and the review speak English', async ({ page, context }) => {
  const user = await createUser();
  await signIn(page, user.email);
  await useLocale(context, 'en');
  await page.goto(APPLY);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tax clearance certificate for individuals');
  await page.getByLabel('Personal numeric code (CNP)').fill('1800101270019');
  await page.getByRole('button', { name: 'Continue to review' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('alert').first()).toContainText('Attach this document.');
  await expect(main).toContainText('The CNP is not valid: the check digit does not match.');
  await expect(page.getByLabel('Personal numeric code (CNP)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('the apply page asks anonymous visitors to sign in and brings them back to the form', async ({ page }) => {
  const user = await createUser();
  await page.goto('/services/petitie-sesizare');
  await page.getByRole('link', { name: 'Completează cererea' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel('Adresa de e-mail').fill(user.email);
  await page.getByLabel('Parola', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Intră în cont' }).click();
  await expect(page).toHaveURL(/\/services\/petitie-sesizare\/apply$/);
  await expect(page.getByRole('button', { name: 'Continuă la verificare' })).toBeVisible();
});
