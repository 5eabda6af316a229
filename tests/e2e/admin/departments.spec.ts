import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Secțiunile administrării' });
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Letters only, different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

test('the administrator creates a department, renames it, adds a clerk, and is told why a department with services cannot be deleted', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Compartiment de probă ${uniqueLetters()}`;
  const renamed = `${name} redenumit`;
  // The clerk exists already (set up through the data layer), a member of Urbanism.
  const clerk = await createUser({ role: 'CLERK', firstName: 'Sorina', lastName: `Bălan${uniqueLetters()}` });
  await sql(`INSERT INTO "DepartmentMember" ("departmentId", "userId") SELECT id, $1 FROM "Department" WHERE slug = 'urbanism'`, [clerk.id]);

  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Compartimente' }).click();
  await expect(page).toHaveURL(/\/admin\/departments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compartimente');
  await expect(page.getByRole('row', { name: /Urbanism și amenajarea teritoriului/ })).toContainText('Activ');
  await expectNoAxeViolations(page);

  // An empty name is refused next to the field before anything is sent.
  await page.getByRole('button', { name: 'Creează compartimentul' }).click();
  await expect(main(page).getByRole('alert').first()).toContainText('Scrieți numele compartimentului (cel puțin 2 caractere).');
  await page.getByLabel('Numele în română').fill(name);
  await page.getByLabel('Numele în engleză').fill('Trial department');
  await page.getByLabel('Telefonul compartimentului').fill('0233 741 119');
  await page.getByRole('button', { name: 'Creează compartimentul' }).click();
  await expect(main(page).getByRole('status')).toHaveText(`Compartimentul „${name}” a fost creat.`);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Activ');
  await row.getByRole('link', { name }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectNoAxeViolations(page);
  const edit = page.getByRole('region', { name: 'Nume și date de contact' });
  await edit.getByLabel('Numele în română').fill(renamed);
  await edit.getByRole('button', { name: 'Salvează' }).click();
  await expect(edit.getByRole('status')).toHaveText('Modificările au fost salvate.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);

  const members = page.getByRole('region', { name: 'Membri' });
  await members.getByLabel('Funcționarul').selectOption({ label: `${clerk.name} (${clerk.email})` });
  await members.getByRole('button', { name: 'Adaugă în compartiment' }).click();
  await expect(members.getByRole('status')).toHaveText('Funcționarul a fost adăugat în compartiment.');
  await expect(members.getByRole('link', { name: clerk.name })).toBeVisible();
  await expect(members).toContainText('2 compartimente');
  await expectNoAxeViolations(page);

  // Urbanism handles services: it cannot be deleted, and the page says why.
  const [urbanism] = await sql<{ id: string }>(`SELECT id FROM "Department" WHERE slug = 'urbanism'`);
  await page.goto(`/admin/departments/${urbanism!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urbanism și amenajarea teritoriului');
  await page.getByRole('button', { name: 'Șterge compartimentul' }).click();
  await page.getByRole('group', { name: 'Ștergeți definitiv compartimentul „Urbanism și amenajarea teritoriului”?' }).getByRole('button', { name: 'Da', exact: true }).click();
  await expect(main(page).getByRole('alert')).toHaveText(
    'Compartimentul nu poate fi șters: are servicii (active sau ascunse). Mutați serviciile la alt compartiment sau dezactivați compartimentul.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urbanism și amenajarea teritoriului');
  await expectNoAxeViolations(page);

  // The audit log says it in words: before → after.
  await nav(page).getByRole('link', { name: 'Jurnal de audit' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Compartiment redenumit sau date de contact schimbate' }).first()).toContainText(`${name} → ${renamed}`);
});

test('the administrator creates a category and moves it up with the keyboard; an empty category is deleted', async ({ page }) => {
  test.setTimeout(90_000);
  const name = `Categorie de probă ${uniqueLetters()}`;
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Categorii de servicii' }).click();
  await expect(page).toHaveURL(/\/admin\/categories$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Categorii de servicii');
  await expectNoAxeViolations(page);

  const create = page.getByRole('region', { name: 'Categorie nouă' });
  await create.getByLabel('Numele în română').fill(name);
  await create.getByLabel('Numele în engleză').fill('Trial category');
  await create.getByRole('button', { name: 'Creează categoria' }).click();
  await expect(create.getByRole('status')).toHaveText(`Categoria „${name}” a fost creată, la sfârșitul listei.`);

  const items = page.getByRole('region', { name: 'Ordinea în catalog' }).getByRole('listitem');
  // Counted once the refreshed list shows it, last.
  await expect(items.last()).toContainText(name);
  const count = await items.count();
  await expect(page.getByRole('button', { name: `Mai jos (${name})` })).toBeDisabled();

  // By keyboard: focus the button, press Enter; the focus stays on it in the category's new place.
  const up = page.getByRole('button', { name: `Mai sus (${name})` });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(count - 2).getByRole('status')).toHaveText(`„${name}” este acum pe locul ${count - 1} din ${count}.`);
  await expect(items.nth(count - 2)).toContainText(name);
  await expect(items.last()).not.toContainText(name);
  await expect(up).toBeFocused();
  await expectNoAxeViolations(page);

  // Empty: it can be deleted; the list closes up.
  const item = items.filter({ hasText: name });
  await item.getByRole('button', { name: `Șterge categoria (${name})` }).click();
  await item.getByRole('button', { name: 'Da', exact: true }).click();
  await expect(items.filter({ hasText: name })).toHaveCount(0);
  await expect(items).toHaveCount(count - 1);
});

test('a clerk gets 403 on departments and categories, and does not see their links', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  const [urbanism] = await sql<{ id: string }>(`SELECT id FROM "Department" WHERE slug = 'urbanism'`);
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(nav(page).getByRole('link', { name: 'Compartimente' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Categorii de servicii' })).toHaveCount(0);
  for (const path of ['/admin/departments', `/admin/departments/${urbanism!.id}`, '/admin/categories']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
  }
});
