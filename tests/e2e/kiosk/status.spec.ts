/**
 * "Verifică stadiul unei cereri" on a kiosk terminal (touch, 1080×1920, kiosk cookie), without an
 * account: the receipt's number and access code show the status and the public events; a wrong code
 * gets a neutral message; the 11th wrong try within a minute is refused, even with the right code.
 *
 * The e2e server trusts no proxy (TRUSTED_PROXIES=0), so every browser here is 127.0.0.1 to it and
 * shares one per-IP counter: each test starts from a clean counter and leaves one behind.
 */
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { fileFiscalCertificate, inDays, shownDate } from '../journeys';
import { expectNoAxeViolations } from '../support';
import { kioskContext } from './support';

const clearStatusLimits = () => sql(`DELETE FROM rate_limits WHERE key LIKE 'statusLookupIp:%'`);

/** A code of the same form that is not this one. */
const wrongCode = (code: string) => (code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`);

let receipt: { number: string; code: string };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  // A citizen files the fiscal certificate from home and keeps the receipt.
  const context = await browser.newContext();
  const page = await context.newPage();
  const citizen = await createUser({ firstName: 'Elena', lastName: 'Croitoru' });
  await signIn(page, citizen.email);
  const { number } = await fileFiscalCertificate(page);
  const code = (await page.getByTestId('access-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  receipt = { number, code };
  await context.close();
});

test.beforeEach(clearStatusLimits);
test.afterAll(clearStatusLimits);

/** Fills the form and taps the button; resolves once the server has answered. */
async function lookUp(page: Page, number: string, code: string) {
  await page.getByLabel('Numărul de înregistrare').fill(number);
  await page.getByLabel('Codul de acces').fill(code);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/status'),
    page.getByRole('button', { name: 'Verifică stadiul' }).tap(),
  ]);
}

async function expectTouchSized(page: Page) {
  for (const control of [page.getByLabel('Numărul de înregistrare'), page.getByLabel('Codul de acces'), page.getByRole('button', { name: 'Verifică stadiul' })]) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(48);
  }
}

test('on the kiosk, the receipt shows the status in words, the dates and the event list, and the code stays out of the address', async ({ browser }) => {
  const context = await kioskContext(browser, 'portrait');
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: /Verifică stadiul unei cereri/ }).tap();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verifică stadiul unei cereri');
  await expect(page.getByText('De pe dovada de înregistrare, de exemplu RMN-2026-000123')).toBeVisible();
  await expect(page.getByLabel('Codul de acces')).toHaveAttribute('autocomplete', 'off');
  await expectTouchSized(page);
  await expectNoAxeViolations(page);

  // As people type it from the paper: lower case, without the prefix, with a space in the code.
  await lookUp(page, receipt.number.replace('RMN-', '').toLowerCase(), receipt.code.toLowerCase().replace('-', ' '));
  const result = page.getByTestId('status-result');
  await expect(result.getByRole('heading', { name: `Cererea ${receipt.number}` })).toBeFocused();
  await expect(result.getByText('Trimisă', { exact: true })).toBeVisible();
  await expect(result).toContainText('Certificat de atestare fiscală pentru persoane fizice');
  await expect(result).toContainText('Data înregistrării');
  await expect(result).toContainText(shownDate(inDays(0)));
  await expect(result).toContainText('Primăria răspunde până la');
  const events = page.getByTestId('status-events').getByRole('listitem');
  await expect(events).toHaveCount(1);
  await expect(events.first()).toContainText(shownDate(inDays(0)));
  await expect(events.first()).toContainText('Cerere trimisă și înregistrată');
  await expect(result).toContainText('Pentru detalii și documente, intrați în cont.');
  await expect(result.getByRole('link', { name: 'intrați în cont' })).toHaveAttribute('href', '/login');
  // Nothing of the applicant, and the code nowhere but on the paper.
  await expect(result).not.toContainText('Elena');
  expect(page.url()).not.toContain(receipt.code.slice(0, 4));
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(receipt.code.slice(0, 4));
  await expectNoAxeViolations(page);

  // "Verificați altă cerere" brings back an empty form for the next person.
  await page.getByRole('button', { name: 'Verificați altă cerere' }).tap();
  await expect(page.getByLabel('Numărul de înregistrare')).toHaveValue('');
  await expect(page.getByLabel('Codul de acces')).toHaveValue('');
  await context.close();
});

test('on the kiosk, a mistyped or wrong code gets an explanation, never a hint that the number exists', async ({ browser }) => {
  const context = await kioskContext(browser, 'portrait');
  const page = await context.newPage();
  // A link or QR code may carry the number (never the code): it is filled in.
  await page.goto(`/status?number=${receipt.number.toLowerCase()}`);
  await expect(page.getByLabel('Numărul de înregistrare')).toHaveValue(receipt.number);
  await page.getByLabel('Numărul de înregistrare').fill('');

  // Errors of form next to their fields.
  await page.getByRole('button', { name: 'Verifică stadiul' }).tap();
  await expect(page.getByText('Completați numărul de înregistrare.').first()).toBeVisible();
  await expect(page.getByLabel('Numărul de înregistrare')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Numărul de înregistrare').fill(receipt.number);
  await page.getByLabel('Codul de acces').fill('K0MP-Q2XW');
  await page.getByRole('button', { name: 'Verifică stadiul' }).tap();
  await expect(page.getByLabel('Codul de acces')).toHaveAccessibleDescription(/Codul de acces are 8 caractere/);
  await expectNoAxeViolations(page);

  // A well-formed but wrong code, and a number that does not exist: the same neutral message.
  const neutral = 'Nu am găsit o cerere cu aceste date.';
  await lookUp(page, receipt.number, wrongCode(receipt.code));
  await expect(page.getByRole('main').getByRole('alert')).toContainText(neutral);
  await expect(page.getByTestId('status-result')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [, year] = receipt.number.split('-');
  await lookUp(page, `RMN-${year}-987654`, receipt.code);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(neutral);
  await expect(page.getByRole('main').getByRole('alert')).not.toContainText('Prea multe');
  await context.close();
});

test('on the kiosk, the 11th wrong try within a minute is refused, even with the right code', async ({ browser }) => {
  const context = await kioskContext(browser, 'portrait');
  const page = await context.newPage();
  await page.goto('/status');
  for (let i = 1; i <= 10; i++) {
    await lookUp(page, receipt.number, wrongCode(receipt.code));
    await expect(page.getByRole('main').getByRole('alert'), `try ${i}`).toContainText('Nu am găsit o cerere cu aceste date.');
  }
  await lookUp(page, receipt.number, receipt.code);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(/Prea multe încercări\. Încercați din nou peste \d+ (de )?secund/);
  await expect(page.getByTestId('status-result')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
