/**
 * Issue 17, /admin/payments: the daily reconciliation report matches the payments table. Payments
 * and provider notifications are written straight into the database around one Romanian day (paid
 * that day, paid a moment before it began, paid and refunded that day, refunded that day after an
 * earlier payment, failed, and money the portal could not match); the report's lines and totals are
 * checked against sums the database computes itself on Romanian time, and the CSV is read back.
 * Also: who may see payments, and the list's filters.
 */
import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TSessionUser } from '@/lib/auth/session-user';
import type { TPrismaClient } from '@/lib/db';
import { refundPaymentAction } from '@/lib/payments/admin-actions';
import { getPaymentForStaff, listPayments, reconciliationCsv, reconciliationReport, RECONCILIATION_COLUMNS, type TReconciliationRow } from '@/lib/payments/admin';
import { ZRefundPaymentSchema } from '@/lib/payments/schemas';
import { nextDay, startOfDayInRomania, todayInRomania } from '@/lib/time';
import { createApplicant, useRequestWorld, type TApplicant } from './request-fixtures';

// The server action reads the session and the request's headers as Next.js gives them.
let current: TSessionUser | null = null;
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '10.1.2.3' }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({ ...(await importOriginal<object>()), getSession: async () => current }));
const asSession = (actor: { id: string; role: TSessionUser['role'] }): TSessionUser => ({ id: actor.id, role: actor.role, email: `${actor.id}@exemplu.ro`, accountType: actor.role === 'CITIZEN' ? 'PERSON' : 'STAFF', locale: 'ro', displayName: actor.id });

let prisma: TPrismaClient;
let admin: { id: string; role: 'ADMIN' };
let taxClerk: { id: string; role: 'CLERK' };
let otherClerk: { id: string; role: 'CLERK' };
let payer: TApplicant;
let citizen: { id: string; role: 'CITIZEN' };

