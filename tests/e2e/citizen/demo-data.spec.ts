/**
 * The demo data of `npm start` (prisma/seed/demo-requests.ts; `start:e2e` seeds it too): the demo
 * citizen's requests on the dashboard with their statuses in plain words, the approved one with
 * its answer PDF, and the demo clerk's inbox with the filed ones of his department; no axe violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn, sql } from '../fixtures';
import { CLERK, expectPdfDownload, staffPage } from '../journeys';
import { expectNoAxeViolations } from '../support';

const CITIZEN = { email: 'citizen@demo.local', password: 'Demo-Parola-2026' };

const STATUS_LABELS: Record<string, string> = {
  SUBMITTED: 'Trimisă',
  IN_REVIEW: 'În analiză',
  NEEDS_INFO: 'Necesită completări',
  AWAITING_PAYMENT: 'Așteaptă plata',
  PAYMENT_SUBMITTED: 'Plată în verificare',
  APPROVED: 'Aprobată',
  REJECTED: 'Respinsă',
  WITHDRAWN: 'Retrasă',
};

type TDemoRequest = { id: string; number: string; status: string; department: string };

/** The demo citizen's filed requests, as the seed left them (other specs never sign in as the demo citizen). */
const citizenRequests = () =>
  sql<TDemoRequest>(
    `SELECT r.id, r."registrationNumber" AS number, r.status::text AS status, d.slug AS department
     FROM "ServiceRequest" r JOIN "User" u ON u.id = r."applicantId" JOIN "Department" d ON d.id = r."departmentId"
     WHERE u.email = $1 AND r.status <> 'DRAFT'`,
    [CITIZEN.email],
  );

const rowOf = (page: Page, registrationNumber: string) =>
  page
    .getByRole('region', { name: 'Cererile mele' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: registrationNumber, exact: true }) });

test('the demo citizen finds a request in every status on the dashboard and the answer of the approved one; the demo clerk sees the filed ones in the inbox', async ({ page, browser }) => {
  const requests = await citizenRequests();
  expect(requests.map((r) => r.status).sort()).toEqual(Object.keys(STATUS_LABELS).sort());

  await signIn(page, CITIZEN.email, CITIZEN.password);
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Ciorne' })).toContainText('Declarație de impunere pentru clădiri și terenuri');
  for (const request of requests) await expect(rowOf(page, request.number)).toContainText(STATUS_LABELS[request.status]!);
  await expectNoAxeViolations(page);

  // The approved request: its history and the answer document, a PDF from the store.
  const approved = requests.find((r) => r.status === 'APPROVED')!;
  await rowOf(page, approved.number).getByRole('link', { name: approved.number, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(approved.number);
  const main = page.getByRole('main');
  await expect(main.getByText('Aprobată', { exact: true })).toBeVisible();
  await expect(main.getByText('Cerere trimisă și înregistrată', { exact: true })).toBeVisible();
  await expect(main).toContainText('Vă transmitem certificatul de atestare fiscală, semnat electronic.');
  const answer = main.getByRole('link', { name: 'certificat-atestare-fiscala.pdf' });
  await expectPdfDownload(page, (await answer.getAttribute('href'))!);

  // The demo clerk of Taxe și impozite finds the citizen's requests of his department, in every status.
  const clerk = await staffPage(browser, CLERK);
  await clerk.goto(`/admin?status=all&q=${encodeURIComponent('Ion Vasilescu')}`);
  const mine = requests.filter((r) => r.department === 'taxe-impozite').map((r) => r.number);
  const rows = clerk.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveCount(mine.length);
  expect((await rows.allTextContents()).map((text) => text.trim()).sort()).toEqual(mine.sort());
  await expect(clerk.getByRole('main')).not.toContainText(requests.find((r) => r.department === 'urbanism')!.number);
  await clerk.context().close();
});
