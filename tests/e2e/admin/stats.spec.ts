/**
 * Issue 15, /admin/stats: answers within the legal term per month, service and clerk, with the
 * median and 90th percentile in working days, as accessible tables; in Romanian and English.
 */
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { expectNoAxeViolations, useLocale } from '../support';

const FISCAL = 'certificat-atestare-fiscala-persoane-fizice';
const numberBase = 100_000 + crypto.randomInt(800_000);

/** An answer as the engine records it: working days from filing to the answer, and whether within the term. */
async function answered(departmentId: string, assigneeId: string, applicantId: string, n: number, workingDays: number, onTime: boolean) {
  await sql(
    `INSERT INTO "ServiceRequest" (id, "registrationNumber", "applicantId", "serviceVersionId", "departmentId", status, "applicantName", "assigneeId",
                                   "submittedAt", "dueAt", "closedAt", "answerWorkingDays", "answeredOnTime", "updatedAt")
     SELECT $1, $2, $3, v.id, $4, 'APPROVED', 'Ioana Marin', $5, now() - interval '6 days', now() - interval '1 day', now(), $7, $8, now()
     FROM "Service" s JOIN "ServiceVersion" v ON v."serviceId" = s.id
     WHERE s.slug = $6 ORDER BY v.number DESC LIMIT 1`,
    [crypto.randomUUID(), `RMN-2097-${String(numberBase + n).padStart(6, '0')}`, applicantId, departmentId, assigneeId, FISCAL, workingDays, onTime],
  );
}

/** A cell of a table row named by its row header, in the column named `column`. */
async function cell(page: Page, table: string, row: string, column: string) {
  const grid = page.getByRole('table', { name: table });
  const headers = await grid.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === column);
  expect(index, column).toBeGreaterThan(0);
  // The row header is the first cell; the data cells follow it.
  return grid.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').nth(index - 1);
}

test('a clerk sees how many of their department’s answers came within the term, per month, service and clerk, in working days; no axe violation', async ({ page, context }) => {
  const departmentId = crypto.randomUUID();
  const slug = `statistici-${crypto.randomBytes(4).toString('hex')}`;
  await sql(`INSERT INTO "Department" (id, slug, "nameRo", "nameEn", "updatedAt") VALUES ($1, $2, 'Registratură test', 'Registry test', now())`, [departmentId, slug]);
  const clerk = await createUser({ role: 'CLERK', firstName: 'Corina', lastName: `Statistica${crypto.randomInt(100_000)}` });
  await sql(`INSERT INTO "DepartmentMember" ("departmentId", "userId") VALUES ($1, $2)`, [departmentId, clerk.id]);
  const applicant = await createUser();
  // [1, 3] working days, one within the term: median 2, 90th percentile 1 + 0.9 × 2 = 2.8.
  await answered(departmentId, clerk.id, applicant.id, 1, 1, true);
  await answered(departmentId, clerk.id, applicant.id, 2, 3, false);

  await signIn(page, clerk.email);
  await page.goto('/admin/stats');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistici');
  await expect(page.getByText('Compartimentele dumneavoastră: Registratură test.')).toBeVisible();
  const summary = page.getByRole('region', { name: 'Pe scurt – De la început' });
  await expect(summary.getByRole('definition').filter({ hasText: /^50\s%$/ })).toBeVisible();
  await expect(summary).toContainText('În termenul legal: 1 din 2.');
  await expect(summary).toContainText('2 zile lucrătoare');
  await expect(summary).toContainText('2,8 zile lucrătoare');

  const thisMonth = new Intl.DateTimeFormat('ro-RO', { month: 'long', year: 'numeric', timeZone: 'Europe/Bucharest' }).format(new Date());
  const byMonth = 'Răspunsuri în termen, pe luni (ultimele 12 luni)';
  await expect(page.getByRole('table', { name: byMonth }).getByRole('row')).toHaveCount(13);
  await expect(await cell(page, byMonth, thisMonth, 'Soluționate')).toHaveText('2');
  await expect(await cell(page, byMonth, thisMonth, 'În termen')).toHaveText(/^50\s% \(1 din 2\)$/);

  const byClerk = 'Răspunsuri în termen, pe funcționari – De la început';
  await expect(await cell(page, byClerk, clerk.name, 'Mediana (zile lucrătoare)')).toHaveText('2');
  await expect(await cell(page, byClerk, clerk.name, 'Percentila 90 (zile lucrătoare)')).toHaveText('2,8');
  const byService = 'Răspunsuri în termen, pe servicii – De la început';
  await expect(page.getByRole('table', { name: byService }).getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page);

  // The last 30 days hold them too; in English the same tables speak English.
  await useLocale(context, 'en');
  await page.goto('/admin/stats?period=30d');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics');
  const clerkTable = 'Answers within the term, by clerk – Last 30 days';
  await expect(await cell(page, clerkTable, clerk.name, 'Within the term')).toHaveText(/^50% \(1 of 2\)$/);
  await expect(page.getByRole('region', { name: 'At a glance – Last 30 days' })).toContainText('2.8 working days');
  await expectNoAxeViolations(page);
});
