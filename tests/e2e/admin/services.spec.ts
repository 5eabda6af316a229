import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Secțiunile administrării' });
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Letters only, different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

/**
 * A hidden service of its own (set up through the database, not the UI), with two published
 * versions: the petition's form, then the same form without its second field and answered at the
 * counter, published by the administrator.
 */
async function createTrialService() {
  const letters = uniqueLetters();
  const id = crypto.randomUUID();
  const slug = `serviciu-proba-${letters}`;
  const title = `Serviciu de probă ${letters}`;
  await sql(
    `INSERT INTO "Service" (id, slug, "titleRo", "titleEn", "summaryRo", "summaryEn", "descriptionRo", "descriptionEn", "categoryId", "departmentId", "applicantTypes", "legalTermDays", "searchText", active, "updatedAt")
     SELECT $1, $2, $3, 'Trial service', 'Un serviciu de probă pentru testele automate.', 'A trial service for the automated tests.',
            'Descrierea serviciului de probă.', 'Description of the trial service.', c.id, d.id, ARRAY['PERSON']::"AccountType"[], 30, $4, false, now()
     FROM "ServiceCategory" c, "Department" d WHERE c.slug = 'relatia-cu-cetatenii' AND d.slug = 'registratura'`,
    [id, slug, title, `serviciu de proba ${letters} trial service`],
  );
  await sql(
    `INSERT INTO "ServiceVersion" (id, "serviceId", number, definition, "publishedAt")
     SELECT $1, $2, 1, v.definition, now() - interval '1 day' FROM "ServiceVersion" v JOIN "Service" s ON s.id = v."serviceId" WHERE s.slug = 'petitie-sesizare' AND v.number = 1`,
    [crypto.randomUUID(), id],
  );
  await sql(
    `INSERT INTO "ServiceVersion" (id, "serviceId", number, definition, "publishedAt", "createdById")
     SELECT $1, $2, 2, jsonb_set(v.definition #- '{fields,1}', '{delivery}', '"counter"'), now(), (SELECT id FROM "User" WHERE email = 'admin@demo.local')
     FROM "ServiceVersion" v WHERE v."serviceId" = $2 AND v.number = 1`,
    [crypto.randomUUID(), id],
  );
  return { id, slug, title, letters };
}

