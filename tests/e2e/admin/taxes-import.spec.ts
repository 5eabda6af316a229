import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Secțiunile administrării' });
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };
const HEADER = 'id_obligatie;cod_fiscal;nume_contribuabil;an;tip;descriere;debit;majorari;platit;scadenta;ordine_plata';

/** A CSV export whose obligation ids are this run's own, so that a second run imports them anew. */
function exportFile(rows: (id: string) => string[]) {
  const run = crypto.randomBytes(4).toString('hex');
  return Buffer.from([HEADER, ...rows(run)].join('\n'), 'utf8');
}

test('the administrator uploads a file with a bad row and sees it named by its line, then a good one and sees how many rows came', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Importul taxelor' }).click();
  await expect(page).toHaveURL(/\/admin\/taxes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importul obligațiilor fiscale');
  // The demo export, imported at the first start.
  await expect(page.getByRole('table', { name: 'Fișierele importate, de la cel mai nou' }).getByRole('row', { name: /taxes-demo\.csv/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole('region', { name: 'Importă un fișier' });
  const bad = exportFile((run) => [
    `E2E-${run}-A;2750512270033;Popa Maria;2026;teren;Teren;64,00;;;30.09.2026;1`,
    `E2E-${run}-B;2750512270033;Popa Maria;2026;auto;"Autoturism; 1.598 cm³";288;;;30.09.2026;1`,
    `E2E-${run}-C;1800101270019;Vasilescu Ion;2026;cladiri;Clădire;215,50;;;31.03.2026;1`,
    `E2E-${run}-D;2750512270033;Popa Maria;2026;cladiri;Clădire;215,50;;;31.02.2026;1`,
  ]);
  await form.getByLabel('Fișierul exportat').setInputFiles({ name: 'export-gresit.csv', mimeType: 'text/csv', buffer: bad });
  await form.getByRole('button', { name: 'Importă fișierul' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Fișierul nu a fost importat: 2 greșeli.');
  await expect(alert.getByRole('listitem')).toHaveText(['Linia 4: CNP invalid: cifra de control nu se potrivește.', 'Linia 5: Scadența trebuie să fie o dată reală, scrisă AAAA-LL-ZZ sau ZZ.LL.AAAA.']);
  // Nothing of it was imported.
  await expect(page.getByRole('table', { name: 'Fișierele importate, de la cel mai nou' }).getByRole('row', { name: /export-gresit\.csv/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const good = exportFile((run) => [
    `E2E-${run}-A;2750512270033;Popa Maria;2026;teren;Teren;64,00;;;30.09.2026;1`,
    `E2E-${run}-B;2750512270033;Popa Maria;2026;auto;"Autoturism; 1.598 cm³";288;;;30.09.2026;1`,
  ]);
  await form.getByLabel('Fișierul exportat').setInputFiles({ name: 'export-bun.csv', mimeType: 'text/csv', buffer: good });
  await form.getByRole('button', { name: 'Importă fișierul' }).click();
  await expect(form.getByRole('status')).toContainText('Fișierul „export-bun.csv” a fost importat: 2 rânduri — 2 noi, 0 actualizate');
  await expect(form.getByRole('alert')).toHaveCount(0);
  const row = page.getByRole('table', { name: 'Fișierele importate, de la cel mai nou' }).getByRole('row', { name: /export-bun\.csv/ });
  await expect(row).toContainText('Ana Popescu');
  await expect(row.getByRole('cell').nth(2)).toHaveText('2');
  await expectNoAxeViolations(page);
});

test('a clerk outside the tax department gets 403 on the tax import and does not see its link', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(nav(page).getByRole('link', { name: 'Importul taxelor' })).toHaveCount(0);
  const response = await page.goto('/admin/taxes');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
});
