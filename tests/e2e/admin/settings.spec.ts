import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Secțiunile administrării' });
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

// The settings are one row shared by every page of the portal: back to the defaults afterwards, so
// that the other journeys see the city hall as they expect.
test.afterAll(async () => {
  await sql(`DELETE FROM "Setting" WHERE key = 'municipality'`);
});

test('the administrator changes the phone and the office hours, is told a bad IBAN is wrong next to the field, saves, and the portal shows them', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Setări' }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Setări');
  await expect(main(page)).toContainText('Setările nu au fost salvate încă');
  await expect(page.getByLabel('Telefonul', { exact: true })).toHaveValue('0233 741 119');
  await expectNoAxeViolations(page);

  const contact = page.getByRole('group', { name: 'Contact' });
  const hours = page.getByRole('group', { name: 'Program de lucru' });
  const payment = page.getByRole('group', { name: 'Plata taxelor' });
  await contact.getByLabel('Telefonul', { exact: true }).fill('0233 555 666');
  await hours.getByLabel('Programul cu publicul, în română').fill('Luni – Joi: 08:00 – 16:30\nVineri: 08:00 – 14:00');
  const iban = payment.getByLabel('IBAN-ul contului de trezorerie');
  // One control digit wrong: refused in the browser, next to the field.
  await iban.fill('RO81 TREZ 4922 440X XXXX XXXX');
  await page.getByRole('button', { name: 'Salvează setările' }).click();
  await expect(payment).toContainText('IBAN invalid: verificați cifrele de control');
  await expect(iban).toHaveAttribute('aria-invalid', 'true');
  await expect(iban).toHaveAccessibleDescription(/IBAN invalid: verificați cifrele de control/);
  await expect(main(page).getByRole('alert')).toContainText('IBAN invalid');
  await expectNoAxeViolations(page);

  // The account stays the one the other journeys pay into, written with spaces: it is kept compact.
  await iban.fill('ro80 trez 4922 440x xxxx xxxx');
  await page.getByRole('button', { name: 'Salvează setările' }).click();
  await expect(main(page).getByRole('status')).toHaveText('Setările au fost salvate. Paginile portalului le arată de acum.');
  await expect(iban).toHaveValue('RO80TREZ4922440XXXXXXXXX');
  await expect(main(page)).toContainText('Ultima salvare:');
  await expect(page.getByRole('contentinfo')).toContainText('0233 555 666');

  await page.goto('/contact');
  const details = page.getByRole('region', { name: 'Adresă' });
  await expect(details).toContainText('0233 555 666');
  await expect(details.getByRole('link', { name: '0233 555 666' })).toHaveAttribute('href', 'tel:+40233555666');
  const shownHours = page.getByRole('region', { name: 'Program cu publicul' }).getByRole('listitem');
  await expect(shownHours).toHaveText(['Luni – Joi: 08:00 – 16:30', 'Vineri: 08:00 – 14:00']);
  await expect(page.getByRole('contentinfo')).toContainText('0233 555 666');
  await expect(page.getByRole('contentinfo')).not.toContainText('0233 741 119');

  // The audit log says it in words: before → after.
  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: 'Setările primăriei schimbate' }).first()).toContainText('0233 741 119 → 0233 555 666');
});

test('a clerk gets 403 on the settings and does not see their link', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(nav(page).getByRole('link', { name: 'Setări' })).toHaveCount(0);
  const response = await page.goto('/admin/settings');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
});