describe('/admin/payments for the tax office', () => {
  useRequestWorld((world) => {
    prisma = world.database.prisma;
    admin = { id: world.admin.user.id, role: 'ADMIN' };
    // clerk@demo.local is a member of the tax department (taxe-impozite) in the demo data.
    taxClerk = { id: world.clerk.user.id, role: 'CLERK' };
  });

  // A day in the past, far from today's demo data; the day before it for the payment just before midnight.
  const DAY = '2026-03-27';
  const YESTERDAY = '2026-03-26';
  const at = (day: string, time: string) => new Date(startOfDayInRomania(day).getTime() + Date.parse(`1970-01-01T${time}Z`));

  const CODE = '1800101270018';
  const seeded: Record<string, { id: string; number: number; providerPaymentId: string }> = {};

  async function payment(key: string, data: { status: 'PAID' | 'REFUNDED' | 'FAILED' | 'PENDING'; createdAt: Date; paidAt?: Date; refundedAt?: Date; closedAt?: Date; items: { label: string; amountBani: number; obligationId?: string }[] }) {
    const providerPaymentId = `ntp-${key}-${crypto.randomBytes(4).toString('hex')}`;
    const created = await prisma.payment.create({
      data: {
        payerId: payer.id,
        provider: 'test',
        providerPaymentId,
        status: data.status,
        amountBani: data.items.reduce((sum, item) => sum + item.amountBani, 0),
        description: `Plata ${key}`,
        idempotencyKey: crypto.randomUUID(),
        returnPath: '/taxes',
        expiresAt: new Date(data.createdAt.getTime() + 30 * 60_000),
        createdAt: data.createdAt,
        paidAt: data.paidAt ?? null,
        refundedAt: data.refundedAt ?? null,
        refundReason: data.refundedAt ? 'Plată dublă' : null,
        refundedById: data.refundedAt ? admin.id : null,
        closedAt: data.closedAt ?? null,
        items: { create: data.items.map((item) => ({ label: item.label, amountBani: item.amountBani, obligationId: item.obligationId ?? null })) },
      },
      select: { id: true, number: true },
    });
    seeded[key] = { ...created, providerPaymentId };
    return seeded[key]!;
  }

  async function notification(data: { paymentId?: string; providerPaymentId: string; status: string; amountBani: number; outcome: string; receivedAt: Date }) {
    await prisma.paymentNotification.create({ data: { provider: 'test', paymentId: data.paymentId ?? null, providerPaymentId: data.providerPaymentId, status: data.status, amountBani: data.amountBani, outcome: data.outcome, receivedAt: data.receivedAt } });
  }

  beforeAll(async () => {
    payer = await createApplicant(prisma);
    citizen = { id: (await createApplicant(prisma)).id, role: 'CITIZEN' };
    otherClerk = { id: (await prisma.user.findUniqueOrThrow({ where: { email: 'clerk.urbanism@demo.local' }, select: { id: true } })).id, role: 'CLERK' };

    const taxImport = await prisma.taxImport.create({ data: { fileName: 'export.csv', sha256: '0'.repeat(64), rowCount: 2, exportedAt: at(YESTERDAY, '06:00:00') } });
    const obligation = (externalId: string, kind: 'BUILDING' | 'LAND', description: string, principalBani: number) =>
      prisma.taxObligation.create({
        data: { externalId, taxpayerCode: CODE, taxpayerName: 'Ion Vasilescu', year: 2026, kind, description, principalBani, dueAt: new Date('2026-03-31'), importId: taxImport.id, syncedAt: taxImport.exportedAt },
        select: { id: true },
      });
    const building = await obligation(`b-${crypto.randomUUID()}`, 'BUILDING', 'Str. Ștefan cel Mare 10', 15_000);
    // A label with the CSV's separator and quotes, and one a spreadsheet would read as a formula.
    const land = await obligation(`l-${crypto.randomUUID()}`, 'LAND', 'Teren "intravilan"; lot 2', 7_550);

    await payment('paidToday', {
      status: 'PAID',
      createdAt: at(DAY, '08:58:00'),
      paidAt: at(DAY, '09:00:00'),
      items: [
        { label: 'Impozit pe clădiri 2026 — Str. Ștefan cel Mare 10', amountBani: 15_000, obligationId: building.id },
        { label: 'Impozit pe teren 2026 — Teren "intravilan"; lot 2', amountBani: 7_550, obligationId: land.id },
      ],
    });
    // 23:59:59 in Romania the day before: 21:59:59 or 20:59:59 UTC, never the report's day.
    await payment('paidYesterday', { status: 'PAID', createdAt: at(YESTERDAY, '23:55:00'), paidAt: at(YESTERDAY, '23:59:59'), items: [{ label: 'Impozit pe clădiri 2025', amountBani: 4_200 }] });
    await payment('refundedSameDay', {
      status: 'REFUNDED',
      createdAt: at(YESTERDAY, '23:59:00'),
      paidAt: at(DAY, '00:00:00'),
      refundedAt: at(DAY, '12:00:00'),
      items: [{ label: '=HYPERLINK("http://rau.example")', amountBani: 3_333, obligationId: building.id }],
    });
    await payment('refundedLater', { status: 'REFUNDED', createdAt: at(YESTERDAY, '10:00:00'), paidAt: at(YESTERDAY, '10:01:00'), refundedAt: at(DAY, '23:59:59'), items: [{ label: 'Amendă 2026', amountBani: 10_000 }] });
    await payment('failed', { status: 'FAILED', createdAt: at(DAY, '10:00:00'), closedAt: at(DAY, '10:05:00'), items: [{ label: 'Impozit pe teren 2026', amountBani: 7_550, obligationId: land.id }] });
    const mismatched = await payment('mismatched', { status: 'PENDING', createdAt: at(DAY, '14:00:00'), items: [{ label: 'Impozit pe clădiri 2026', amountBani: 15_000, obligationId: building.id }] });

    // Money the portal could not match: an order it does not know, and the wrong amount for a payment.
    await notification({ providerPaymentId: 'ntp-necunoscut-1', status: 'paid', amountBani: 999, outcome: 'unknown', receivedAt: at(DAY, '15:00:00') });
    await notification({ paymentId: mismatched.id, providerPaymentId: mismatched.providerPaymentId, status: 'paid', amountBani: 14_000, outcome: 'amountMismatch', receivedAt: at(DAY, '14:05:00') });
    // Not money the treasury must chase: a repeated "paid", a failure, and unknown money of the day before.
    await notification({ paymentId: seeded.paidToday!.id, providerPaymentId: seeded.paidToday!.providerPaymentId, status: 'paid', amountBani: 22_550, outcome: 'recorded', receivedAt: at(DAY, '09:00:00') });
    await notification({ paymentId: seeded.paidToday!.id, providerPaymentId: seeded.paidToday!.providerPaymentId, status: 'paid', amountBani: 22_550, outcome: 'duplicate', receivedAt: at(DAY, '09:00:30') });
    await notification({ providerPaymentId: 'ntp-necunoscut-2', status: 'failed', amountBani: 500, outcome: 'unknown', receivedAt: at(DAY, '16:00:00') });
    await notification({ providerPaymentId: 'ntp-necunoscut-3', status: 'paid', amountBani: 700, outcome: 'unknown', receivedAt: at(YESTERDAY, '23:59:59') });
  });

  /** What the database says of one Romanian day, summed by PostgreSQL on Romanian time, apart from the report's code. */
  async function expectedFromTables(day: string) {
    const local = (column: string) => `((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Bucharest')::date = $1::date`;
    const [row] = await prisma.$queryRawUnsafe<{ paidCount: number; paidBani: number; refundedCount: number; refundedBani: number; unmatchedCount: number; unmatchedBani: number }[]>(
      `SELECT (SELECT count(*) FROM "Payment" WHERE ${local('"paidAt"')})::int AS "paidCount",
              (SELECT coalesce(sum("amountBani"), 0) FROM "Payment" WHERE ${local('"paidAt"')})::int AS "paidBani",
              (SELECT count(*) FROM "Payment" WHERE status = 'REFUNDED' AND ${local('"refundedAt"')})::int AS "refundedCount",
              (SELECT coalesce(sum("amountBani"), 0) FROM "Payment" WHERE status = 'REFUNDED' AND ${local('"refundedAt"')})::int AS "refundedBani",
              (SELECT count(*) FROM "PaymentNotification" WHERE status = 'paid' AND outcome IN ('unknown', 'amountMismatch', 'notPayable') AND ${local('"receivedAt"')})::int AS "unmatchedCount",
              (SELECT coalesce(sum("amountBani"), 0) FROM "PaymentNotification" WHERE status = 'paid' AND outcome IN ('unknown', 'amountMismatch', 'notPayable') AND ${local('"receivedAt"')})::int AS "unmatchedBani"`,
      day,
    );
    return row!;
  }

  const linesOf = (rows: TReconciliationRow[]) => rows.map((row) => `${row.kind}:${row.paymentNumber ?? row.providerPaymentId}`);

  describe('the daily reconciliation report', () => {
    it('has a line for each payment paid, each refunded and each unmatched notification of the day, in order, with totals that match the payments table', async () => {
      const report = await reconciliationReport(admin, DAY);
      const n = (key: string) => `${seeded[key]!.number}`;
      expect(linesOf(report.rows)).toEqual([
        `incasare:${n('refundedSameDay')}`,
        `incasare:${n('paidToday')}`,
        `restituire:${n('refundedSameDay')}`,
        `neasociata:${n('mismatched')}`,
        'neasociata:ntp-necunoscut-1',
        `restituire:${n('refundedLater')}`,
      ]);

      const expected = await expectedFromTables(DAY);
      expect(report.totals.paid).toEqual({ count: expected.paidCount, bani: expected.paidBani });
      expect(report.totals.refunded).toEqual({ count: expected.refundedCount, bani: -expected.refundedBani });
      expect(report.totals.unmatched).toEqual({ count: expected.unmatchedCount, bani: expected.unmatchedBani });
      expect(report.totals.netBani).toBe(expected.paidBani - expected.refundedBani + expected.unmatchedBani);
      expect(report.totals.count).toBe(report.rows.length);
      // The figures themselves: 225,50 + 33,33 in, 33,33 + 100,00 out, 140,00 + 9,99 unmatched.
      expect(report.totals.netBani).toBe(22_550 + 3_333 - 3_333 - 10_000 + 14_000 + 999);

      const paidToday = report.rows.find((row) => row.kind === 'incasare' && row.paymentNumber === seeded.paidToday!.number)!;
      expect(paidToday).toMatchObject({
        providerPaymentId: seeded.paidToday!.providerPaymentId,
        provider: 'test',
        amountBani: 22_550,
        currency: 'RON',
        payerEmail: payer.email,
        taxpayerCode: CODE,
        details: 'Impozit pe clădiri 2026 — Str. Ștefan cel Mare 10 | Impozit pe teren 2026 — Teren "intravilan"; lot 2',
      });
      expect(paidToday.at.toISOString()).toBe(at(DAY, '09:00:00').toISOString());
      const refund = report.rows.find((row) => row.kind === 'restituire' && row.paymentNumber === seeded.refundedSameDay!.number)!;
      expect(refund.amountBani).toBe(-3_333);
      expect(report.rows.find((row) => row.providerPaymentId === 'ntp-necunoscut-1')).toMatchObject({ paymentNumber: null, payerEmail: null, taxpayerCode: null, details: 'unknown', amountBani: 999 });
      expect(report.rows.find((row) => row.kind === 'neasociata' && row.paymentNumber === seeded.mismatched!.number)).toMatchObject({ details: 'amountMismatch', amountBani: 14_000, payerEmail: payer.email });
    });

    it('puts a payment paid at 23:59:59 in Romania on that day, not the next, and matches the table that day too', async () => {
      const report = await reconciliationReport(taxClerk, YESTERDAY);
      expect(linesOf(report.rows)).toEqual([`incasare:${seeded.refundedLater!.number}`, `incasare:${seeded.paidYesterday!.number}`, 'neasociata:ntp-necunoscut-3']);
      const expected = await expectedFromTables(YESTERDAY);
      expect(report.totals.netBani).toBe(expected.paidBani - expected.refundedBani + expected.unmatchedBani);
      expect((await reconciliationReport(admin, nextDay(DAY))).rows).toEqual([]);
    });

    it('writes a CSV for Excel (BOM, ";", quoted where needed) that reads back as the same lines and the totals line', async () => {
      const report = await reconciliationReport(admin, DAY);
      const csv = reconciliationCsv(report.rows);
      expect(csv.startsWith('\uFEFFtip;numar_plata;id_furnizor;furnizor;data_ora;suma_lei;moneda;platitor;cod_fiscal;detalii\r\n')).toBe(true);
      // RFC 4180: the label with ";" and quotes is one quoted cell, its quotes doubled.
      expect(csv).toContain('"Impozit pe clădiri 2026 — Str. Ștefan cel Mare 10 | Impozit pe teren 2026 — Teren ""intravilan""; lot 2"');

      const records = parse(csv, { bom: true, delimiter: ';', columns: true, skip_empty_lines: true }) as Record<string, string>[];
      expect(Object.keys(records[0]!)).toEqual([...RECONCILIATION_COLUMNS]);
      expect(records).toHaveLength(report.rows.length + 1);
      report.rows.forEach((row, index) => {
        const record = records[index]!;
        expect(record).toMatchObject({
          tip: row.kind,
          numar_plata: row.paymentNumber === null ? '' : String(row.paymentNumber),
          id_furnizor: row.providerPaymentId ?? '',
          furnizor: row.provider,
          suma_lei: (row.amountBani / 100).toFixed(2),
          moneda: row.currency,
          platitor: row.payerEmail ?? '',
          cod_fiscal: row.taxpayerCode ?? '',
        });
        // ISO 8601 with Romania's offset (+02:00 in winter, +03:00 from the last Sunday of March), the same instant.
        expect(record.data_ora).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00$/);
        expect(new Date(record.data_ora!).getTime()).toBe(Math.floor(row.at.getTime() / 1000) * 1000);
        // A cell a spreadsheet would run as a formula starts with an apostrophe.
        expect(record.detalii).toBe(row.details.startsWith('=') ? `'${row.details}` : row.details);
      });
      expect(records.find((record) => record.tip === 'incasare' && record.numar_plata === String(seeded.paidToday!.number))?.data_ora).toBe(`${DAY}T09:00:00+02:00`);

      const totals = records.at(-1)!;
      const expected = await expectedFromTables(DAY);
      expect(totals.tip).toBe('total');
      expect(totals.suma_lei).toBe(((expected.paidBani - expected.refundedBani + expected.unmatchedBani) / 100).toFixed(2));
      // The totals line's sum is the sum of the lines above it, as the spreadsheet would add them.
      const cents = records.slice(0, -1).reduce((sum, record) => sum + Math.round(Number(record.suma_lei) * 100), 0);
      expect(Math.round(Number(totals.suma_lei) * 100)).toBe(cents);
      expect(totals.detalii).toBe(
        `încasări: ${expected.paidCount} (${(expected.paidBani / 100).toFixed(2)} lei) | restituiri: ${expected.refundedCount} (${(-expected.refundedBani / 100).toFixed(2)} lei) | neasociate: ${expected.unmatchedCount} (${(expected.unmatchedBani / 100).toFixed(2)} lei)`,
      );
    });
  });

  describe('who may see payments', () => {
    it('lets administrators and the tax department in, and refuses a clerk of another department and a citizen', async () => {
      for (const actor of [admin, taxClerk]) {
        await expect(listPayments(actor, {})).resolves.toMatchObject({ page: 1 });
        await expect(getPaymentForStaff(actor, seeded.paidToday!.id)).resolves.toMatchObject({ number: seeded.paidToday!.number });
      }
      for (const actor of [otherClerk, citizen]) {
        await expect(listPayments(actor, {})).rejects.toMatchObject({ code: 'forbidden' });
        await expect(getPaymentForStaff(actor, seeded.paidToday!.id)).rejects.toMatchObject({ code: 'forbidden' });
        await expect(reconciliationReport(actor, DAY)).rejects.toMatchObject({ code: 'forbidden' });
      }
    });
  });

  describe('the list of payments', () => {
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

    it('filters by the Romanian day a payment was started or paid, newest first', async () => {
      const { rows } = await listPayments(admin, { day: DAY });
      // refundedSameDay was started the day before and paid at 00:00 on the day: it is the day's too.
      expect(ids(rows)).toEqual(['mismatched', 'failed', 'paidToday', 'refundedSameDay'].map((key) => seeded[key]!.id));
      expect(rows[2]).toMatchObject({ number: seeded.paidToday!.number, status: 'PAID', amountBani: 22_550, itemCount: 2, payer: { email: payer.email, name: 'Ion Vasilescu' } });
      expect(ids((await listPayments(admin, { day: YESTERDAY })).rows)).toEqual(['refundedSameDay', 'paidYesterday', 'refundedLater'].map((key) => seeded[key]!.id));
    });

    it('filters by status and by the payment number, the provider id or the payer email', async () => {
      expect(ids((await listPayments(admin, { status: 'REFUNDED' })).rows).sort()).toEqual([seeded.refundedSameDay!.id, seeded.refundedLater!.id].sort());
      expect(ids((await listPayments(admin, { day: DAY, status: 'FAILED' })).rows)).toEqual([seeded.failed!.id]);
      const { number, providerPaymentId, id } = seeded.paidToday!;
      expect(ids((await listPayments(admin, { q: String(number) })).rows)).toEqual([id]);
      expect(ids((await listPayments(admin, { q: `CH-2026-${String(number).padStart(6, '0')}` })).rows)).toEqual([id]);
      expect(ids((await listPayments(admin, { q: providerPaymentId })).rows)).toEqual([id]);
      expect(ids((await listPayments(admin, { q: payer.email.toUpperCase() })).rows).sort()).toEqual(Object.values(seeded).map((p) => p.id).sort());
      expect((await listPayments(admin, { q: 'nimeni@exemplu.ro' })).rows).toEqual([]);
      // A malformed filter is ignored, not an error.
      expect((await listPayments(admin, { day: '2026-02-30', status: 'NOPE' as never })).rows.length).toBeGreaterThanOrEqual(Object.keys(seeded).length);
    });

    it('pages through the list without losing or repeating a payment', async () => {
      const first = await listPayments(admin, { q: payer.email }, 4);
      const second = await listPayments(admin, { q: payer.email, page: 2 }, 4);
      expect(first).toMatchObject({ page: 1, hasNext: true });
      expect(second).toMatchObject({ page: 2, hasNext: false });
      expect([...ids(first.rows), ...ids(second.rows)].sort()).toEqual(Object.values(seeded).map((p) => p.id).sort());
    });
  });

  describe('one payment for the tax office', () => {
    it('has its items with the obligations, the notifications in order, and no receipt yet', async () => {
      const payment = (await getPaymentForStaff(taxClerk, seeded.paidToday!.id))!;
      expect(payment.items.map((item) => ({ amountBani: item.amountBani, kind: item.obligation?.kind, year: item.obligation?.year, code: item.obligation?.taxpayerCode }))).toEqual(
        expect.arrayContaining([
          { amountBani: 15_000, kind: 'BUILDING', year: 2026, code: CODE },
          { amountBani: 7_550, kind: 'LAND', year: 2026, code: CODE },
        ]),
      );
      expect(payment.notifications.map((n) => n.outcome)).toEqual(['recorded', 'duplicate']);
      expect(payment).toMatchObject({ receipt: null, refund: null, payer: { email: payer.email } });
      expect((await getPaymentForStaff(admin, seeded.refundedLater!.id))!.refund).toMatchObject({ reason: 'Plată dublă', at: at(DAY, '23:59:59') });
      expect(await getPaymentForStaff(admin, 'nu-exista')).toBeNull();
    });
  });

  describe('the refund form', () => {
    it('wants a reason of 5 to 500 characters and the confirmation ticked', () => {
      const errors = (input: Record<string, unknown>) => {
        const result = ZRefundPaymentSchema.safeParse({ paymentId: 'p1', ...input });
        return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
      };
      expect(errors({ reason: '   ', confirm: false })).toEqual(['reason:paymentsAdmin.errors.reasonRequired', 'reason:paymentsAdmin.errors.reasonTooShort', 'confirm:paymentsAdmin.errors.confirmRequired']);
      expect(errors({ reason: 'abcd', confirm: true })).toEqual(['reason:paymentsAdmin.errors.reasonTooShort']);
      expect(errors({ reason: 'x'.repeat(501), confirm: 'on' })).toEqual(['reason:paymentsAdmin.errors.reasonTooLong']);
      expect(ZRefundPaymentSchema.parse({ paymentId: 'p1', reason: '  Plată dublă  ', confirm: 'on' })).toEqual({ paymentId: 'p1', reason: 'Plată dublă', confirm: true });
      expect(errors({ reason: 'Plată dublă', confirm: true, status: 'REFUNDED' })).toHaveLength(1);
    });
  });

  describe('refunding a payment', () => {
    it('refuses a clerk of another department and a citizen, says what the form lacks, and refunds a paid payment with the reason in the audit log', async () => {
      const paid = await payment('toRefund', { status: 'PAID', createdAt: at('2026-03-20', '10:00:00'), paidAt: at('2026-03-20', '10:01:00'), items: [{ label: 'Impozit pe clădiri 2026', amountBani: 12_345 }] });
      const input = { paymentId: paid.id, reason: 'Plată făcută de două ori', confirm: true };
      const status = async () => (await prisma.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } })).status;

      current = asSession(otherClerk);
      expect(await refundPaymentAction(input)).toEqual({ ok: false, formError: 'forbidden' });
      current = asSession(citizen);
      expect(await refundPaymentAction(input)).toEqual({ ok: false, formError: 'forbidden' });
      current = asSession(taxClerk);
      expect(await refundPaymentAction({ ...input, reason: '', confirm: false })).toEqual({
        ok: false,
        fieldErrors: { reason: ['paymentsAdmin.errors.reasonRequired', 'paymentsAdmin.errors.reasonTooShort'], confirm: ['paymentsAdmin.errors.confirmRequired'] },
      });
      expect(await refundPaymentAction({ ...input, paymentId: seeded.failed!.id })).toEqual({ ok: false, formError: 'payment.refundNotAllowed' });
      expect(await status()).toBe('PAID');

      expect(await refundPaymentAction(input)).toEqual({ ok: true, data: undefined });
      current = null;
      const { refundedAt, ...refunded } = await prisma.payment.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true, refundReason: true, refundedById: true, refundedAt: true } });
      expect(refunded).toEqual({ status: 'REFUNDED', refundReason: 'Plată făcută de două ori', refundedById: taxClerk.id });
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'payment.refund', entityId: paid.id }, select: { actorId: true, ip: true, details: true } });
      expect(audit).toMatchObject({ actorId: taxClerk.id, ip: '10.1.2.3', details: { reason: 'Plată făcută de două ori', amountBani: 12_345 } });
      // It is the refunded day's line in the report now.
      expect((await reconciliationReport(admin, todayInRomania(refundedAt!))).rows).toContainEqual(expect.objectContaining({ kind: 'restituire', paymentNumber: paid.number, amountBani: -12_345 }));
    });
  });
});
