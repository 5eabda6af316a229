import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support';
import { createUser, login, signIn, sql } from '../fixtures';

test('a citizen opening /admin is refused, even with a forged x-middleware-subrequest header', async ({ page, browser }) => {
  const citizen = await createUser();
  await signIn(page, citizen.email);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto('/admin');
  await expect(page).toHaveURL(/\/dashboard$/);

  // If the middleware were skipped, the page itself still refuses.
  const context = page.context();
  await context.setExtraHTTPHeaders({ 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' });
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Contul meu|Nu aveți acces la această pagină/);
  await expect(page.getByRole('heading', { name: 'Administrare' })).toHaveCount(0);

  // Anonymous with the header: still sent to the login page.
  const anonymous = await browser.newContext({ extraHTTPHeaders: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' } });
  const anonPage = await anonymous.newPage();
  await anonPage.goto('/admin');
  await expect(anonPage).toHaveURL(/\/login\?next=%2Fadmin$/);
  await anonymous.close();
});

test('staff land on /admin; the demo clerk sees their department', async ({ page }) => {
  await login(page, 'clerk@demo.local', 'Demo-Parola-2026');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cereri');
  // The department filter offers only the clerk's own department.
  await expect(page.getByLabel('Compartiment', { exact: true }).getByRole('option')).toHaveText(['Toate compartimentele', 'Taxe și impozite locale']);
  await expectNoAxeViolations(page);
});

test('"sign out everywhere" ends the sessions on the other devices too', async ({ browser }) => {
  const user = await createUser();
  const phone = await browser.newContext();
  const laptop = await browser.newContext();
  const phonePage = await phone.newPage();
  const laptopPage = await laptop.newPage();
  await signIn(phonePage, user.email);
  await signIn(laptopPage, user.email);
  await expect(laptopPage).toHaveURL(/\/dashboard$/);

  await phonePage.goto('/account');
  await phonePage.getByRole('button', { name: 'Ieșire de pe toate dispozitivele' }).click();
  await expect(phonePage).toHaveURL(/\/login\?loggedOut=1$/);

  await laptopPage.goto('/dashboard');
  await expect(laptopPage).toHaveURL(/\/login\?next=%2Fdashboard$/);
  await phone.close();
  await laptop.close();
});

test('the /admin page checks the role in the database itself: a clerk demoted after signing in gets 403', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  // The session cookie still says CLERK, so the middleware lets the request through.
  await sql(`UPDATE "User" SET role = 'CITIZEN' WHERE id = $1`, [clerk.id]);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
  await expectNoAxeViolations(page);
});
