import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support';
import { createUser, linkIn, login, signIn, waitForEmail } from '../fixtures';

test('the account page: edit the profile, a CNP change needs the password, download my data', async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email);
  await page.goto('/account');
  await expectNoAxeViolations(page);

  await page.getByLabel('Telefon').fill('0233 741 119');
  await page.getByRole('button', { name: 'Salvează modificările' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Modificările au fost salvate.');

  await page.getByLabel('CNP', { exact: true }).fill('5240508700015');
  await page.getByRole('button', { name: 'Salvează modificările' }).click();
  await expect(page.getByText('Parola nu este corectă.').first()).toBeVisible();
  await page.getByLabel(/Parola actuală \(doar dacă/).fill(user.password);
  await page.getByRole('button', { name: 'Salvează modificările' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Modificările au fost salvate.');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Descarcă datele mele' }).click();
  const file = await (await download).path();
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8'));
  expect(data).toMatchObject({ email: user.email, personProfile: { cnp: '5240508700015', phone: '+40233741119' }, requests: [] });
});

test('changing the email address is confirmed from a link sent to the new address, with a notice to the old one', async ({ page }) => {
  const user = await createUser();
  const newEmail = `nou.${user.email}`;
  await signIn(page, user.email);
  await page.goto('/account');
  await page.getByLabel('Adresa nouă').fill(newEmail);
  await page.getByRole('region', { name: 'Adresa de e-mail' }).getByLabel('Parola actuală').fill(user.password);
  await page.getByRole('button', { name: 'Schimbă adresa' }).click();
  await expect(page.getByText('Am trimis un link de confirmare la adresa nouă.')).toBeVisible();

  const mail = await waitForEmail(newEmail, /Confirmați noua adresă/);
  await page.goto(linkIn(mail, '/account/confirm-email?token='));
  await expect(page.getByRole('status')).toContainText('Adresa de e-mail a contului a fost schimbată.');
  await waitForEmail(user.email, /Adresa de e-mail a contului a fost schimbată/);

  // The account now signs in with the new address only.
  await page.getByRole('button', { name: 'Ieșire' }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1$/);
  await login(page, user.email);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Adresa de e-mail sau parola nu sunt corecte.');
  await signIn(page, newEmail);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('changing the password signs out and the new password works', async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Parola', exact: true });
  await section.getByLabel('Parola actuală').fill(user.password);
  await section.getByLabel('Parola nouă').fill('o altă frază destul de lungă');
  await section.getByLabel('Repetați parola').fill('o altă frază destul de lungă');
  await page.getByRole('button', { name: 'Schimbă parola' }).click();
  await expect(page).toHaveURL(/\/login\?passwordChanged=1$/);
  await login(page, user.email, 'o altă frază destul de lungă');
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('deleting the account needs the password and erases it', async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Ștergerea contului' });
  await section.getByLabel('Parola actuală').fill('nu este parola');
  await section.getByLabel(/Înțeleg că ștergerea/).check();
  await page.getByRole('button', { name: 'Șterge contul' }).click();
  await expect(section.getByLabel('Parola actuală')).toHaveAccessibleDescription('Parola nu este corectă.');
  await section.getByLabel('Parola actuală').fill(user.password);
  await page.getByRole('button', { name: 'Șterge contul' }).click();
  await expect(page.getByText('Contul a fost șters.').first()).toBeVisible();
  await expect(page).toHaveURL(/\/login\?deleted=1$/, { timeout: 15_000 });
  await login(page, user.email);
  await expect(page.getByRole('main').getByRole('alert').first()).toHaveText('Adresa de e-mail sau parola nu sunt corecte.');
});
