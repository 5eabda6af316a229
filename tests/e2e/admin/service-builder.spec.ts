import crypto from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { login, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Letters only, different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

/** Replaces an input's text from the keyboard: focus, select all, type. */
async function typeInto(page: Page, input: Locator, text: string) {
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** A service with one published version (one required text field), set up through the database. */
async function seedService() {
  const slug = `serviciu-proba-${uniqueLetters()}`;
  const title = `Serviciu de probă ${uniqueLetters()}`;
  const definition = {
    fields: [{ key: 'numeSolicitant', type: 'text', label: { ro: 'Numele solicitantului', en: 'Applicant name' }, required: true }],
    documents: [],
    delivery: 'electronic',
  };
  const [service] = await sql<{ id: string }>(
    `INSERT INTO "Service" (id, slug, "titleRo", "titleEn", "summaryRo", "summaryEn", "descriptionRo", "descriptionEn", "categoryId", "departmentId", "applicantTypes", "legalTermDays", "updatedAt")
     SELECT gen_random_uuid()::text, $1, $2, 'Trial service', 'Rezumat', 'Summary', 'Descriere', 'Description', "categoryId", "departmentId", ARRAY['PERSON']::"AccountType"[], 30, now()
     FROM "Service" WHERE active LIMIT 1
     RETURNING id`,
    [slug, title],
  );
  await sql(`INSERT INTO "ServiceVersion" (id, "serviceId", number, definition, "publishedAt") VALUES (gen_random_uuid()::text, $1, 1, $2, now())`, [service!.id, JSON.stringify(definition)]);
  return { id: service!.id, title, definition };
}

test('the administrator builds a form with the keyboard alone, previews it in both languages and publishes version 2', async ({ page }) => {
  test.setTimeout(180_000);
  const service = await seedService();
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/services/${service.id}/form`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Formularul: ${service.title}`);
  await expect(page.getByText('Cetățenii folosesc acum versiunea 1.')).toBeVisible();
  await expectNoAxeViolations(page);

  const fields = page.getByRole('list', { name: 'Câmpurile, în ordine' });
  const editor = page.locator('#sb-editor');
  const announced = page.locator('p[aria-live="polite"].sr-only');

  // A select with two options.
  await page.getByLabel('Tipul câmpului nou').selectOption({ label: 'Listă de opțiuni' });
  await page.getByRole('button', { name: 'Adaugă câmpul' }).press('Enter');
  await expect(announced).toHaveText('A fost adăugat câmpul „Câmp nou”, pe poziția 2.');
  const labelRo = editor.getByLabel('Eticheta în română').first();
  await expect(labelRo).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Tipul solicitantului');
  await typeInto(page, editor.getByLabel('Eticheta în engleză').first(), 'Applicant type');
  await expect(editor.getByLabel('Cheia', { exact: true })).toHaveValue('tipulSolicitantului');
  await editor.getByLabel('Câmp obligatoriu').press('Space');
  const options = editor.getByRole('group', { name: 'Opțiunile' });
  await typeInto(page, options.getByRole('group', { name: 'Opțiunea 1' }).getByLabel('Eticheta în română'), 'Persoană fizică');
  await typeInto(page, options.getByRole('group', { name: 'Opțiunea 1' }).getByLabel('Eticheta în engleză'), 'Person');
  await options.getByRole('button', { name: 'Adaugă o opțiune' }).press('Enter');
  const second = options.getByRole('group', { name: 'Opțiunea 2' });
  await expect(second.getByLabel('Eticheta în română')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Persoană juridică');
  await typeInto(page, second.getByLabel('Eticheta în engleză'), 'Company');
  await expect(second.getByLabel('Valoarea')).toHaveValue('persoanaJuridica');

  // A text field shown only for companies, with a pattern that is wrong at first.
  await page.getByLabel('Tipul câmpului nou').selectOption({ label: 'Text scurt' });
  await page.getByRole('button', { name: 'Adaugă câmpul' }).press('Enter');
  await expect(labelRo).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Denumirea firmei');
  await typeInto(page, editor.getByLabel('Eticheta în engleză').first(), 'Company name');
  await editor.getByLabel('Afișat doar când').selectOption({ label: 'câmpul „Tipul solicitantului” are răspunsul potrivit' });
  const values = editor.getByRole('group', { name: 'Răspunsurile pentru care se afișează' });
  await values.getByLabel('Persoană fizică').press('Space');
  await values.getByLabel('Persoană juridică').press('Space');
  await expect(values.getByLabel('Persoană juridică')).toBeChecked();
  await expect(values.getByLabel('Persoană fizică')).not.toBeChecked();
  const pattern = editor.getByLabel('Expresie regulată');
  await typeInto(page, pattern, '[A-Za-z ');
  await expect(editor.getByText('Expresia regulată nu este validă.')).toBeVisible();
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  await expect(pattern).toHaveAccessibleDescription(/Expresia regulată nu este validă\./);

  // An address field.
  await page.getByLabel('Tipul câmpului nou').selectOption({ label: 'Adresă' });
  await page.getByRole('button', { name: 'Adaugă câmpul' }).press('Enter');
  await expect(labelRo).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Adresa sediului');
  await typeInto(page, editor.getByLabel('Eticheta în engleză').first(), 'Registered office');

  // Reordering with the keyboard: the focus stays on the moved field's button, and the move is announced.
  const up = fields.getByRole('button', { name: 'Mută mai sus (Adresa sediului)' });
  await up.press('Enter');
  await expect(announced).toHaveText('„Adresa sediului” este acum pe poziția 3 din 4.');
  await expect(up).toBeFocused();
  await expect(fields.getByRole('listitem')).toHaveText([/^1\. Numele solicitantului/, /^2\. Tipul solicitantului/, /^3\. Adresa sediului/, /^4\. Denumirea firmei/]);
  // Moved above the field its condition looks at, the company name is flagged; moved back, it is fine.
  await fields.getByRole('button', { name: 'Mută mai sus (Denumirea firmei)' }).press('Enter');
  await fields.getByRole('button', { name: 'Mută mai sus (Denumirea firmei)' }).press('Enter');
  await expect(fields.getByRole('listitem').nth(1)).toContainText('2. Denumirea firmei');
  await fields.getByRole('button', { name: 'Editează (Denumirea firmei)' }).press('Enter');
  await expect(editor.getByRole('heading', { name: 'Câmpul 2: Denumirea firmei' })).toBeFocused();
  await expect(editor.getByText('Condiția trebuie să se refere la un câmp de mai sus.')).toBeVisible();
  await fields.getByRole('button', { name: 'Mută mai jos (Denumirea firmei)' }).press('Enter');
  await fields.getByRole('button', { name: 'Mută mai jos (Denumirea firmei)' }).press('Enter');
  await expect(fields.getByRole('button', { name: 'Mută mai jos (Denumirea firmei)' })).toBeFocused();
  await expect(fields.getByRole('listitem').nth(3)).toContainText('4. Denumirea firmei');
  await expect(editor.getByText('Condiția trebuie să se refere la un câmp de mai sus.')).toHaveCount(0);

  // A required PDF document.
  await page.getByRole('button', { name: 'Adaugă un document' }).press('Enter');
  const documents = page.getByRole('list', { name: 'Documentele, în ordine' });
  await expect(documents.getByLabel('Numele în română')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Certificatul de înregistrare');
  await typeInto(page, documents.getByLabel('Numele în engleză'), 'Registration certificate');
  await documents.getByLabel('Document obligatoriu').press('Space');
  await expect(documents.getByRole('group', { name: 'Tipurile de fișiere acceptate' }).getByLabel('PDF')).toBeChecked();
  await expect(page.getByText('Salvat', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // "Publică" refuses the wrong pattern and says where it is; the link goes to it.
  await page.getByRole('button', { name: 'Publică' }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Formularul nu poate fi publicat încă: o problemă de corectat.' })).toBeVisible();
  const problem = page.getByRole('button', { name: 'Câmpul 4 (Denumirea firmei): Expresia regulată nu este validă.' });
  await problem.press('Enter');
  await expect(pattern).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('[A-Za-z ]+');
  await expect(editor.getByText('Expresia regulată nu este validă.')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByText('Salvat', { exact: true })).toBeVisible();

  // The preview, in Romanian: the citizen's form, checked live.
  await page.getByRole('link', { name: 'Previzualizare' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/admin/services/${service.id}/preview`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Previzualizare: ${service.title}`);
  const preview = page.getByRole('region', { name: service.title });
  await expect(preview.getByLabel('Denumirea firmei')).toHaveCount(0);
  await preview.getByLabel('Tipul solicitantului').selectOption({ label: 'Persoană juridică' });
  const company = preview.getByLabel('Denumirea firmei');
  await typeInto(page, company, 'Firma 2026!');
  await page.keyboard.press('Tab');
  await expect(preview.getByText('Valoarea nu are forma cerută.', { exact: true })).toBeVisible();
  await typeInto(page, company, 'Firma Exemplu');
  await expect(preview.getByText('Valoarea nu are forma cerută.', { exact: true })).toHaveCount(0);
  await expect(preview.getByRole('group', { name: 'Adresa sediului' })).toBeVisible();
  await expect(preview.getByRole('group', { name: 'Certificatul de înregistrare' })).toBeVisible();
  await preview.getByRole('button', { name: 'Verifică răspunsurile' }).press('Enter');
  const summary = preview.getByRole('alert').filter({ hasText: 'Formularul are' });
  await expect(summary).toContainText('Numele solicitantului: Completați acest câmp.');
  await expect(summary).toContainText('Certificatul de înregistrare: Atașați acest document.');
  await expectNoAxeViolations(page);

  // The preview in English, from its own language switch.
  await page.getByRole('navigation', { name: 'Limba previzualizării' }).getByRole('link', { name: 'English' }).press('Enter');
  await expect(page).toHaveURL(/lang=en/);
  const english = page.getByRole('region', { name: 'Trial service' });
  await english.getByLabel('Applicant type').selectOption({ label: 'Company' });
  await expect(english.getByLabel('Company name')).toBeVisible();
  await english.getByRole('button', { name: 'Check the answers' }).press('Enter');
  const englishSummary = english.getByRole('alert').filter({ hasText: 'The form has' });
  await expect(englishSummary).toContainText('Applicant name: Fill in this field.');
  await expect(englishSummary).toContainText('Registration certificate: Attach this document.');
  await expectNoAxeViolations(page);

  // Back in the builder, "Publică" makes version 2; version 1 stays as it was.
  await page.getByRole('link', { name: '← Înapoi la formular' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Formularul: ${service.title}`);
  await page.getByRole('button', { name: 'Publică' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'A fost publicată versiunea 2.' })).toBeVisible();
  await expect(page.getByText('Cetățenii folosesc acum versiunea 2.')).toBeVisible();
  const versions = await sql<{ number: number; definition: { fields: { key: string; pattern?: string }[]; documents: { key: string; required: boolean; accept: string[] }[] } }>(
    `SELECT number, definition FROM "ServiceVersion" WHERE "serviceId" = $1 ORDER BY number`,
    [service.id],
  );
  expect(versions.map((v) => v.number)).toEqual([1, 2]);
  expect(versions[0]!.definition).toEqual(service.definition);
  expect(versions[1]!.definition.fields.map((f) => f.key)).toEqual(['numeSolicitant', 'tipulSolicitantului', 'adresaSediului', 'denumireaFirmei']);
  expect(versions[1]!.definition.fields[3]!.pattern).toBe('[A-Za-z ]+');
  expect(versions[1]!.definition.documents).toMatchObject([{ key: 'certificatulDeInregistrare', required: true, accept: ['application/pdf'] }]);
});

test('a clerk is refused the form builder and its preview', async ({ page }) => {
  const service = await seedService();
  await login(page, 'clerk@demo.local', 'Demo-Parola-2026');
  await expect(page).toHaveURL(/\/admin$/);
  for (const path of [`/admin/services/${service.id}/form`, `/admin/services/${service.id}/preview`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
});
