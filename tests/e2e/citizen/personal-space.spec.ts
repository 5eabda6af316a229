/**
 * Issue 6, the applicant's side of a whole request: the bell, the dashboard line that says what to
 * do, the notifications, the emails (only the essential ones, as chosen), the answer to a request
 * for information, the fee and its proof, the answer, and the timeline in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createUser, signIn, waitForEmail } from '../fixtures';
import {
  approveWithCertificate,
  clerkTakesRequest,
  expectPdfDownload,
  fileFiscalCertificate,
  inDays,
  replyWithNewAddress,
  requestAddressAndIdentityDocument,
  requestFee,
  sendProofOfPayment,
  shownDate,
  WHOLE_PUBLIC_HISTORY,
} from '../journeys';
import { expectNoAxeViolations } from '../support';

const mailbox = path.resolve('.data/e2e/mail');
const subjectsTo = (to: string) =>
  fs
    .readdirSync(mailbox)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(mailbox, f), 'utf8')) as { to: string; subject: string })
    .filter((m) => m.to === to)
    .map((m) => m.subject);

test('a citizen follows a request from submission to the answer in the personal space', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const citizen = await createUser({ firstName: 'Elena', lastName: 'Ciobanu' });
  await signIn(page, citizen.email);

  // Only the essential emails: news that asks nothing stays in the portal.
  await page.goto('/account');
  const emails = page.getByRole('region', { name: 'E-mailuri despre cereri' });
  await emails.getByRole('radio', { name: /Doar e-mailurile esențiale/ }).check();
  await emails.getByRole('button', { name: 'Salvează preferința' }).click();
  await expect(emails).toContainText('Preferința a fost salvată.');

  const request = await fileFiscalCertificate(page);
  await waitForEmail(citizen.email, new RegExp(`Cererea ${request.number} a fost înregistrată`));

  // The clerk takes it and asks for information.
  const clerk = await clerkTakesRequest(browser, request.id);
  const infoDue = inDays(10);
  await requestAddressAndIdentityDocument(clerk, infoDue);

  // The citizen: the bell counts the news, the dashboard says what to do and by when.
  await page.goto('/dashboard');
  await expect(page.getByRole('link', { name: 'Notificări, 3 necitite' })).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: request.number });
  await expect(row).toContainText('Necesită completări');
  await expect(row).toContainText(`până la ${shownDate(infoDue)}`);
  await expectNoAxeViolations(page);
  const infoMail = await waitForEmail(citizen.email, new RegExp(`${request.number} necesită completări`));
  expect(infoMail.text).toContain('Adresa nu corespunde cu actul de identitate.');
  expect(infoMail.text).toContain(`/requests/${request.id}`);
  expect(subjectsTo(citizen.email).some((s) => s.includes('este în analiză'))).toBe(false);

  // The notifications page; opening one goes to the request and marks it read.
  await page.getByRole('link', { name: 'Notificări, 3 necitite' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notificări');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: new RegExp(`informații suplimentare pentru cererea ${request.number}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${request.id}$`));
  await expect(page.getByRole('link', { name: 'Notificări, 2 necitite' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Istoricul cererii' });
  await expect(timeline).toContainText('Primăria cere completări');
  await expect(timeline).toContainText('corectați câmpul „Domiciliul”');
  await expectNoAxeViolations(page);
  await replyWithNewAddress(page);

  // The clerk sees what changed and asks for the fee.
  await clerk.reload();
  const file = clerk.getByRole('main');
  await expect(file).toContainText('Strada Libertății');
  await expect(file).toContainText('Bulevardul Republicii');
  await expect(file).toContainText('buletin-nou.pdf');
  const feeDue = inDays(15);
  await requestFee(clerk, feeDue);

  // The citizen sees the amount, the basis, the due date and how to pay, then sends the proof.
  await waitForEmail(citizen.email, new RegExp(`${request.number}: aveți de plătit 125,50 lei`));
  await page.goto('/dashboard');
  await expect(page.getByRole('listitem').filter({ hasText: request.number })).toContainText(`Plătiți taxa de 125,50 lei până la ${shownDate(feeDue)}`);
  await page.getByRole('link', { name: request.number }).click();
  const pay = page.getByRole('region', { name: 'De plată: 125,50 lei' });
  await expect(pay).toContainText('HCL nr. 45/2025, anexa 2, poziția 7');
  await expect(pay).toContainText(shownDate(feeDue));
  await expect(pay).toContainText('RO80 TREZ 4922 440X XXXX XXXX');
  await expect(pay).toContainText(request.number);
  await expectNoAxeViolations(page);
  await sendProofOfPayment(page);

  // The clerk confirms the payment and approves with the certificate.
  await clerk.reload();
  await clerk.getByRole('button', { name: 'Confirm plata' }).click();
  await expect(clerk.getByRole('main').getByText('În analiză', { exact: true })).toBeVisible();
  await approveWithCertificate(clerk);
  await clerk.context().close();

  // The answer: the email, the status, the whole timeline in order, and the document.
  await waitForEmail(citizen.email, new RegExp(`Cererea ${request.number} a fost aprobată`));
  expect(subjectsTo(citizen.email).some((s) => /confirmată|Am primit/.test(s))).toBe(false);
  await page.goto(`/requests/${request.id}`);
  const main = page.getByRole('main');
  await expect(main.getByText('Aprobată', { exact: true })).toBeVisible();
  const entries = await timeline.locator(':scope > ol > li > p:first-of-type').allTextContents();
  expect(entries.map((e) => e.trim())).toEqual(WHOLE_PUBLIC_HISTORY);
  await expect(timeline).toContainText('Primăria Municipiului Roman');
  await expect(timeline).toContainText('Vă transmitem certificatul de atestare fiscală.');
  await expectPdfDownload(page, (await main.getByRole('link', { name: 'certificat-fiscal.pdf' }).getAttribute('href'))!);
  await page.goto('/dashboard');
  await expect(page.getByRole('listitem').filter({ hasText: request.number })).toContainText('Aprobată');
});
