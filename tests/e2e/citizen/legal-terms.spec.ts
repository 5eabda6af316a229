/**
 * Issue 15, legal terms as the law counts them, seen from both sides: a petition and a fiscal
 * certificate filed on the Friday before the long weekend of 30 November – 1 December 2026 show the
 * due date computed by law to the applicant and to the clerk; a request for information stops the
 * clock, and when the applicant answers the new due date appears on both sides.
 */
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { addDays, addWorkingDays, calendarFrom, computeDueDate, parseSuspensions, parseTermSnapshot, workingDaysBetween, type TCalendar, type TTermSnapshot } from '@/lib/requests/terms';
import { formatDate, startOfDayInRomania, todayInRomania } from '@/lib/time';
import { createUser, signIn, sql } from '../fixtures';
import { CLERK, clerkTakesRequest, fileFiscalCertificate, inDays, replyWithNewAddress, requestAddressAndIdentityDocument, staffPage } from '../journeys';
import { expectNoAxeViolations } from '../support';

const PETITION = 'petitie-sesizare';
const FISCAL = 'certificat-atestare-fiscala-persoane-fizice';
/** Friday 27 November 2026, 10:00 in Roman. */
const FRIDAY = new Date('2026-11-27T08:00:00Z');

// Numbers of this run only: other specs file requests in the same database at the same time.
const numberBase = 800_000 + crypto.randomInt(90_000);
const number = (n: number) => `RMN-2098-${String(numberBase + n).padStart(6, '0')}`;

/** The administrator's days off and make-up working days, as the portal reads them. */
async function calendar(): Promise<TCalendar> {
  return calendarFrom(await sql<{ day: string; kind: 'DAY_OFF' | 'WORKING_DAY' }>(`SELECT day, kind::text AS kind FROM "CalendarDay"`));
}

/** A service's term as the submission keeps it on the request. */
async function termOf(slug: string): Promise<TTermSnapshot> {
  const [row] = await sql<TTermSnapshot>(
    `SELECT "legalTermDays" AS days, "legalTermUnit"::text AS unit, "maxExtensionDays", "suspendOnInfo", "suspendOnFee", "tacitApproval",
            "legalBasisRo", "legalBasisEn", "tacitApprovalBasisRo", "tacitApprovalBasisEn"
     FROM "Service" WHERE slug = $1`,
    [slug],
  );
  return row!;
}

/** A request filed at `submittedAt`, as the submission leaves it: its term kept, its end counted by lib/requests/terms.ts. */
async function fileAt({ n, service, applicantId, submittedAt }: { n: number; service: string; applicantId: string; submittedAt: Date }) {
  const term = await termOf(service);
  const { dueAt } = computeDueDate({ registeredAt: submittedAt, term, calendar: await calendar() });
  const id = crypto.randomUUID();
  await sql(
    `INSERT INTO "ServiceRequest" (id, "registrationNumber", "applicantId", "serviceVersionId", "departmentId", status, "applicantName", "submittedAt", "dueAt", term, "updatedAt")
     SELECT $1, $2, $3, v.id, s."departmentId", 'SUBMITTED', 'Ioana Marin', ${UTC('$5')}, ${UTC('$6')}, $7::jsonb, now()
     FROM "Service" s JOIN "ServiceVersion" v ON v."serviceId" = s.id
     WHERE s.slug = $4 ORDER BY v.number DESC LIMIT 1`,
    [id, number(n), applicantId, service, submittedAt.toISOString(), dueAt.toISOString(), JSON.stringify(term)],
  );
  await sql(`INSERT INTO "RequestEvent" (id, "requestId", type, visibility, payload, "createdAt") VALUES ($1, $2, 'SUBMITTED', 'PUBLIC', $3::jsonb, ${UTC('$4')})`, [
    crypto.randomUUID(),
    id,
    JSON.stringify({ registrationNumber: number(n) }),
    submittedAt.toISOString(),
  ]);
  return { id, number: number(n), dueAt };
}

const rowOf = (page: Page, registrationNumber: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: registrationNumber }) });
const dashboardItem = (page: Page, registrationNumber: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: registrationNumber, exact: true }) });

/** The day that many working days before `day` (`day` itself may be a day off). */
function workingDaysBefore(day: string, n: number, days: TCalendar) {
  let current = day;
  while (workingDaysBetween(current, day, days) < n) current = addDays(current, -1);
  return current;
}

/**
 * Moments to and from the database's columns (timestamps without time zone, in UTC, as Prisma keeps
 * them), whatever the time zone of the machine that runs the tests.
 */
const UTC = (param: string) => `(${param}::timestamptz AT TIME ZONE 'UTC')`;
const ISO = (column: string) => `to_char("${column}", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${column}"`;

