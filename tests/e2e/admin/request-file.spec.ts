import { expect, test } from '@playwright/test';
import { createUser, signIn, sql, waitForEmail } from '../fixtures';
import {
  approveWithCertificate,
  CLERK,
  expectPdfDownload,
  fileFiscalCertificate,
  inDays,
  replyWithNewAddress,
  requestAddressAndIdentityDocument,
  requestFee,
  sendProofOfPayment,
  staffPage,
  WHOLE_PUBLIC_HISTORY,
} from '../journeys';
import { expectNoAxeViolations } from '../support';

const FOREIGN_CLERK = { email: 'clerk.urbanism@demo.local', password: 'Demo-Parola-2026' };

test("the demo clerk takes up a citizen's request, asks for information, asks for a fee, confirms the payment and approves with a PDF; the applicant gets every email", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const citizen = await createUser({ firstName: 'Maria', lastName: 'Dobre' });
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);

  // Submission gives it to the department's least-loaded clerk (tests/integration/requests.test.ts);
  // other journeys running alongside add clerks to the department, so this one is handed to the demo
  // clerk through the data layer, as a head of department would.
  const [assigned] = await sql<{ member: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "DepartmentMember" m WHERE m."userId" = r."assigneeId" AND m."departmentId" = r."departmentId") AS member FROM "ServiceRequest" r WHERE r."registrationNumber" = $1`,
    [request.number],
  );
  expect(assigned?.member).toBe(true);
  await sql(`UPDATE "ServiceRequest" SET "assigneeId" = (SELECT id FROM "User" WHERE email = $1) WHERE "registrationNumber" = $2`, [CLERK.email, request.number]);

  const clerk = await staffPage(browser, CLERK);
  // The inbox, "assigned to me".
  await clerk.goto('/admin');
  await clerk.getByRole('radio', { name: 'Doar cererile mele' }).check();
  await clerk.getByRole('button', { name: 'Filtrează' }).click();
  await expect(clerk).toHaveURL(/assigned=me/);
  await clerk.getByRole('link', { name: request.number }).click();
  await expect(clerk.getByRole('heading', { level: 1 })).toHaveText(request.number);
  const main = clerk.getByRole('main');
  await expect(main).toContainText('Maria Dobre');
  await expect(main).toContainText('1••••••••0018');
  await expect(main).not.toContainText('1800101270018');
  await expectNoAxeViolations(clerk);

  await clerk.getByRole('button', { name: 'Afișează numărul complet', exact: true }).click();
  await expect(main).toContainText('1800101270018');

  await clerk.getByRole('button', { name: 'Preiau cererea' }).click();
  await expect(main.getByText('În analiză', { exact: true })).toBeVisible();
  await waitForEmail(citizen.email, new RegExp(`${request.number} este în analiză`));

  // Request information: a checklist of one field and one document, with a deadline.
  await requestAddressAndIdentityDocument(clerk, inDays(10));
  await expect(main).toContainText('corectați câmpul „Domiciliul”');
  const infoMail = await waitForEmail(citizen.email, new RegExp(`${request.number} necesită completări`));
  expect(infoMail.text).toContain('Adresa nu corespunde cu actul de identitate.');

  // The applicant answers from the personal space: only the flagged address is editable.
  await page.goto(`/requests/${request.id}`);
  await replyWithNewAddress(page);
  await clerk.reload();
  await expect(main).toContainText('Strada Libertății');
  await expect(main).toContainText('Bulevardul Republicii');
  await expect(main).toContainText('buletin-nou.pdf');

  // A stale page is refused, not silently applied.
  const stale = await staffPage(browser, CLERK);
  await stale.goto(`/admin/requests/${request.id}`);
  await requestFee(clerk, inDays(15));
  await expect(main).toContainText('125,50 lei');
  await waitForEmail(citizen.email, new RegExp(`${request.number}: aveți de plătit 125,50 lei`));

  await stale.getByRole('region', { name: 'Notă internă' }).getByLabel('Nota').fill('Notă de pe o pagină veche');
  await stale.getByRole('button', { name: 'Adaugă nota' }).click();
  await expect(stale.getByRole('main').getByRole('alert')).toContainText('Cererea a fost modificată între timp');
  await stale.context().close();

  // The applicant sees the amount and where to pay, and sends the proof.
  await page.goto(`/requests/${request.id}`);
  const pay = page.getByRole('region', { name: 'De plată: 125,50 lei' });
  await expect(pay).toContainText('RO80 TREZ 4922 440X XXXX XXXX');
  await expect(pay).toContainText(request.number);
  await sendProofOfPayment(page);
  await clerk.reload();
  await clerk.getByRole('button', { name: 'Confirm plata' }).click();
  await expect(main.getByText('În analiză', { exact: true })).toBeVisible();
  await waitForEmail(citizen.email, new RegExp(`Plata pentru cererea ${request.number} a fost confirmată`));

  await clerk.getByRole('region', { name: 'Notă internă' }).getByLabel('Nota').fill('Verificat în evidența fiscală: fără datorii.');
  await clerk.getByRole('button', { name: 'Adaugă nota' }).click();
  await expect(main).toContainText('Verificat în evidența fiscală: fără datorii.');

  await approveWithCertificate(clerk);
  await expect(main).toContainText('certificat-fiscal.pdf');
  await waitForEmail(citizen.email, new RegExp(`Cererea ${request.number} a fost aprobată`));
  await expectNoAxeViolations(clerk);

  // The applicant sees the whole public history, not the internal parts, and downloads the answer.
  await page.goto(`/requests/${request.id}`);
  const mine = page.getByRole('main');
  await expect(mine.getByText('Aprobată', { exact: true })).toBeVisible();
  for (const entry of WHOLE_PUBLIC_HISTORY) await expect(mine.getByText(entry, { exact: true })).toBeVisible();
  await expect(mine).toContainText('corectați câmpul „Domiciliul”');
  await expect(mine).not.toContainText('Verificat în evidența fiscală');
  await expect(mine).not.toContainText('Mihai Ionescu');
  await expectNoAxeViolations(page);
  const answer = mine.getByRole('link', { name: 'certificat-fiscal.pdf' });
  await expectPdfDownload(page, (await answer.getAttribute('href'))!);

  const audit = await sql<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`, [request.id]);
  expect(audit.map((a) => a.action)).toEqual([
    'request.revealIdNumber',
    'request.take',
    'request.requestInfo',
    'request.requestFee',
    'request.confirmPayment',
    'request.internalNote',
    'request.approve',
  ]);
  await clerk.context().close();
});

