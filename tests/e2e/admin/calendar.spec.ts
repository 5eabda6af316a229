import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Secțiunile administrării' });
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

test('the administrator sees the 2027 holidays, adds a day off with its note, sees it and removes it; a wrong day is refused next to the field', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Calendar' }).click();
  await expect(page).toHaveURL(/\/admin\/calendar$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendarul zilelor lucrătoare');
  await expectNoAxeViolations(page);

  await page.getByLabel('Anul', { exact: true }).selectOption('2027');
  await page.getByRole('button', { name: 'Arată anul' }).click();
  await expect(page).toHaveURL(/\/admin\/calendar\?year=2027$/);
  const holidays = page.getByRole('region', { name: 'Sărbătorile legale din 2027' });
  // Orthodox Easter 2027 is on 2 May: Good Friday is 30 April.
  await expect(holidays.getByRole('row', { name: /Vinerea Mare/ })).toHaveText(/30\.04\.2027\s*vineri\s*Vinerea Mare/);
  await expect(holidays.getByRole('row', { name: /Boboteaza/ })).toContainText('06.01.2027');
  await expect(holidays.getByRole('row', { name: /Sfântul Ion/ })).toContainText('07.01.2027');
  await expect(holidays.getByRole('row', { name: /A doua zi de Paște/ })).toContainText('03.05.2027');
  await expect(holidays.getByRole('row')).toHaveCount(18);
  // Each table is named by the heading of its section.
  await expect(holidays.getByRole('table', { name: 'Sărbătorile legale din 2027' })).toBeVisible();
  const days = page.getByRole('region', { name: 'Zilele stabilite de administrator în 2027' });
  await expect(days.getByRole('row', { name: /31\.12\.2027/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Saturday 18 December 2027 is free already: refused next to the date.
  const add = page.getByRole('region', { name: 'Adaugă o zi' });
  await add.getByLabel('Data').fill('2027-12-18');
  await add.getByLabel(/Zi liberă acordată/).check();
  await add.getByLabel('Nota în română').fill('HG nr. 1234/2027 – zi liberă acordată');
  await add.getByLabel('Nota în engleză').fill('Government Decision No. 1234/2027 – day off granted');
  await add.getByRole('button', { name: 'Adaugă ziua' }).click();
  const refusal = 'Ziua aleasă este sâmbătă sau duminică, deci este deja liberă. O zi liberă acordată este o zi de luni până vineri.';
  await expect(add.getByLabel('Data')).toHaveAccessibleDescription(new RegExp(refusal.replace(/[.()]/g, '\\$&')));
  await expect(add.getByRole('alert')).toContainText(refusal);
  await expectNoAxeViolations(page);

  // Friday 31 December 2027 made a day off.
  await add.getByLabel('Data').fill('2027-12-31');
  await add.getByRole('button', { name: 'Adaugă ziua' }).click();
  await expect(add.getByRole('status')).toHaveText('Ziua 31.12.2027 a fost adăugată în calendar. Termenele cererilor care trec peste ea se recalculează.');
  await expect(days.getByRole('table', { name: 'Zilele stabilite de administrator în 2027' })).toBeVisible();
  const row = days.getByRole('row', { name: /31\.12\.2027/ });
  await expect(row).toContainText('vineri');
  await expect(row).toContainText('Zi liberă acordată');
  await expect(row).toContainText('HG nr. 1234/2027 – zi liberă acordată');
  await expectNoAxeViolations(page);

  // The same day again is refused next to the field.
  await add.getByLabel('Data').fill('2027-12-31');
  await add.getByLabel('Nota în română').fill('Din nou');
  await add.getByLabel('Nota în engleză').fill('Again');
  await add.getByRole('button', { name: 'Adaugă ziua' }).click();
  await expect(add.getByLabel('Data')).toHaveAccessibleDescription(/Ziua aleasă este deja în calendar/);

  await row.getByRole('button', { name: 'Scoate ziua 31.12.2027' }).click();
  await page.getByRole('group', { name: 'Scoateți ziua 31.12.2027 din calendar?' }).getByRole('button', { name: 'Da', exact: true }).click();
  await expect(days.getByRole('row', { name: /31\.12\.2027/ })).toHaveCount(0);

  // The audit log says it in words.
  await nav(page).getByRole('link', { name: 'Jurnal de audit' }).click();
  const removed = page.getByRole('row').filter({ hasText: 'Zi scoasă din calendar' }).first();
  await expect(removed).toContainText('2027-12-31');
  // The kind of day by its name, before → after: not the stored DAY_OFF.
  await expect(removed).toContainText('Zi liberă acordată → —');
  await expect(removed).not.toContainText('DAY_OFF');
});

test('a clerk gets 403 on the calendar and does not see its link', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(nav(page).getByRole('link', { name: 'Calendar' })).toHaveCount(0);
  const response = await page.goto('/admin/calendar?year=2027');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
});