const at10 = (day: string) => new Date(startOfDayInRomania(day).getTime() + 10 * 60 * 60 * 1000);

test('filed on the Friday before the long weekend: the due dates the law gives, on the applicant’s page, the dashboard and the clerk’s inbox; no axe violation', async ({ page, browser }) => {
  test.setTimeout(90_000);
  // The terms as the law states them (the seed's services): 30 calendar days for a petition (OG 27/2002), 2 working days for the certificate.
  expect(await termOf(PETITION)).toMatchObject({ days: 30, unit: 'CALENDAR_DAYS' });
  expect(await termOf(FISCAL)).toMatchObject({ days: 2, unit: 'WORKING_DAYS' });

  const citizen = await createUser({ firstName: 'Ioana', lastName: 'Marin' });
  const petition = await fileAt({ n: 1, service: PETITION, applicantId: citizen.id, submittedAt: FRIDAY });
  const fiscal = await fileAt({ n: 2, service: FISCAL, applicantId: citizen.id, submittedAt: FRIDAY });
  // By hand: 27.11 + 30 days is Sunday 27.12, after Christmas (25–26.12): the next working day, Monday 28.12.
  // Two working days after Friday 27.11, Monday 30.11 (Sfântul Andrei) and Tuesday 1.12 (Ziua Națională) not counted: Wednesday 2, Thursday 3.
  expect(formatDate(petition.dueAt, 'ro')).toBe('28.12.2026');
  expect(formatDate(fiscal.dueAt, 'ro')).toBe('03.12.2026');

  await signIn(page, citizen.email);
  await page.goto(`/requests/${petition.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cererea ${petition.number}`);
  await expect(page.getByTestId('answer-term')).toContainText('28.12.2026');
  await expectNoAxeViolations(page);
  await page.goto(`/requests/${fiscal.id}`);
  await expect(page.getByTestId('answer-term')).toContainText('03.12.2026');

  await page.goto('/dashboard');
  await expect(dashboardItem(page, petition.number)).toContainText('28.12.2026');
  await expect(dashboardItem(page, fiscal.number)).toContainText('03.12.2026');
  await expectNoAxeViolations(page);

  // The clerks: the petition in Relații publice (a clerk of that department), the certificate in Taxe și impozite (the demo clerk).
  const publicRelations = await createUser({ role: 'CLERK', firstName: 'Irina', lastName: 'Relatii' });
  await sql(`INSERT INTO "DepartmentMember" ("departmentId", "userId") SELECT "departmentId", $1 FROM "Service" WHERE slug = $2`, [publicRelations.id, PETITION]);
  const petitionsClerk = await staffPage(browser, publicRelations);
  await petitionsClerk.goto(`/admin?status=all&q=${encodeURIComponent(petition.number)}`);
  await expect(rowOf(petitionsClerk, petition.number).getByRole('cell').nth(3)).toContainText('28.12.2026');
  await expectNoAxeViolations(petitionsClerk);
  const taxesClerk = await staffPage(browser, CLERK);
  await taxesClerk.goto(`/admin?status=all&q=${encodeURIComponent(fiscal.number)}`);
  await expect(rowOf(taxesClerk, fiscal.number).getByRole('cell').nth(3)).toContainText('03.12.2026');
  await taxesClerk.goto(`/admin/requests/${fiscal.id}`);
  await expect(taxesClerk.getByRole('main')).toContainText('03.12.2026');
  await expect(taxesClerk.getByRole('main')).toContainText('2 zile lucrătoare');
  await expectNoAxeViolations(taxesClerk);
});

