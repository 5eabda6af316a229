/**
 * Issue 6, paying a fee: the embedded default has no online payment provider, so the fee panel
 * offers the bank details and the proof upload only, and says that card payment is not configured.
 * (With a provider, the "Plătiți online" path is covered by tests/integration/payments.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { clerkTakesRequest, fileFiscalCertificate, inDays, requestFee } from '../journeys';
import { expectNoAxeViolations } from '../support';

test('without a payment provider, the fee panel offers bank transfer only and says so', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = await createUser();
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);

  const clerk = await clerkTakesRequest(browser, request.id);
  await requestFee(clerk, inDays(15));
  await clerk.context().close();

  await page.goto(`/requests/${request.id}`);
  const pay = page.getByRole('region', { name: 'De plată: 125,50 lei' });
  await expect(pay).toContainText('Plata online prin card nu este configurată.');
  await expect(pay.getByRole('button', { name: 'Trimite dovada plății' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plătiți online' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
