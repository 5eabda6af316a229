import crypto from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { PDF } from '../journeys';
import { expectNoAxeViolations } from '../support';

const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Letters only, different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

async function adminPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** Adds a field of a type in the builder and gives it its two labels; the editor then shows it. */
async function addField(page: Page, type: string, ro: string, en: string) {
  const editor = page.locator('#sb-editor');
  await page.getByLabel('Tipul câmpului nou').selectOption({ label: type });
  await page.getByRole('button', { name: 'Adaugă câmpul' }).click();
  await editor.getByLabel('Eticheta în română').first().fill(ro);
  await editor.getByLabel('Eticheta în engleză').first().fill(en);
  await expect(editor.getByRole('heading', { name: new RegExp(`^Câmpul \\d+: ${ro}$`) })).toBeVisible();
  return editor;
}

async function publish(page: Page, version: number) {
  await page.getByRole('button', { name: 'Publică' }).click();
  await expect(page.getByRole('status').filter({ hasText: `A fost publicată versiunea ${version}.` })).toBeVisible();
}

test('a service created, built and published by the administrator is filed by a citizen, and keeps its first form after version 2', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const letters = uniqueLetters();
  const title = `Aviz de probă ${letters}`;
  const admin = await adminPage(browser);

  // The service, created from the administration.
  await admin.goto('/admin/services/new');
  await admin.getByLabel('Identificatorul (adresa în catalog)').fill(`aviz-proba-${letters}`);
  await admin.getByLabel('Titlul în română', { exact: true }).fill(title);
  await admin.getByLabel('Titlul în engleză', { exact: true }).fill(`Trial permit ${letters}`);
  await admin.getByLabel('Descrierea scurtă în română').fill('Un aviz creat de administrator pentru probă.');
  await admin.getByLabel('Descrierea scurtă în engleză').fill('A permit created by the administrator as a trial.');
  await admin.getByLabel('Descrierea în română', { exact: true }).fill('Descrierea completă a avizului de probă.');
  await admin.getByLabel('Descrierea în engleză', { exact: true }).fill('The full description of the trial permit.');
  await admin.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Relația cu cetățenii' });
  await admin.getByLabel('Compartimentul care rezolvă cererile').selectOption({ label: 'Registratură' });
  await admin.getByRole('button', { name: 'Creează serviciul' }).click();
  await expect(admin).toHaveURL(/\/admin\/services\/[^/]+\?created=1$/);
  const serviceUrl = new URL(admin.url()).pathname;

  // Its form: a select, a field shown for one of its options, an address and one required PDF.
  await admin.getByRole('link', { name: 'Formular', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(`Formularul: ${title}`);
  let editor = await addField(admin, 'Listă de opțiuni', 'Motivul cererii', 'Reason');
  await editor.getByLabel('Câmp obligatoriu').check();
  const options = editor.getByRole('group', { name: 'Opțiunile' });
  await options.getByRole('group', { name: 'Opțiunea 1' }).getByLabel('Eticheta în română').fill('Construire');
  await options.getByRole('group', { name: 'Opțiunea 1' }).getByLabel('Eticheta în engleză').fill('Building');
  await options.getByRole('button', { name: 'Adaugă o opțiune' }).click();
  await options.getByRole('group', { name: 'Opțiunea 2' }).getByLabel('Eticheta în română').fill('Alt motiv');
  await options.getByRole('group', { name: 'Opțiunea 2' }).getByLabel('Eticheta în engleză').fill('Another reason');

  editor = await addField(admin, 'Text scurt', 'Precizați motivul', 'Describe the reason');
  await editor.getByLabel('Câmp obligatoriu').check();
  await editor.getByLabel('Afișat doar când').selectOption({ label: 'câmpul „Motivul cererii” are răspunsul potrivit' });
  await editor.getByRole('group', { name: 'Răspunsurile pentru care se afișează' }).getByLabel('Alt motiv').check();

  editor = await addField(admin, 'Adresă', 'Adresa imobilului', 'Property address');
  await editor.getByLabel('Câmp obligatoriu').check();

  await admin.getByRole('button', { name: 'Adaugă un document' }).click();
  const documents = admin.getByRole('list', { name: 'Documentele, în ordine' });
  await documents.getByLabel('Numele în română').fill('Extras de carte funciară');
  await documents.getByLabel('Numele în engleză').fill('Land register extract');
  await documents.getByLabel('Document obligatoriu').check();
  await expect(documents.getByRole('group', { name: 'Tipurile de fișiere acceptate' }).getByLabel('PDF')).toBeChecked();
  await expect(admin.getByText('Salvat', { exact: true })).toBeVisible();

  // The preview is the citizen's form.
  await admin.getByRole('link', { name: 'Previzualizare' }).click();
  const preview = admin.getByRole('region', { name: title });
  await expect(preview.getByLabel('Precizați motivul')).toHaveCount(0);
  await preview.getByLabel('Motivul cererii').selectOption({ label: 'Alt motiv' });
  await expect(preview.getByLabel('Precizați motivul')).toBeVisible();
  await expect(preview.getByRole('group', { name: 'Adresa imobilului' })).toBeVisible();
  await expect(preview.getByRole('group', { name: /^Extras de carte funciară/ })).toBeVisible();
  await admin.getByRole('link', { name: '← Înapoi la formular' }).click();
  await publish(admin, 1);

  await admin.goto(serviceUrl);
  const state = admin.getByRole('region', { name: 'Afișare în catalog' });
  await state.getByRole('button', { name: 'Afișează în catalog' }).click();
  await expect(state.getByRole('status')).toHaveText('Serviciul este afișat în catalog.');

  // A citizen finds it in the catalog and files it.
  const citizen = await createUser({ firstName: 'Mihai', lastName: 'Cojocaru' });
  await signIn(page, citizen.email);
  await page.goto('/services');
  await page.getByRole('searchbox', { name: 'Căutați un serviciu' }).fill(`aviz de proba ${letters}`);
  await page.getByRole('button', { name: 'Caută' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('link', { name: 'Completează cererea' }).click();
  const main = page.getByRole('main');
  await expect(page.getByLabel('Precizați motivul')).toHaveCount(0);
  await page.getByLabel('Motivul cererii').selectOption({ label: 'Alt motiv' });
  await page.getByLabel('Precizați motivul').fill('Reamenajarea curții');
  const address = page.getByRole('group', { name: 'Adresa imobilului' });
  await address.getByLabel('Județul').selectOption('Neamț');
  await address.getByLabel('Localitatea').fill('Roman');
  await address.getByLabel('Strada').fill('Strada Ștefan cel Mare');
  await address.getByLabel('Număr').fill('12');
  await address.getByLabel('Cod poștal').fill('611001');
  await page.getByLabel('Alegeți fișierul – Extras de carte funciară').setInputFiles({ name: 'extras.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(main.getByText('Încărcat și verificat')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verificați și trimiteți cererea');
  await page.getByRole('button', { name: 'Trimite cererea' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cererea a fost înregistrată');
  const number = (await page.getByTestId('registration-number').textContent())!.trim();

  // Version 2 adds a required field.
  await admin.goto(`${serviceUrl}/form`);
  await expect(admin.getByText('Cetățenii folosesc acum versiunea 1.')).toBeVisible();
  editor = await addField(admin, 'Text scurt', 'Numărul cadastral', 'Cadastral number');
  await editor.getByLabel('Câmp obligatoriu').check();
  await expect(admin.getByText('Salvat', { exact: true })).toBeVisible();
  await publish(admin, 2);
  await expect(admin.getByText('Cetățenii folosesc acum versiunea 2.')).toBeVisible();
  await expectNoAxeViolations(admin);

  // The filed request keeps the labels of version 1; a new form asks for the new field.
  await page.goto('/dashboard');
  await page.getByRole('link', { name: new RegExp(number) }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cererea ${number}`);
  const answers = page.getByRole('region', { name: 'Datele cererii' });
  await expect(answers).toContainText('Precizați motivul');
  await expect(answers).toContainText('Reamenajarea curții');
  await expect(answers).not.toContainText('Numărul cadastral');
  await page.goto(`/services/aviz-proba-${letters}/apply`);
  await expect(page.getByLabel('Numărul cadastral')).toBeVisible();
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await expect(main.getByRole('alert').first()).toContainText('Numărul cadastral: Completați acest câmp.');
  await admin.context().close();
});