test('a request for information stops the clock; when the applicant answers, the due date moves by the days it stood still, on both sides', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const citizen = await createUser({ firstName: 'Sorin', lastName: 'Oprea' });
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);

  // The clerk takes it up and asks for information through the request page.
  const clerk = await clerkTakesRequest(browser, request.id);
  await requestAddressAndIdentityDocument(clerk, inDays(10));
  await expect(clerk.getByRole('main')).toContainText('Termen suspendat');
  await expect(clerk.getByRole('main')).toContainText('Termenul de răspuns a fost oprit: se așteaptă completările solicitantului.');
  await expectNoAxeViolations(clerk);

  // The clock stands still since the request for information.
  const [stopped] = await sql<{ termSuspendedSince: Date | null; termSuspensions: unknown }>(`SELECT "termSuspendedSince", "termSuspensions" FROM "ServiceRequest" WHERE id = $1`, [request.id]);
  expect(stopped!.termSuspendedSince).not.toBeNull();
  expect(parseSuspensions(stopped!.termSuspensions)).toEqual([{ from: expect.any(String), to: null, reason: 'info' }]);

  // The real clock runs in e2e: the request is moved back in time through the data layer, filed one
  // working day before it was stopped, and stopped 3 working days before today.
  const days = await calendar();
  const today = todayInRomania();
  const stoppedOn = workingDaysBefore(today, 3, days);
  const filedOn = workingDaysBefore(stoppedOn, 1, days);
  const [row] = await sql<{ term: unknown }>(`SELECT term FROM "ServiceRequest" WHERE id = $1`, [request.id]);
  const term = parseTermSnapshot(row!.term)!;
  expect(term).toMatchObject({ days: 2, unit: 'WORKING_DAYS', suspendOnInfo: true });
  const before = computeDueDate({ registeredAt: at10(filedOn), term, calendar: days });
  await sql(
    `UPDATE "ServiceRequest" SET "submittedAt" = ${UTC('$2')}, "dueAt" = ${UTC('$3')}, "termSuspendedSince" = ${UTC('$4')}, "termSuspensions" = $5::jsonb WHERE id = $1`,
    [request.id, at10(filedOn).toISOString(), before.dueAt.toISOString(), at10(stoppedOn).toISOString(), JSON.stringify([{ from: at10(stoppedOn).toISOString(), to: null, reason: 'info' }])],
  );

  // The applicant sees the term stopped, on the request page and on the dashboard.
  await page.goto(`/requests/${request.id}`);
  await expect(page.getByTestId('answer-term')).toHaveText('Termenul de răspuns este oprit până trimiteți completările.');
  const timeline = page.getByRole('region', { name: 'Istoricul cererii' });
  await expect(timeline).toContainText('Termenul de răspuns a fost oprit: primăria așteaptă completările dvs.');
  await expectNoAxeViolations(page);
  await page.goto('/dashboard');
  await expect(dashboardItem(page, request.number)).toContainText('Termenul de răspuns este oprit până trimiteți completările.');

  // The applicant answers: the clock runs again.
  await page.goto(`/requests/${request.id}`);
  await replyWithNewAddress(page);

  const [resumed] = await sql<{ submittedAt: string; dueAt: string; termSuspendedSince: Date | null; termSuspensions: unknown; termExtensionDays: number }>(
    `SELECT ${ISO('submittedAt')}, ${ISO('dueAt')}, "termSuspendedSince", "termSuspensions", "termExtensionDays" FROM "ServiceRequest" WHERE id = $1`,
    [request.id],
  );
  expect(resumed!.termSuspendedSince).toBeNull();
  const suspensions = parseSuspensions(resumed!.termSuspensions);
  expect(suspensions).toEqual([{ from: at10(stoppedOn).toISOString(), to: expect.any(String), reason: 'info' }]);
  // The engine's date, from the stored row...
  const expected = computeDueDate({ registeredAt: new Date(resumed!.submittedAt), term, extensionDays: resumed!.termExtensionDays, suspensions, calendar: days });
  expect(new Date(resumed!.dueAt).getTime()).toBe(expected.dueAt.getTime());
  // ...checked by hand: it moved by exactly the 3 working days the term stood still.
  expect(expected.stoppedDays).toBe(3);
  expect(expected.day).toBe(addWorkingDays(before.day, 3, days));
  expect(workingDaysBetween(before.day, expected.day, days)).toBe(3);
  const [oldDate, newDate] = [formatDate(before.dueAt, 'ro'), formatDate(expected.dueAt, 'ro')];

  // The applicant sees the new date and why it moved.
  await expect(page.getByTestId('answer-term')).toHaveText(`Primăria răspunde până la ${newDate}.`);
  await expect(timeline).toContainText(`Termenul de răspuns s-a mutat de la ${oldDate} la ${newDate}: termenul a stat oprit 3 zile lucrătoare.`);
  await expectNoAxeViolations(page);
  await page.goto('/dashboard');
  await expect(dashboardItem(page, request.number)).toContainText(`Primăria răspunde până la ${newDate}.`);

  // So does the clerk: on the request page and in the inbox.
  await clerk.goto(`/admin/requests/${request.id}`);
  const main = clerk.getByRole('main');
  await expect(main).toContainText(`Termenul de răspuns s-a mutat de la ${oldDate} la ${newDate}: termenul a stat oprit 3 zile lucrătoare.`);
  await expect(main).not.toContainText('Termen suspendat');
  await expect(clerk.getByTestId('term-state')).not.toContainText('Suspendat');
  await expectNoAxeViolations(clerk);
  await clerk.goto(`/admin?q=${encodeURIComponent(request.number)}`);
  await expect(rowOf(clerk, request.number).getByRole('cell').nth(3)).toContainText(newDate);
  await expect(rowOf(clerk, request.number).getByRole('cell').nth(3)).not.toContainText('termen suspendat');
});
