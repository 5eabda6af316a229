/**
 * The tax office's view of online payments (/admin/payments): the list by day, status and search,
 * one payment with everything the provider told the portal about it, and the daily reconciliation
 * report the treasury matches against the provider's settlement and the bank statement — money in
 * (încasări), money given back (restituiri) and money the portal could not match to a payment it
 * expected (neasociate). Administrators and the clerks of the tax department only
 * (lib/payments/staff-access.ts), checked here, next to the data, in every function.
 *
 * A day is a Romanian calendar day (Europe/Bucharest, lib/time.ts): the treasury closes its books
 * on local time, so a payment made at 00:30 in Romania belongs to that day, not to the UTC one.
 */
import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { TActor } from '@/lib/auth/assert-admin';
import { db } from '@/lib/db';
import { Prisma, type PaymentStatus } from '@/lib/generated/prisma/client';
import { assertPaymentsStaff } from '@/lib/payments/staff-access';
import { firstParam } from '@/lib/search-params';
import { nextDay, startOfDayInRomania, TIME_ZONE, ZDaySchema } from '@/lib/time';

export const PAYMENTS_PAGE_SIZE = 50;

export const PAYMENT_STATUSES = ['CREATED', 'PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED'] as const satisfies readonly PaymentStatus[];

/** A parameter that is ignored (undefined) when it is not valid: a hand-edited link still shows the list. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess(firstParam, schema.optional()).catch(undefined);

/**
 * The list's filters, from the page's query string: `day` (YYYY-MM-DD, Romanian time), `status`,
 * `q` (the payment's number as printed on the receipt or bare, the provider's id of the payment,
 * or the payer's email) and `page` (from 1). Nothing here fails: a bad value is ignored.
 */
export const ZPaymentsFilterSchema = z.object({
  day: param(ZDaySchema),
  status: param(z.enum(PAYMENT_STATUSES)),
  q: param(z.string().max(100)),
  page: z.preprocess((value) => (typeof value === 'number' ? value : firstParam(value)), z.coerce.number().int().min(1).max(10_000)).catch(1),
});
/** The filters as a caller names them (the page passes its raw search parameters through the schema first). */
export type TPaymentsFilter = { day?: string; status?: PaymentStatus; q?: string; page?: number };
export type TPaymentsFilterParsed = z.output<typeof ZPaymentsFilterSchema>;

/** Reads the page's search parameters (never throws). */
export const parsePaymentsFilter = (params: unknown): TPaymentsFilterParsed => ZPaymentsFilterSchema.parse(params ?? {});

/** The instants a Romanian day starts and ends. */
const dayRange = (day: string) => ({ gte: startOfDayInRomania(day), lt: startOfDayInRomania(nextDay(day)) });

/** "123", "000123" or the receipt's "CH-2026-000123": the payment's number; anything else is not one. */
function paymentNumberOf(q: string): number | null {
  const match = /^(?:CH-\d{4}-)?0*(\d{1,9})$/i.exec(q.replace(/\s/g, ''));
  const value = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(value) && value >= 1 && value <= 2_147_483_647 ? value : null;
}

const PAYER_SELECT = { email: true, personProfile: { select: { firstName: true, lastName: true } }, organizationProfile: { select: { name: true } } } as const;
type TPayerRow = { email: string; personProfile: { firstName: string; lastName: string } | null; organizationProfile: { name: string } | null };
const payerName = (payer: TPayerRow) => (payer.personProfile ? `${payer.personProfile.firstName} ${payer.personProfile.lastName}` : (payer.organizationProfile?.name ?? null));

export type TPaymentListRow = {
  id: string;
  number: number;
  status: PaymentStatus;
  amountBani: number;
  currency: string;
  provider: string;
  providerPaymentId: string | null;
  createdAt: Date;
  paidAt: Date | null;
  payer: { email: string; name: string | null };
  itemCount: number;
};

export type TPaymentsPage = { rows: TPaymentListRow[]; page: number; hasNext: boolean };

