/**
 * Issue 17, /admin/payments: the tax office finds a payment by day, status and the provider's id,
 * opens it, is told what the refund form lacks, and refunds it (the local test provider moves no
 * money); a clerk of another department is refused. The paid payment is written straight into the
 * e2e database, as the provider's notification would have left it.
 */
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Today in Romania (YYYY-MM-DD), the day the portal files today's payments under. */
const todayInRomania = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A payment of one building-tax obligation of the payer, just paid through the test provider. */
async function paidPayment(payerId: string, amountBani: number) {
  const importId = crypto.randomUUID();
  const obligationId = crypto.randomUUID();
  const paymentId = crypto.randomUUID();
  const providerPaymentId = `e2e-${crypto.randomBytes(6).toString('hex')}`;
  await sql(`INSERT INTO "TaxImport" (id, "fileName", sha256, "rowCount", "exportedAt") VALUES ($1, 'export-e2e.csv', $2, 1, now() - interval '1 day')`, [importId, '0'.repeat(64)]);
  await sql(
    `INSERT INTO "TaxObligation" (id, "externalId", "taxpayerCode", "taxpayerName", year, kind, description, "principalBani", "dueAt", "importId", "syncedAt", "updatedAt")
     VALUES ($1, $2, '1800101270018', 'Ioana Marin', 2026, 'BUILDING', 'Strada Libertății 5', $3, '2026-12-31', $4, now() - interval '1 day', now())`,
    [obligationId, `e2e-${obligationId}`, amountBani, importId],
  );
  const [payment] = await sql<{ number: number }>(
    `INSERT INTO "Payment" (id, "payerId", provider, "providerPaymentId", status, "amountBani", description, "idempotencyKey", "returnPath", "expiresAt", "paidAt", "updatedAt")
     VALUES ($1, $2, 'test', $3, 'PAID', $4, 'Impozite și taxe locale', $5, '/taxes', now() + interval '29 minutes', now(), now())
     RETURNING number`,
    [paymentId, payerId, providerPaymentId, amountBani, crypto.randomUUID()],
  );
  await sql(
    `INSERT INTO "PaymentItem" (id, "paymentId", "obligationId", label, "amountBani", "paidKey") VALUES ($1, $2, $3, 'Impozit pe clădiri 2026 — Strada Libertății 5', $4, $5)`,
    [crypto.randomUUID(), paymentId, obligationId, amountBani, `obligation:${obligationId}`],
  );
  await sql(`INSERT INTO "PaymentNotification" (id, provider, "providerPaymentId", "paymentId", status, "amountBani", outcome) VALUES ($1, 'test', $2, $3, 'paid', $4, 'recorded')`, [
    crypto.randomUUID(),
    providerPaymentId,
    paymentId,
    amountBani,
  ]);
  return { id: paymentId, number: payment!.number, providerPaymentId };
}

