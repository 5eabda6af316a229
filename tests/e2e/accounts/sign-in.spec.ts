import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support';
import { createUser, linkIn, login, sql, waitForEmail } from '../fixtures';

test('a wrong password gets one clear message, and the auth pages have no axe violations', async ({ page }) => {
  const user = await createUser();
  await page.goto('/login');
  await expectNoAxeViolations(page);
  await login(page, user.email, 'nu este parola corectă');
  await expect(page.getByRole('main').getByRole('alert').first()).toHaveText('Adresa de e-mail sau parola nu sunt corecte.');
  await expect(page.getByLabel('Parola', { exact: true })).toHaveValue('');
  await expectNoAxeViolations(page);
  // An unknown address gets exactly the same message.
  await login(page, 'nimeni.aici@exemplu.ro', 'nu este parola corectă');
  await expect(page.getByRole('main').getByRole('alert').first()).toHaveText('Adresa de e-mail sau parola nu sunt corecte.');

  for (const path of ['/forgot-password', '/reset-password?token=invalid-token-value-123456', '/activate?token=invalid-token-value-123456']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('forgot password: the emailed link sets a new password, the old one stops working, and the link is single use', async ({ page }) => {
  const user = await createUser();
  await page.goto('/forgot-password');
  await page.getByLabel('Adresa de e-mail').fill(user.email);
  await page.getByRole('button', { name: 'Trimite linkul' }).click();
  await expect(page.getByRole('status')).toContainText('Dacă există un cont cu această adresă');

  const mail = await waitForEmail(user.email, /Resetarea parolei/);
  const link = linkIn(mail, '/reset-password?token=');
  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByLabel('Parola', { exact: true }).fill('noua mea frază de acces');
  await page.getByLabel('Repetați parola').fill('noua mea frază de acces');
  await page.getByRole('button', { name: 'Salvează parola nouă' }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole('status')).toHaveText('Parola a fost schimbată. Autentificați-vă cu parola nouă.');

  await login(page, user.email);
  await expect(page.getByRole('main').getByRole('alert').first()).toHaveText('Adresa de e-mail sau parola nu sunt corecte.');
  await login(page, user.email, 'noua mea frază de acces');
  await expect(page).toHaveURL(/\/dashboard$/);
  await waitForEmail(user.email, /Parola contului a fost schimbată/);

  await page.goto(link);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Linkul a fost deja folosit.');
});

test('an expired link says so and offers a new one', async ({ page }) => {
  const user = await createUser({ status: 'PENDING_ACTIVATION' });
  const token = crypto.randomBytes(32).toString('base64url');
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  await sql(`INSERT INTO "VerificationToken" (id, "userId", "tokenHash", purpose, "expiresAt") VALUES ($1, $2, $3, 'ACTIVATE', now() - interval '1 hour')`, [
    crypto.randomUUID(),
    user.id,
    hash,
  ]);
  await page.goto(`/activate?token=${token}`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Linkul a expirat. Cereți unul nou mai jos.');
  await page.getByLabel('Adresa de e-mail a contului').fill(user.email);
  await page.getByRole('button', { name: 'Trimite din nou linkul' }).click();
  const mail = await waitForEmail(user.email, /Activați contul/);
  await page.goto(linkIn(mail, '/activate?token='));
  await expect(page).toHaveURL(/\/login\?activated=1$/);
});

test('after sign-in the user returns to the page they asked for', async ({ page }) => {
  const user = await createUser();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  await page.getByLabel('Adresa de e-mail').fill(user.email);
  await page.getByLabel('Parola', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Intră în cont' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Setările contului');
});