test('a citizen and a clerk of another department are refused on every back-office URL of a request', async ({ page, browser }) => {
  const citizen = await createUser();
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);
  const [document] = await sql<{ id: string }>(`SELECT id FROM "Document" WHERE "requestId" = $1`, [request.id]);
  const urls = ['/admin', `/admin/requests/${request.id}`, '/admin/staff', '/admin/audit', '/admin/stats'];

  // The citizen: sent to their own space, never shown a back-office page.
  for (const url of urls) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/dashboard$/);
  }
  const download = await page.request.get(`/admin/requests/${request.id}/documents/${document!.id}`, { maxRedirects: 0 });
  expect(download.status()).toBe(307);
  expect(download.headers().location).toMatch(/\/dashboard$/);

  // The clerk of Urbanism: the request and its document do not exist for them.
  const foreign = await staffPage(browser, FOREIGN_CLERK);
  const response = await foreign.goto(`/admin/requests/${request.id}`);
  expect(response?.status()).toBe(404);
  await expect(foreign.getByRole('heading', { level: 1 })).toContainText('nu a fost găsită');
  // Inside the back-office frame, once: one header, one main landmark.
  await expect(foreign.getByRole('main')).toHaveCount(1);
  await expect(foreign.getByRole('banner')).toHaveCount(1);
  expect((await foreign.request.get(`/admin/requests/${request.id}/documents/${document!.id}`, { maxRedirects: 0 })).status()).toBe(404);
  await foreign.goto('/admin');
  await expect(foreign.getByRole('main')).not.toContainText(request.number);
  for (const url of ['/admin/staff', '/admin/audit']) {
    const refused = await foreign.goto(url);
    expect(refused?.status(), url).toBe(403);
  }
  await foreign.context().close();
});
