/**
 * Issue 17, a request's fee paid online: in the embedded default the card payment goes to the
 * local test provider; paying there moves the request back into review, as a confirmed payment does.
 */
import { expect, test } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { clerkTakesRequest, fileFiscalCertificate, inDays, requestFee } from '../journeys';
import { expectNoAxeViolations } from '../support';

test('a fee paid online on the test provider moves the request to review', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = await createUser();
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);

  const clerk = await clerkTakesRequest(browser, request.id);
  await requestFee(clerk, inDays(15));
  await clerk.context().close();

  await page.goto(`/requests/${request.id}`);
  const pay = page.getByRole('region', { name: 'De plată: 125,50 lei' });
  await expect(pay).toContainText('Plătiți 125,50 lei cu cardul');
  await expect(pay.getByRole('button', { name: 'Trimite dovada plății' })).toBeVisible();
  await expectNoAxeViolations(page);
  await pay.getByRole('button', { name: 'Plătiți online' }).click();

  await page.waitForURL(/\/dev\/payments\//);
  await page.getByRole('button', { name: 'Plătește (test)' }).click();
  await page.waitForURL(/\/taxes\/payments\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Plata a fost înregistrată' })).toBeVisible();
  await page.getByRole('link', { name: /^Înapoi la cererea / }).click();

  await expect(page.getByRole('main').getByText('În analiză', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'De plată: 125,50 lei' })).toHaveCount(0);
  await expect(page.getByText('Plată confirmată').first()).toBeVisible();
});
