/**
 * Issue 6, the applicant's own actions on the request page: writing to the city hall and
 * withdrawing, with each error under its field; and another citizen refused on every URL of it.
 */
import { expect, test } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { fileFiscalCertificate } from '../journeys';
import { expectNoAxeViolations } from '../support';

test('the applicant writes to the city hall and withdraws the request; a wrong entry is said under its field', async ({ page }) => {
  test.setTimeout(90_000);
  const citizen = await createUser({ firstName: 'Dan', lastName: 'Pavel' });
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);
  await page.goto(`/requests/${request.id}`);
  const timeline = page.getByRole('region', { name: 'Istoricul cererii' });

  // An empty message: the error is under the field and describes it.
  const write = page.getByRole('region', { name: 'Scrieți primăriei' });
  const message = write.getByRole('textbox', { name: 'Mesajul dumneavoastră' });
  await write.getByRole('button', { name: 'Trimite mesajul' }).click();
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await expect(message).toHaveAccessibleDescription('Completați acest câmp.');
  await message.fill('Pot ridica certificatul de la ghișeu?');
  await write.getByRole('button', { name: 'Trimite mesajul' }).click();
  await expect(timeline).toContainText('Mesaj de la solicitant');
  await expect(timeline).toContainText('Pot ridica certificatul de la ghișeu?');
  await expect(message).not.toHaveAttribute('aria-invalid');
  // Sent: the box is empty again, ready for the next message.
  await expect(message).toHaveValue('');

  // Withdrawing asks first; a reason too long is refused under the reason, and nothing changes.
  const withdraw = page.getByRole('region', { name: 'Retragerea cererii' });
  await withdraw.getByRole('button', { name: 'Retrag cererea' }).click();
  await expect(withdraw).toContainText('Sigur retrageți cererea?');
  const reason = withdraw.getByRole('textbox', { name: 'Motivul (opțional)' });
  await reason.fill('Nu mai am nevoie. '.repeat(120));
  await withdraw.getByRole('button', { name: 'Da, retrag cererea' }).click();
  await expect(reason).toHaveAccessibleDescription('Textul este prea lung.');
  await expect(page.getByRole('main').getByText('Trimisă', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await reason.fill('Am primit certificatul pe altă cale.');
  await withdraw.getByRole('button', { name: 'Da, retrag cererea' }).click();
  await expect(page.getByRole('main').getByText('Retrasă', { exact: true })).toBeVisible();
  await expect(timeline).toContainText('Cerere retrasă');
  await expect(timeline).toContainText('Am primit certificatul pe altă cale.');
  // A closed request: no more writing, no more withdrawing.
  await expect(page.getByRole('region', { name: 'Scrieți primăriei' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Retragerea cererii' })).toHaveCount(0);
});

test('another citizen finds neither the request page, nor its receipt, nor its documents', async ({ page, browser }) => {
  const owner = await createUser();
  await signIn(page, owner.email);
  const request = await fileFiscalCertificate(page);
  const [document] = await sql<{ id: string }>(`SELECT id FROM "Document" WHERE "requestId" = $1`, [request.id]);
  const documentUrl = `/requests/${request.id}/documents/${document!.id}`;
  // The owner may: the document is a short-lived download link.
  expect((await page.request.get(documentUrl, { maxRedirects: 0 })).status()).toBe(303);

  const context = await browser.newContext();
  const stranger = await context.newPage();
  await signIn(stranger, (await createUser()).email);
  const response = await stranger.goto(`/requests/${request.id}`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText('Pagina nu a fost găsită');
  // In the page of the personal space: one header, one main landmark.
  await expect(stranger.getByRole('main')).toHaveCount(1);
  await expect(stranger.getByRole('main')).not.toContainText(request.number);
  await expectNoAxeViolations(stranger);

  const receipt = await stranger.request.get(`/requests/${request.id}/receipt`, { maxRedirects: 0 });
  expect(receipt.status()).toBe(404);
  expect(await receipt.text()).toBe('Cererea nu a fost găsită.');
  const download = await stranger.request.get(documentUrl, { maxRedirects: 0 });
  expect(download.status()).toBe(404);
  expect(await download.text()).toBe('Fișierul nu mai există.');
  await context.close();
});