test('the tax office filters the payments, opens a paid one, is told what the refund form lacks, and refunds it; no axe violation', async ({ page }) => {
  const payer = await createUser();
  const paid = await paidPayment(payer.id, 12_345);
  const today = todayInRomania();

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('navigation', { name: 'Secțiunile administrării' }).getByRole('link', { name: 'Plăți', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plăți online');
  // The day's report for the treasury, today by default.
  await expect(page.getByRole('link', { name: 'Raport de reconciliere (CSV)' })).toHaveAttribute('href', `/admin/payments/reconciliation?day=${today}`);
  await expectNoAxeViolations(page);

  await page.getByLabel('Ziua', { exact: true }).fill(today);
  await page.getByLabel('Starea', { exact: true }).selectOption({ label: 'Plătită' });
  await page.getByRole('searchbox', { name: 'Căutare' }).fill(paid.providerPaymentId);
  await page.getByRole('button', { name: 'Filtrează' }).click();
  await expect(page).toHaveURL(new RegExp(`day=${today}.*status=PAID.*q=${paid.providerPaymentId}`));
  const table = page.getByRole('table', { name: 'Plățile găsite' });
  // The header and the one payment.
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(payer.email);
  await expect(table).toContainText('123,45 lei');
  await expect(table).toContainText('Plătită');
  await expectNoAxeViolations(page);

  await table.getByRole('link', { name: String(paid.number) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Plata nr. ${paid.number}`);
  await expect(page.getByRole('table', { name: 'Pozițiile plății' })).toContainText('1800101270018');
  await expect(page.getByRole('table', { name: 'Notificările primite de la furnizor, în ordinea sosirii' })).toContainText('înregistrată');
  await expect(page.getByRole('link', { name: /Descarcă chitanța/ })).toHaveAttribute('href', `/admin/payments/${paid.id}/receipt`);
  await expectNoAxeViolations(page);

  // Sent empty: both errors, next to their fields and in the summary, and nothing refunded.
  const refundForm = page.getByRole('region', { name: 'Restituie plata' });
  await refundForm.getByRole('button', { name: 'Restituie plata' }).click();
  const summary = refundForm.getByRole('alert');
  await expect(summary).toContainText('Scrieți motivul restituirii.');
  await expect(summary).toContainText('Bifați confirmarea ca să restituiți plata.');
  const reason = page.getByRole('textbox', { name: 'Motivul restituirii' });
  const confirm = page.getByRole('checkbox', { name: 'Confirm restituirea sumei de 123,45 lei către plătitor' });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/Scrieți motivul restituirii\./);
  await expect(confirm).toHaveAccessibleDescription('Bifați confirmarea ca să restituiți plata.');
  await expectNoAxeViolations(page);
  await reason.fill('abc');
  await refundForm.getByRole('button', { name: 'Restituie plata' }).click();
  await expect(reason).toHaveAccessibleDescription(/Motivul trebuie să aibă cel puțin 5 caractere\./);
  expect((await sql<{ status: string }>(`SELECT status FROM "Payment" WHERE id = $1`, [paid.id]))[0]?.status).toBe('PAID');

  // The test provider gives nothing back (no money moved), so the refund goes through.
  await reason.fill('Plată făcută de două ori');
  await confirm.check();
  await refundForm.getByRole('button', { name: 'Restituie plata' }).click();
  await expect(page.getByText('Restituită', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Restituire' })).toContainText('Plată făcută de două ori');
  await expect(page.getByRole('button', { name: 'Restituie plata' })).toHaveCount(0);
  expect((await sql<{ status: string }>(`SELECT status FROM "Payment" WHERE id = $1`, [paid.id]))[0]?.status).toBe('REFUNDED');
  expect((await sql(`SELECT 1 FROM "AuditLog" WHERE action = 'payment.refund' AND "entityId" = $1`, [paid.id])).length).toBe(1);

  // The day's report has it twice: collected, then given back.
  const report = await page.request.get(`/admin/payments/reconciliation?day=${today}`);
  expect(report.status()).toBe(200);
  expect(report.headers()['content-disposition']).toBe(`attachment; filename="reconciliere-${today}.csv"`);
  const lines = (await report.text()).split('\r\n').filter((line) => line.includes(paid.providerPaymentId));
  expect(lines.map((line) => line.split(';').slice(0, 2).concat(line.split(';')[5]!))).toEqual([
    ['incasare', String(paid.number), '123.45'],
    ['restituire', String(paid.number), '-123.45'],
  ]);
});

test('a clerk outside the tax department has no payments menu and is refused the page', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  await signIn(page, clerk.email);
  await page.goto('/admin');
  await expect(page.getByRole('navigation', { name: 'Secțiunile administrării' }).getByRole('link', { name: 'Plăți', exact: true })).toHaveCount(0);
  const response = await page.goto('/admin/payments');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
  expect((await page.request.get('/admin/payments/reconciliation')).status()).toBe(403);
});