/**
 * One page of payments, newest first. A day is the day the payment was started or paid (a payment
 * started at 23:58 and paid at 00:01 shows on both days), through the createdAt and paidAt indexes.
 * Offset pages: a day holds few enough payments that a page number, which a clerk can say on the
 * phone, costs nothing; without a day the newest pages are the ones read.
 */
export async function listPayments(actor: TActor, filter: TPaymentsFilter, pageSize = PAYMENTS_PAGE_SIZE): Promise<TPaymentsPage> {
  await assertPaymentsStaff(actor);
  const { day, status, q, page } = ZPaymentsFilterSchema.parse(filter);
  const and: Prisma.PaymentWhereInput[] = [];
  if (day) and.push({ OR: [{ createdAt: dayRange(day) }, { paidAt: dayRange(day) }] });
  if (status) and.push({ status });
  if (q) {
    // A number is the payment's (or the provider's id, which may be digits too), never a part of an email.
    const number = paymentNumberOf(q);
    and.push({ OR: number ? [{ number }, { providerPaymentId: q }] : [{ providerPaymentId: q }, { payer: { email: { contains: q, mode: 'insensitive' as const } } }] });
  }
  const found = await db.payment.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
    select: {
      id: true,
      number: true,
      status: true,
      amountBani: true,
      currency: true,
      provider: true,
      providerPaymentId: true,
      createdAt: true,
      paidAt: true,
      payer: { select: PAYER_SELECT },
      _count: { select: { items: true } },
    },
  });
  const rows = found.slice(0, pageSize).map(({ payer, _count, ...row }) => ({ ...row, payer: { email: payer.email, name: payerName(payer) }, itemCount: _count.items }));
  return { rows, page, hasNext: found.length > pageSize };
}

/**
 * One payment as the tax office reads it: what it paid (each obligation with its taxpayer code, or
 * the request whose fee it was), every notification the provider sent about it, its refund and its
 * receipt. Null when there is no such payment.
 */
export async function getPaymentForStaff(actor: TActor, id: string) {
  await assertPaymentsStaff(actor);
  const payment = await db.payment.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      amountBani: true,
      currency: true,
      description: true,
      provider: true,
      providerPaymentId: true,
      createdAt: true,
      expiresAt: true,
      paidAt: true,
      closedAt: true,
      refundedAt: true,
      refundReason: true,
      refundedBy: { select: PAYER_SELECT },
      payer: { select: { id: true, ...PAYER_SELECT } },
      items: {
        orderBy: { id: 'asc' },
        select: {
          id: true,
          label: true,
          amountBani: true,
          obligation: { select: { id: true, kind: true, year: true, description: true, taxpayerCode: true } },
          fee: { select: { id: true, reference: true, request: { select: { id: true, registrationNumber: true } } } },
        },
      },
      notifications: { orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }], select: { id: true, receivedAt: true, status: true, amountBani: true, outcome: true } },
      receipts: { where: { kind: 'PAYMENT_RECEIPT' }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, code: true, registrationNumber: true, createdAt: true } },
    },
  });
  if (!payment) return null;
  const { payer, refundedBy, receipts, ...rest } = payment;
  return {
    ...rest,
    payer: { id: payer.id, email: payer.email, name: payerName(payer) },
    refund: payment.refundedAt ? { at: payment.refundedAt, reason: payment.refundReason, by: refundedBy ? { email: refundedBy.email, name: payerName(refundedBy) } : null } : null,
    receipt: receipts[0] ?? null,
  };
}

export type TStaffPayment = NonNullable<Awaited<ReturnType<typeof getPaymentForStaff>>>;

// ───────────────────────────── the daily reconciliation ─────────────────────────────

/** What the treasury's columns say of a line: money in, money given back, money no payment expected. */
export type TReconciliationKind = 'incasare' | 'restituire' | 'neasociata';

/** The notifications whose money the portal could not match (lib/payments/payments.ts recordNotification). */
export const UNMATCHED_OUTCOMES = ['unknown', 'amountMismatch', 'notPayable'] as const;

