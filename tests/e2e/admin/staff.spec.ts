import crypto from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createUser, linkIn, login, PASSWORD, signIn, uniqueEmail, waitForEmail } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const main = (page: Page) => page.getByRole('main');
/** The value recorded under a label in an audit row's details. */
const detail = (row: Locator, label: string) => row.locator('dt', { hasText: `${label}:` }).locator('xpath=following-sibling::dd[1]');
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Letters only (names refuse digits), different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

test('an administrator invites a clerk for Urbanism, who sets a password and signs in; disabling ends their session; the audit log lists it all', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('functionar');
  const lastName = `Moldovan${uniqueLetters()}`;

  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('navigation', { name: 'Secțiunile administrării' }).getByRole('link', { name: 'Personal' }).click();
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal');
  await expectNoAxeViolations(page);

  await page.getByLabel('Numele', { exact: true }).fill(lastName);
  await page.getByLabel('Prenumele', { exact: true }).fill('Irina');
  await page.getByLabel('Adresa de e-mail').fill(email);
  await expect(page.getByRole('radio', { name: 'Funcționar' })).toBeChecked();
  // A clerk without a department could do nothing: the form says so before anything is sent.
  await page.getByRole('button', { name: 'Creează contul și trimite invitația' }).click();
  await expect(main(page).getByRole('alert').first()).toContainText('Alegeți cel puțin un compartiment pentru un funcționar.');
  await page.getByRole('checkbox', { name: 'Urbanism și amenajarea teritoriului' }).check();
  await page.getByRole('button', { name: 'Creează contul și trimite invitația' }).click();
  await expect(main(page).getByRole('status')).toHaveText(`Contul a fost creat. Invitația a fost trimisă la ${email}.`);
  const row = page.getByRole('row', { name: new RegExp(lastName) });
  await expect(row).toContainText('Invitație trimisă');
  await expect(row).toContainText('Urbanism și amenajarea teritoriului');

  // The invitee opens the emailed link, chooses a password and signs in.
  const mail = await waitForEmail(email, /Invitație/);
  expect(mail.text).toContain('Irina');
  expect(mail.text).toMatch(/valabil 7 zile/);
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(linkIn(mail, '/accept-invite?token='));
  await expect(inviteePage.getByRole('heading', { level: 1 })).toHaveText('Alegeți parola contului de personal');
  await expect(inviteePage.getByRole('main')).toContainText(email);
  await expectNoAxeViolations(inviteePage);
  await inviteePage.getByLabel('Parola', { exact: true }).fill(PASSWORD);
  await inviteePage.getByLabel('Repetați parola').fill(PASSWORD);
  await inviteePage.getByRole('button', { name: 'Salvează parola' }).click();
  await expect(inviteePage).toHaveURL(/\/login\?activated=1$/);
  await login(inviteePage, email, PASSWORD);
  await expect(inviteePage).toHaveURL(/\/admin$/);
  await expect(inviteePage.getByRole('navigation', { name: 'Secțiunile administrării' }).getByRole('link', { name: 'Statistici' })).toBeVisible();

  // The link works once.
  const reused = await invitee.newPage();
  await reused.goto(linkIn(mail, '/accept-invite?token='));
  await expect(main(reused).getByRole('alert').first()).toContainText('Linkul a fost deja folosit.');

  // The administrator disables the account: the clerk's next page load is refused.
  await page.reload();
  await expect(row).toContainText('Activ');
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Irina ${lastName}`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dezactivează contul' }).click();
  await page.getByRole('button', { name: 'Da, dezactivează' }).click();
  await expect(main(page).getByRole('status')).toHaveText('Contul a fost dezactivat.');
  await expect(page.getByRole('button', { name: 'Reactivează contul' })).toBeVisible();

  await inviteePage.goto('/admin');
  await expect(inviteePage).toHaveURL(/\/login\?next=%2Fadmin$/);
  await login(inviteePage, email, PASSWORD);
  await expect(main(inviteePage).getByRole('alert').first()).toContainText('Contul este dezactivat.');
  await invitee.close();

  // The audit log: newest first, the three steps on this account.
  await page.getByRole('navigation', { name: 'Secțiunile administrării' }).getByRole('link', { name: 'Jurnal de audit' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  const entries = page.getByRole('row').filter({ hasText: email });
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Cont dezactivat');
  await expect(entries.nth(1)).toContainText('Parolă aleasă din invitație');
  await expect(entries.nth(2)).toContainText('Cont de personal creat');
  await expect(entries.nth(2)).toContainText('Ana Popescu');
  // The details in words, in Romanian: what was recorded, not the raw JSON.
  await expect(detail(entries.nth(2), 'Rol')).toHaveText('Funcționar');
  await expect(detail(entries.nth(2), 'Compartimente')).toHaveText('urbanism');
  await expect(detail(entries.nth(0), 'Starea anterioară a contului')).toHaveText('Activ');
  await expect(entries.nth(2)).not.toContainText('{');
  await expectNoAxeViolations(page);

  // Filtered by action.
  await page.getByLabel('Acțiunea').selectOption({ label: 'Cont dezactivat' });
  await page.getByRole('button', { name: 'Filtrează' }).click();
  await expect(page).toHaveURL(/action=staff.disable/);
  await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Cont de personal creat' })).toHaveCount(0);

  // Statistics for the administrator: every department, with a period filter.
  await page.goto('/admin/stats');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistici');
  await expect(page.getByText('Toate compartimentele.')).toBeVisible();
  await page.getByRole('link', { name: 'Ultimele 30 de zile' }).click();
  await expect(page).toHaveURL(/period=30d/);
  await expect(page.getByRole('link', { name: 'Ultimele 30 de zile' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('figure', { name: 'Cereri după stare' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a clerk gets 403 on staff administration and the audit log, and sees the statistics of their departments', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  const nav = page.getByRole('navigation', { name: 'Secțiunile administrării' });
  await expect(nav.getByRole('link', { name: 'Personal' })).toHaveCount(0);
  // A clerk of no department is told why the inbox is empty.
  await expect(main(page).getByRole('status')).toHaveText('Nu sunteți încă membru al unui compartiment. Cereți administratorului să vă adauge.');

  for (const path of ['/admin/staff', '/admin/audit']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
  }

  await page.goto('/admin/stats');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistici');
  await expect(page.getByText('Nu sunteți membru al unui compartiment')).toBeVisible();
  await expectNoAxeViolations(page);
});
