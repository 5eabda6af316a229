/**
 * Issue 6, the applicant's dashboard: plain-word statuses, what is expected of them and by when,
 * the status filter and the pages, only their own requests; no axe violation.
 */
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { inDays, shownDate } from '../journeys';
import { expectNoAxeViolations } from '../support';

const FISCAL = 'certificat-atestare-fiscala-persoane-fizice';
const numberBase = 100_000 + crypto.randomInt(800_000);
const number = (n: number) => `RMN-2098-${String(numberBase + n).padStart(6, '0')}`;

/** A filed request inserted as the workflow leaves it, filed `ageDays` ago. */
async function file(applicantId: string, n: number, status: string, ageDays: number) {
  const id = crypto.randomUUID();
  await sql(
    `INSERT INTO "ServiceRequest" (id, "registrationNumber", "applicantId", "serviceVersionId", "departmentId", status, "applicantName", "submittedAt", "dueAt", "closedAt", "updatedAt")
     SELECT $1, $2, $3, v.id, s."departmentId", $5::text::"RequestStatus", 'Ioana Marin', now() - $6::int * interval '1 day', now() + (30 - $6::int) * interval '1 day',
            CASE WHEN $5::text IN ('APPROVED', 'REJECTED', 'WITHDRAWN') THEN now() ELSE NULL END, now()
     FROM "Service" s JOIN "ServiceVersion" v ON v."serviceId" = s.id
     WHERE s.slug = $4 ORDER BY v.number DESC LIMIT 1`,
    [id, number(n), applicantId, FISCAL, status, ageDays],
  );
  return { id, number: number(n) };
}

const requestsOf = (page: Page) => page.getByRole('region', { name: 'Cererile mele' });
const rowOf = (page: Page, registrationNumber: string) =>
  requestsOf(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: registrationNumber, exact: true }) });
const rows = (page: Page) =>
  requestsOf(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: /^RMN-/ }) });

test('a citizen sees each request in plain words with what to do and by when, filters “Necesită completări” and pages through; no axe violation', async ({ page }) => {
  const citizen = await createUser({ firstName: 'Ioana', lastName: 'Marin' });
  const stranger = await createUser({ firstName: 'Vasile', lastName: 'Străinu' });

  // Twelve requests, the newest first: two wait for the citizen, the rest for the city hall or are closed.
  const needsInfo = await file(citizen.id, 1, 'NEEDS_INFO', 1);
  await sql(
    `INSERT INTO "RequestEvent" (id, "requestId", type, body, visibility, payload) VALUES ($1, $2, 'INFO_REQUESTED', 'Buletinul nou, vă rog.', 'PUBLIC', jsonb_build_object('fields', '[]'::jsonb, 'documents', '["identityDocument"]'::jsonb, 'otherDocument', null, 'dueAt', to_char((now() + interval '10 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))`,
    [crypto.randomUUID(), needsInfo.id],
  );
  const awaitingPayment = await file(citizen.id, 2, 'AWAITING_PAYMENT', 2);
  await sql(
    `INSERT INTO "Fee" (id, "requestId", "amountBani", "legalBasis", reference, iban, beneficiary, "dueAt", "updatedAt")
     VALUES ($1, $2, 12550, 'HCL nr. 45/2025', $3, 'RO80TREZ4922440XXXXXXXXX', 'Primăria Municipiului Roman', now() + interval '15 days', now())`,
    [crypto.randomUUID(), awaitingPayment.id, awaitingPayment.number],
  );
  const inReview = await file(citizen.id, 3, 'IN_REVIEW', 3);
  const approved = await file(citizen.id, 4, 'APPROVED', 4);
  const withdrawn = await file(citizen.id, 5, 'WITHDRAWN', 5);
  for (let n = 6; n <= 12; n++) await file(citizen.id, n, 'SUBMITTED', n);
  const foreign = await file(stranger.id, 13, 'NEEDS_INFO', 0);

  await signIn(page, citizen.email);
  await page.goto('/dashboard');
  await expect(requestsOf(page)).toContainText('Cererile 1–10 din 12 · pagina 1 din 2');
  await expect(rows(page)).toHaveCount(10);
  await expect(rowOf(page, needsInfo.number)).toContainText('Necesită completări');
  await expect(rowOf(page, needsInfo.number)).toContainText(`Acțiune necesară: Trimiteți informațiile și documentele cerute până la ${shownDate(inDays(10))}.`);
  await expect(rowOf(page, awaitingPayment.number)).toContainText('Așteaptă plata');
  await expect(rowOf(page, awaitingPayment.number)).toContainText(`Acțiune necesară: Plătiți taxa de 125,50 lei până la ${shownDate(inDays(15))} și trimiteți dovada plății.`);
  await expect(rowOf(page, inReview.number)).toContainText('În analiză');
  await expect(rowOf(page, inReview.number)).toContainText(`Nu trebuie să faceți nimic acum.`);
  await expect(rowOf(page, inReview.number)).toContainText(`Primăria răspunde până la ${shownDate(inDays(27))}`);
  await expect(rowOf(page, inReview.number)).not.toContainText('Acțiune necesară');
  await expect(rowOf(page, approved.number)).toContainText('Aprobată');
  await expect(rowOf(page, withdrawn.number)).toContainText('Retrasă');
  await expect(rowOf(page, withdrawn.number)).not.toContainText('Primăria răspunde');
  await expect(page.getByRole('main')).not.toContainText(foreign.number);
  await expectNoAxeViolations(page);

  // The filter keeps itself in the URL.
  const filter = page.getByRole('navigation', { name: 'Filtrați cererile după stare' });
  await filter.getByRole('link', { name: /^Necesită completări/ }).click();
  await expect(page).toHaveURL(/\?status=NEEDS_INFO$/);
  await expect(filter.getByRole('link', { name: /^Necesită completări/ })).toHaveAttribute('aria-current', 'page');
  await expect(rows(page)).toHaveCount(1);
  await expect(rowOf(page, needsInfo.number)).toBeVisible();

  // Back to all of them, then the second page.
  await filter.getByRole('link', { name: /^Toate/ }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const pages = page.getByRole('navigation', { name: 'Paginile cu cereri' });
  await pages.getByRole('link', { name: /Pagina următoare/ }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(requestsOf(page)).toContainText('Cererile 11–12 din 12 · pagina 2 din 2');
  await expect(rows(page)).toHaveCount(2);
  await expect(rowOf(page, number(12))).toBeVisible();
  await expect(pages.getByRole('link', { name: /Pagina următoare/ })).toHaveCount(0);
  await pages.getByRole('link', { name: /Pagina anterioară/ }).click();
  await expect(rowOf(page, needsInfo.number)).toBeVisible();

  // A hand-edited link shows the first page of all.
  await page.goto('/dashboard?status=nimic&page=abc');
  await expect(requestsOf(page)).toContainText('Cererile 1–10 din 12 · pagina 1 din 2');
});