test('the administrator finds a service, edits it, shows and hides it, and reads what changed between two versions', async ({ page }) => {
  test.setTimeout(150_000);
  const service = await createTrialService();
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Servicii și formulare' }).click();
  await expect(page).toHaveURL(/\/admin\/services$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servicii și formulare');
  await expect(main(page).getByRole('status')).toContainText(/servicii · pagina 1 din \d+/);
  await expectNoAxeViolations(page);

  // Searched without diacritics, among the hidden ones.
  const search = page.getByRole('search', { name: 'Căutarea serviciilor' });
  await search.getByLabel('Cuvinte de căutat').fill(`serviciu de proba ${service.letters}`);
  await search.getByLabel('Starea').selectOption({ label: 'Ascunse' });
  await search.getByRole('button', { name: 'Caută' }).click();
  await expect(page).toHaveURL(/status=hidden/);
  const rows = page.getByRole('region', { name: 'Serviciile din catalog' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  const row = page.getByRole('row', { name: new RegExp(service.title) });
  await expect(row).toContainText('Ascuns');
  await expect(row).toContainText('versiunea 2');
  await expect(row).toContainText('Registratură');
  await row.getByRole('link', { name: service.title }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(service.title);
  await expect(main(page)).toContainText('la ghișeul primăriei');
  await expectNoAxeViolations(page);

  // A title emptied is refused next to the field; then a new title and fee are saved.
  const edit = page.getByRole('region', { name: 'Datele serviciului' });
  await edit.getByLabel('Titlul în română', { exact: true }).fill('');
  await edit.getByRole('button', { name: 'Salvează' }).click();
  await expect(edit.getByRole('alert')).toContainText('Scrieți titlul serviciului (cel puțin 3 caractere).');
  const renamed = `${service.title} actualizat`;
  await edit.getByLabel('Titlul în română', { exact: true }).fill(renamed);
  await edit.getByLabel('Taxa fixă (lei)').fill('25,5');
  await edit.getByRole('button', { name: 'Salvează' }).click();
  await expect(edit.getByRole('status')).toHaveText('Modificările au fost salvate.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  await expect(edit.getByLabel('Taxa fixă (lei)')).toHaveValue('25,50');

  // The term in working days, with tacit approval: its legal text is required, said next to the field.
  await edit.getByLabel('În zile lucrătoare').check();
  await edit.getByLabel('Termenul legal de răspuns (zile)').fill('5');
  await edit.getByLabel('Termenul se suspendă cât timp se așteaptă plata unei taxe').uncheck();
  await edit.getByLabel(/^Aprobare tacită/).check();
  await edit.getByRole('button', { name: 'Salvează' }).click();
  const basisRo = edit.getByLabel('Textul legal al aprobării tacite în română');
  await expect(basisRo).toHaveAccessibleDescription(/Scrieți textul legal al aprobării tacite \(cel puțin 10 caractere\) sau debifați aprobarea tacită\./);
  await expectNoAxeViolations(page);
  await basisRo.fill('OUG nr. 27/2003 privind procedura aprobării tacite, art. 2 alin. (1)');
  await edit.getByLabel('Textul legal al aprobării tacite în engleză').fill('Government Emergency Ordinance No. 27/2003, Article 2(1)');
  await edit.getByRole('button', { name: 'Salvează' }).click();
  await expect(edit.getByRole('status')).toHaveText('Modificările au fost salvate.');
  await page.reload();
  await expect(edit.getByLabel('În zile lucrătoare')).toBeChecked();
  await expect(edit.getByLabel('Termenul se suspendă cât timp se așteaptă plata unei taxe')).not.toBeChecked();
  await expect(edit.getByLabel('Textul legal al aprobării tacite în română')).toHaveValue('OUG nr. 27/2003 privind procedura aprobării tacite, art. 2 alin. (1)');

  const state = page.getByRole('region', { name: 'Afișare în catalog' });
  await state.getByRole('button', { name: 'Afișează în catalog' }).click();
  await expect(state.getByRole('status')).toHaveText('Serviciul este afișat în catalog.');
  await expect(page.getByRole('paragraph').filter({ hasText: /^Afișat ·/ })).toBeVisible();
  await state.getByRole('button', { name: 'Ascunde din catalog' }).click();
  await expect(state.getByRole('status')).toHaveText('Serviciul a fost ascuns.');
  await expect(state.getByRole('button', { name: 'Afișează în catalog' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Versiuni' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Versiunile formularului: ${renamed}`);
  await expect(page.getByRole('row', { name: /Versiunea 2/ })).toContainText('Ana Popescu');
  await expect(page.getByRole('row', { name: /Versiunea 1/ })).toContainText('Datele inițiale ale portalului');
  const compare = page.getByRole('region', { name: 'Compară două versiuni' });
  await expect(compare.getByRole('heading', { name: 'Ce s-a schimbat de la versiunea 1 la versiunea 2' })).toBeVisible();
  await expect(compare).toContainText('electronic, în portal → la ghișeul primăriei');
  await expect(compare.getByRole('heading', { name: 'Câmpuri eliminate' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The other way round: the field comes back.
  await compare.getByLabel('De la').selectOption({ label: 'Versiunea 2' });
  await compare.getByLabel('La', { exact: true }).selectOption({ label: 'Versiunea 1' });
  await compare.getByRole('button', { name: 'Compară' }).click();
  await expect(page).toHaveURL(/from=2&to=1/);
  await expect(compare.getByRole('heading', { name: 'Ce s-a schimbat de la versiunea 2 la versiunea 1' })).toBeVisible();
  await expect(compare.getByRole('heading', { name: 'Câmpuri adăugate' })).toBeVisible();
  await expect(compare).toContainText('la ghișeul primăriei → electronic, în portal');
});

test('the administrator creates a service, is told why it cannot be shown yet, and imports an exported service', async ({ page }) => {
  test.setTimeout(150_000);
  const source = await createTrialService();
  const letters = uniqueLetters();
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/services/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serviciu nou');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Creează serviciul' }).click();
  await expect(main(page).getByRole('alert').first()).toContainText('Identificatorul are 3–80 de caractere');
  await page.getByLabel('Identificatorul (adresa în catalog)').fill(`adeverinta-noua-${letters}`);
  await page.getByLabel('Titlul în română', { exact: true }).fill(`Adeverință nouă ${letters}`);
  await page.getByLabel('Titlul în engleză', { exact: true }).fill('New certificate');
  await page.getByLabel('Descrierea scurtă în română').fill('Eliberarea unei adeverințe noi.');
  await page.getByLabel('Descrierea scurtă în engleză').fill('Issuing a new certificate.');
  await page.getByLabel('Descrierea în română', { exact: true }).fill('Descrierea completă a adeverinței noi.');
  await page.getByLabel('Descrierea în engleză', { exact: true }).fill('The full description of the new certificate.');
  await page.getByLabel('Categoria', { exact: true }).selectOption({ label: 'Relația cu cetățenii' });
  await page.getByLabel('Compartimentul care rezolvă cererile').selectOption({ label: 'Registratură' });
  await page.getByRole('checkbox', { name: 'Persoane juridice (firme)' }).check();
  await page.getByRole('button', { name: 'Creează serviciul' }).click();

  await expect(page).toHaveURL(/\/admin\/services\/[^/]+\?created=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Adeverință nouă ${letters}`);
  await expect(main(page).getByRole('status').first()).toContainText('Serviciul a fost creat și este ascuns.');
  await expect(page.getByRole('link', { name: 'Formular', exact: true })).toHaveAttribute('href', /\/form$/);
  const state = page.getByRole('region', { name: 'Afișare în catalog' });
  await state.getByRole('button', { name: 'Afișează în catalog' }).click();
  await expect(state.getByRole('alert')).toHaveText('Serviciul nu poate fi afișat: nu are încă un formular publicat. Creați formularul și publicați-l.');
  await expectNoAxeViolations(page);

  // The export of another service, as another city hall would receive it.
  const exported = await page.request.get(`/admin/services/${source.id}/export`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-disposition']).toBe(`attachment; filename="${source.slug}.service.json"`);
  const file = (await exported.json()) as { service: { slug: string; titleRo: string } };
  expect(file.service.titleRo).toBe(source.title);

  await page.goto('/admin/services');
  const importing = page.getByRole('region', { name: 'Importă un serviciu' });
  await importing.getByLabel('Conținutul fișierului (JSON)').fill('{"format": "altceva", "formatVersion": 1}');
  await importing.getByRole('button', { name: 'Importă' }).click();
  await expect(importing.getByRole('alert')).toContainText('Fișierul nu a fost importat');
  await expect(importing.getByRole('alert')).toContainText('Nu este una dintre valorile permise.');

  const slug = `serviciu-importat-${letters}`;
  await importing.getByLabel('Conținutul fișierului (JSON)').fill(JSON.stringify({ ...file, service: { ...file.service, slug } }));
  await importing.getByRole('button', { name: 'Importă' }).click();
  await expect(importing.getByRole('status')).toContainText(`Serviciul „${slug}” a fost importat, ascuns, cu versiunea 1 a formularului.`);
  await importing.getByRole('link', { name: 'Deschide serviciul' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
  await expect(page.getByText(`Ascuns · ${slug}`)).toBeVisible();
});

test('a clerk gets 403 on the services administration and its export', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  const [service] = await sql<{ id: string }>(`SELECT id FROM "Service" WHERE slug = 'petitie-sesizare'`);
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(nav(page).getByRole('link', { name: 'Servicii și formulare' })).toHaveCount(0);
  for (const path of ['/admin/services', '/admin/services/new', `/admin/services/${service!.id}`, `/admin/services/${service!.id}/versions`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
  }
  const exported = await page.request.get(`/admin/services/${service!.id}/export`);
  expect(exported.status()).toBe(403);
});