export type TReconciliationRow = {
  kind: TReconciliationKind;
  /** Payment.number (the provider's order id); null for money whose order the portal does not know. */
  paymentNumber: number | null;
  providerPaymentId: string | null;
  provider: string;
  /** When it was paid, refunded, or the notification received. */
  at: Date;
  /** Negative for a refund. */
  amountBani: number;
  currency: string;
  payerEmail: string | null;
  /** The taxpayer codes (CNP/CUI) of the obligations paid, or null (a request's fee, unknown money). */
  taxpayerCode: string | null;
  /** The items' labels, or the notification's outcome. */
  details: string;
};

export type TReconciliationTotals = {
  count: number;
  paid: { count: number; bani: number };
  /** `bani` is negative, as the rows say it. */
  refunded: { count: number; bani: number };
  unmatched: { count: number; bani: number };
  /** The sum of every row: what the provider should settle for the day. */
  netBani: number;
};

export type TReconciliationReport = { day: string; rows: TReconciliationRow[]; totals: TReconciliationTotals };

const KIND_ORDER: Record<TReconciliationKind, number> = { incasare: 0, restituire: 1, neasociata: 2 };

/**
 * The treasury's lines for one Romanian day: each payment paid that day (încasare), each payment
 * refunded that day (restituire, negative; paid and refunded the same day it is there twice), and
 * each "paid" notification of that day whose money the portal could not match (neasociată), in the
 * order they happened, with totals computed from the lines themselves.
 */
