/**
 * Kiosk terminal: continue on your phone (a QR code of the page's public address, nothing of the
 * session), the printable receipt after submitting, the camera for documents and the on-screen
 * keyboards of the forms.
 */
import { expect, test } from '@playwright/test';
import { baseURL } from '../../../playwright.config';
import { createUser, signIn } from '../fixtures';
import { fileFiscalCertificate } from '../journeys';
import { expectNoAxeViolations } from '../support';
import { kioskContext } from './support';

const SERVICE = '/services/certificat-atestare-fiscala-persoane-fizice';
const PHONE_QR = 'Cod QR cu adresa acestei pagini, pentru telefon';
const PHONE_CAPTION = 'Scanați codul cu telefonul ca să continuați acasă. Nu se transmit datele dumneavoastră de autentificare.';
const STATUS_QR = 'Cod QR: verificați stadiul cererii pe telefon';
const CAPTURE_HINT =
  'Puteți fotografia documentul cu camera terminalului. Dacă nu aveți documentul la dumneavoastră, îl puteți adăuga mai târziu, de acasă, din contul dumneavoastră (cererea se păstrează ca ciornă).';

test('on a kiosk, a service page offers its public address as a QR code for the phone; elsewhere it does not', async ({ browser }) => {
  const kiosk = await kioskContext(browser, 'landscape');
  const page = await kiosk.newPage();
  await page.goto(SERVICE);
  const phone = page.getByRole('region', { name: 'Continuați pe telefon' });
  await expect(phone.getByRole('img', { name: PHONE_QR })).toBeVisible();
  await expect(phone.locator('svg')).toBeVisible();
  await expect(phone).toContainText(PHONE_CAPTION);
  // The address is printed as text, exactly the public page: no session, token or query.
  await expect(phone.getByTestId('phone-url')).toHaveText(`${baseURL}${SERVICE}`);
  await expect(phone.getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await kiosk.close();

  const normal = await browser.newContext();
  const other = await normal.newPage();
  await other.goto(SERVICE);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Certificat de atestare fiscală pentru persoane fizice');
  await expect(other.getByRole('img', { name: PHONE_QR })).toHaveCount(0);
  await expect(other.getByText('Continuați pe telefon')).toHaveCount(0);
  await normal.close();
});

test('on a kiosk, the registration form brings up the right on-screen keyboards', async ({ browser }) => {
  const kiosk = await kioskContext(browser, 'landscape');
  const page = await kiosk.newPage();
  await page.goto('/register');
  const expected: [label: string, attributes: Record<string, string>][] = [
    ['CNP', { inputmode: 'numeric', autocomplete: 'off' }],
    ['Telefon', { type: 'tel', autocomplete: 'tel' }],
    ['Adresa de e-mail', { type: 'email', autocomplete: 'email' }],
    ['Cod poștal', { inputmode: 'numeric', autocomplete: 'postal-code' }],
    ['Nume', { autocomplete: 'family-name' }],
    ['Prenume', { autocomplete: 'given-name' }],
  ];
  for (const [label, attributes] of expected) {
    const field = page.getByLabel(label, { exact: true });
    for (const [name, value] of Object.entries(attributes)) await expect(field, `${label}: ${name}`).toHaveAttribute(name, value);
  }
  // A company's CUI: the numeric keypad has no letters, so the hint asks for the digits alone.
  await page.getByRole('radio', { name: /Persoană juridică/ }).check();
  const cui = page.getByLabel('CUI / CIF', { exact: true });
  await expect(cui).toHaveAttribute('inputmode', 'numeric');
  await expect(cui).toHaveAttribute('autocomplete', 'off');
  await expect(cui).toHaveAccessibleDescription(/Doar cifrele, fără prefixul RO, de exemplu 4221306\./);
  await kiosk.close();
});

test('a citizen on a kiosk photographs documents with the terminal, files the request and prints the receipt alone', async ({ browser }) => {
  test.setTimeout(120_000);
  const user = await createUser({ firstName: 'Elena', lastName: 'Ciobanu' });
  const kiosk = await kioskContext(browser, 'landscape');
  const page = await kiosk.newPage();
  await signIn(page, user.email);

  // The form: the identity document (PDF or image) opens the terminal's camera, with the hint.
  await page.goto(`${SERVICE}/apply`);
  const identity = page.getByLabel(/Alegeți fișierul – Copia actului de identitate/);
  await expect(identity).toHaveAttribute('capture', 'environment');
  await expect(identity).toHaveAttribute('accept', /image\/jpeg/);
  await expect(page.getByRole('main')).toContainText(CAPTURE_HINT);
  // Continue on the phone: the form's public address, the draft waits behind the sign-in there.
  await expect(page.getByRole('region', { name: 'Continuați pe telefon' }).getByTestId('phone-url')).toHaveText(`${baseURL}${SERVICE}/apply`);

  const { number, id } = await fileFiscalCertificate(page);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { name: 'Cererea a fost înregistrată' })).toBeVisible();
  const accessCode = (await page.getByTestId('access-code').textContent())!.trim();
  expect(accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(main).toContainText('Certificat de atestare fiscală pentru persoane fizice');
  await expect(page.getByRole('img', { name: STATUS_QR })).toBeVisible();
  // The code is never in an address on the page.
  expect(await page.locator(`[href*="${accessCode}"], [action*="${accessCode}"], [src*="${accessCode}"]`).count()).toBe(0);

  const print = page.getByRole('button', { name: 'Tipărește dovada' });
  await expect(print).toBeVisible();
  // The terminal keeps no files: the proof is printed, not downloaded.
  await expect(page.getByRole('button', { name: 'Descarcă dovada de înregistrare (PDF)' })).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // On paper: the receipt alone, without the site's header, navigation, footer or any control.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(main.getByText('Primăria Municipiului Roman', { exact: true })).toBeVisible();
  await expect(page.getByTestId('registration-number')).toHaveText(number);
  await expect(page.getByTestId('registration-number')).toBeVisible();
  await expect(page.getByTestId('access-code')).toHaveText(accessCode);
  await expect(page.getByTestId('access-code')).toBeVisible();
  await expect(page.getByRole('img', { name: STATUS_QR })).toBeVisible();
  await expect(main.getByText(`Păstrați acest cod: cu numărul și codul verificați stadiul cererii la ${baseURL}/status sau la terminalul din primărie.`)).toBeVisible();
  await expect(main.getByText(/V-am trimis confirmarea/)).toBeHidden();
  // Black on white, large.
  const style = await page.getByTestId('access-code').evaluate((element) => {
    const css = getComputedStyle(element);
    return { color: css.color, fontSize: parseFloat(css.fontSize) };
  });
  expect(style.color).toBe('rgb(0, 0, 0)');
  expect(style.fontSize).toBeGreaterThanOrEqual(30);

  // Back on screen, the request page too can be continued on the phone (sign-in asked there).
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/requests/${id}`);
  const phone = page.getByRole('region', { name: 'Continuați pe telefon' });
  await expect(phone.getByTestId('phone-url')).toHaveText(`${baseURL}/requests/${id}`);
  await expect(phone).toContainText('Pe telefon vi se va cere să intrați în contul dumneavoastră.');
  // A document of the request is a file to save: refused on the shared terminal, nothing downloaded.
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('region', { name: 'Documente depuse' }).getByRole('link', { name: 'buletin.pdf' }).tap();
  await expect(page.getByRole('alert').filter({ hasText: 'Pe acest terminal nu se salvează fișiere.' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/requests/${id}$`));
  expect(downloads).toEqual([]);
  // The server refuses the files on a kiosk too, whatever the page does: the document, the proof, the data export.
  const href = (await page.getByRole('region', { name: 'Documente depuse' }).getByRole('link', { name: 'buletin.pdf' }).getAttribute('href'))!;
  for (const url of [href, `/requests/${id}/receipt`, '/account/export']) {
    const refused = await page.request.get(url, { maxRedirects: 0 });
    expect(refused.status(), url).toBe(403);
    expect(await refused.text(), url).toContain('Pe acest terminal nu se salvează fișiere.');
  }
  await kiosk.close();
});

test('outside a kiosk, the confirmation can be downloaded and printed, and the file inputs do not force the camera', async ({ page }) => {
  test.setTimeout(120_000);
  const user = await createUser();
  await signIn(page, user.email);
  await page.goto(`${SERVICE}/apply`);
  const identity = page.getByLabel(/Alegeți fișierul – Copia actului de identitate/);
  await expect(identity).toBeAttached();
  expect(await identity.getAttribute('capture')).toBeNull();
  await expect(page.getByRole('main')).not.toContainText('camera terminalului');
  await expect(page.getByRole('region', { name: 'Continuați pe telefon' })).toHaveCount(0);
  await fileFiscalCertificate(page);
  await expect(page.getByRole('button', { name: 'Tipărește dovada' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Descarcă dovada de înregistrare (PDF)' })).toBeVisible();
  await expect(page.getByRole('img', { name: STATUS_QR })).toBeVisible();
});
