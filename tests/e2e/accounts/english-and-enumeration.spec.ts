import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useLocale } from '../support';
import { createUser } from '../fixtures';

test('the registration form speaks English when English is chosen', async ({ page, context }) => {
  await useLocale(context, 'en');
  await page.goto('/register');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await page.getByLabel('CNP (personal numeric code)').fill('1800101123456');
  await page.getByRole('button', { name: 'Create the account' }).click();
  const summary = page.getByRole('main').getByRole('alert').first();
  await expect(summary).toContainText('The form has');
  await expect(summary).toContainText('Fill in the last name.');
  await expect(summary).toContainText('The CNP is not valid: the check digit does not match.');
  await expect(summary).toContainText('You must accept the Terms and conditions.');
  await expectNoAxeViolations(page);
});

/** The raw answer of the "forgot password" server action for an address, captured on the way. */
async function forgotPasswordAnswer(page: Page, email: string): Promise<Buffer> {
  let body: Buffer | undefined;
  await page.route('**/forgot-password', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    body = await response.body();
    await route.fulfill({ response, body });
  });
  await page.goto('/forgot-password');
  await page.getByLabel('Adresa de e-mail').fill(email);
  await page.getByRole('button', { name: 'Trimite linkul' }).click();
  await expect(page.getByRole('status')).toContainText('Dacă există un cont cu această adresă');
  await page.unrouteAll();
  expect(body).toBeDefined();
  return body as Buffer;
}

test('"forgot password" answers byte for byte the same for an existing and an unknown address', async ({ page }) => {
  const user = await createUser();
  const existing = await forgotPasswordAnswer(page, user.email);
  const unknown = await forgotPasswordAnswer(page, 'nu.exista.deloc@exemplu.ro');
  expect(unknown.equals(existing)).toBe(true);
});