export async function reconciliationReport(actor: TActor, day: string): Promise<TReconciliationReport> {
  await assertPaymentsStaff(actor);
  const range = dayRange(ZDaySchema.parse(day));
  const paymentSelect = {
    number: true,
    provider: true,
    providerPaymentId: true,
    amountBani: true,
    currency: true,
    paidAt: true,
    refundedAt: true,
    payer: { select: { email: true } },
    items: { orderBy: { id: 'asc' as const }, select: { label: true, obligation: { select: { taxpayerCode: true } } } },
  } satisfies Prisma.PaymentSelect;
  const [paid, refunded, unmatched] = await Promise.all([
    // A payment refunded since was paid all the same: the day's money came in.
    db.payment.findMany({ where: { paidAt: range, status: { in: ['PAID', 'REFUNDED'] } }, select: paymentSelect }),
    // By status first: the (status, expiresAt) index narrows it to the refunded ones.
    db.payment.findMany({ where: { status: 'REFUNDED', refundedAt: range }, select: paymentSelect }),
    db.paymentNotification.findMany({
      where: { receivedAt: range, status: 'paid', outcome: { in: [...UNMATCHED_OUTCOMES] } },
      select: { provider: true, providerPaymentId: true, amountBani: true, receivedAt: true, outcome: true, payment: { select: paymentSelect } },
    }),
  ]);

  type TPaymentLine = (typeof paid)[number];
  const codes = (payment: TPaymentLine) => [...new Set(payment.items.map((item) => item.obligation?.taxpayerCode).filter((code): code is string => Boolean(code)))].join(' ') || null;
  const line = (kind: 'incasare' | 'restituire', payment: TPaymentLine): TReconciliationRow => ({
    kind,
    paymentNumber: payment.number,
    providerPaymentId: payment.providerPaymentId,
    provider: payment.provider,
    at: (kind === 'incasare' ? payment.paidAt : payment.refundedAt)!,
    amountBani: kind === 'incasare' ? payment.amountBani : -payment.amountBani,
    currency: payment.currency,
    payerEmail: payment.payer.email,
    taxpayerCode: codes(payment),
    details: payment.items.map((item) => item.label).join(' | '),
  });
  const rows: TReconciliationRow[] = [
    ...paid.map((payment) => line('incasare', payment)),
    ...refunded.map((payment) => line('restituire', payment)),
    ...unmatched.map((notification) => ({
      kind: 'neasociata' as const,
      paymentNumber: notification.payment?.number ?? null,
      providerPaymentId: notification.providerPaymentId,
      provider: notification.provider,
      at: notification.receivedAt,
      amountBani: notification.amountBani,
      currency: notification.payment?.currency ?? 'RON',
      payerEmail: notification.payment?.payer.email ?? null,
      taxpayerCode: notification.payment ? codes(notification.payment) : null,
      details: notification.outcome,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.paymentNumber ?? 0) - (b.paymentNumber ?? 0));

  return { day, rows, totals: reconciliationTotals(rows) };
}

/** The totals of the report's lines, from the lines themselves. */
export function reconciliationTotals(rows: TReconciliationRow[]): TReconciliationTotals {
  const sum = (kind: TReconciliationKind) => {
    const of = rows.filter((row) => row.kind === kind);
    return { count: of.length, bani: of.reduce((total, row) => total + row.amountBani, 0) };
  };
  return { count: rows.length, paid: sum('incasare'), refunded: sum('restituire'), unmatched: sum('neasociata'), netBani: rows.reduce((total, row) => total + row.amountBani, 0) };
}

// ───────────────────────────── the CSV file ─────────────────────────────

/** The report's columns, in the order the treasury's spreadsheet expects them. */
export const RECONCILIATION_COLUMNS = ['tip', 'numar_plata', 'id_furnizor', 'furnizor', 'data_ora', 'suma_lei', 'moneda', 'platitor', 'cod_fiscal', 'detalii'] as const;
export type TReconciliationRecord = Record<(typeof RECONCILIATION_COLUMNS)[number], string>;

const isoFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** ISO 8601 on Romanian time with its offset: "2026-03-05T14:30:05+02:00" (+03:00 in summer). */
export function isoInRomania(date: Date): string {
  const parts = isoFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}

/** Bani as lei with a dot and two decimals, "-123.45": the same in every locale, for the spreadsheet to read. */
export const baniToLei = (bani: number) => `${bani < 0 ? '-' : ''}${Math.floor(Math.abs(bani) / 100)}.${String(Math.abs(bani) % 100).padStart(2, '0')}`;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @ first: CSV injection, OWASP)
 * gets an apostrophe first. The texts come from outside the portal (the tax office's file, the
 * provider's ids); amounts and times are ours and never pass here.
 */
const safeText = (value: string | null) => (value && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? ''));

/** One line of the report as the CSV writes it. */
export function reconciliationRecord(row: TReconciliationRow): TReconciliationRecord {
  return {
    tip: row.kind,
    numar_plata: row.paymentNumber === null ? '' : String(row.paymentNumber),
    id_furnizor: safeText(row.providerPaymentId),
    furnizor: safeText(row.provider),
    data_ora: isoInRomania(row.at),
    suma_lei: baniToLei(row.amountBani),
    moneda: safeText(row.currency),
    platitor: safeText(row.payerEmail),
    cod_fiscal: safeText(row.taxpayerCode),
    detalii: safeText(row.details),
  };
}

/** The totals line, computed from the lines: the net sum, and the count and sum of each kind in `detalii`. */
export function reconciliationTotalsRecord(totals: TReconciliationTotals): TReconciliationRecord {
  const part = (label: string, { count, bani }: { count: number; bani: number }) => `${label}: ${count} (${baniToLei(bani)} lei)`;
  return {
    tip: 'total',
    numar_plata: '',
    id_furnizor: '',
    furnizor: '',
    data_ora: '',
    suma_lei: baniToLei(totals.netBani),
    moneda: 'RON',
    platitor: '',
    cod_fiscal: '',
    detalii: [part('încasări', totals.paid), part('restituiri', totals.refunded), part('neasociate', totals.unmatched)].join(' | '),
  };
}

/**
 * The report's lines as a CSV file (RFC 4180 quoting and CRLF line ends, by csv-stringify): the header,
 * one line per row and the totals line. Written for Excel as Romanian Windows sets it up: `;`
 * between cells (the list separator there, since the comma is the decimal mark) and a UTF-8 byte
 * order mark first, without which Excel reads the file as Windows-1250 and breaks ă, î, ș, ț.
 */
export function reconciliationCsv(rows: TReconciliationRow[]): string {
  return stringify([...rows.map(reconciliationRecord), reconciliationTotalsRecord(reconciliationTotals(rows))], {
    header: true,
    columns: [...RECONCILIATION_COLUMNS],
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
  });
}
