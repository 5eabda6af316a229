/**
 * What a signed-in taxpayer owes the city hall (/taxes): the obligations the tax system reported
 * for their own fiscal code — the CNP of a person's profile, the CUI of a company's or an
 * institution's — never for a code the client sends. On top of the tax system's figures: what the
 * portal took online since those figures were exported (the tax system does not know it yet), and
 * the payment that holds an obligation open.
 */
import 'server-only';
import { cache } from 'react';
import { normalizeCui } from '@/lib/accounts/validation';
import { db } from '@/lib/db';
import type { TaxKind } from '@/lib/generated/prisma/client';
import { todayInRomania } from '@/lib/time';

/**
 * A taxpayer has a few obligations a year (a few hundred over a long arrears history): the list is
 * one page, capped here so that a code shared by a data error cannot load a whole city's rows.
 */
export const OBLIGATIONS_CAP = 500;

export type TObligationView = {
  id: string;
  externalId: string;
  year: number;
  kind: TaxKind;
  description: string;
  taxpayerName: string;
  /** The due day, YYYY-MM-DD (a calendar day: print it with formatDay). */
  dueDay: string;
  dueAt: Date;
  paymentRank: number | null;
  principalBani: number;
  incrementsBani: number;
  /** Paid as the tax system knew it at `syncedAt`. */
  paidBani: number;
  /** Paid through the portal (PAID payments) after `syncedAt`. */
  paidOnlineBani: number;
  outstandingBani: number;
  /** The open payment (created or at the provider) that holds this obligation, if any. */
  openPaymentId: string | null;
  /** Still owed and its due day is past (Romanian calendar). */
  overdue: boolean;
  syncedAt: Date;
};

/**
 * The fiscal code the tax system knows a citizen by: a person's CNP, a company's or institution's
 * CUI (without RO). Null for staff, for an account without a code, and for an unknown user.
 */
export const taxpayerCodeOf = cache(async (userId: string): Promise<string | null> => {
  const user = await db.user.findFirst({
    where: { id: userId, role: 'CITIZEN', deletedAt: null },
    select: { accountType: true, personProfile: { select: { cnp: true } }, organizationProfile: { select: { cui: true } } },
  });
  if (!user) return null;
  if (user.accountType === 'PERSON') return user.personProfile?.cnp?.trim() || null;
  if (user.accountType === 'COMPANY' || user.accountType === 'INSTITUTION') {
    const cui = user.organizationProfile?.cui ? normalizeCui(user.organizationProfile.cui).cui : '';
    return cui || null;
  }
  return null;
});

/**
 * The signed-in user's obligations, newest year first, then in the legal order of payment (those
 * without one last), then by due day. One query for the obligations, one grouped query for what
 * the portal took online and the open payments of all of them.
 */
export async function obligationsOf(user: { id: string }, { now = new Date() }: { now?: Date } = {}): Promise<TObligationView[]> {
  const code = await taxpayerCodeOf(user.id);
  if (!code) return [];
  const obligations = await db.taxObligation.findMany({
    where: { taxpayerCode: code },
    orderBy: [{ year: 'desc' }, { paymentRank: { sort: 'asc', nulls: 'last' } }, { dueAt: 'asc' }, { externalId: 'asc' }],
    take: OBLIGATIONS_CAP,
    select: {
      id: true,
      externalId: true,
      year: true,
      kind: true,
      description: true,
      taxpayerName: true,
      dueAt: true,
      paymentRank: true,
      principalBani: true,
      incrementsBani: true,
      paidBani: true,
      syncedAt: true,
    },
  });
  if (obligations.length === 0) return [];

  // Scoped by the same code, so the sums can only be of this taxpayer's obligations. PAID only:
  // a refunded payment gave the money back, an open one has not taken it yet.
  const online = await db.$queryRaw<{ obligationId: string; paidOnline: bigint; openPaymentId: string | null }[]>`
    SELECT i."obligationId",
           COALESCE(SUM(i."amountBani") FILTER (WHERE p.status = 'PAID' AND p."paidAt" > o."syncedAt"), 0)::bigint AS "paidOnline",
           MIN(i."paymentId") FILTER (WHERE i."openKey" IS NOT NULL) AS "openPaymentId"
    FROM "PaymentItem" i
    JOIN "Payment" p ON p.id = i."paymentId"
    JOIN "TaxObligation" o ON o.id = i."obligationId"
    WHERE o."taxpayerCode" = ${code} AND (p.status = 'PAID' OR i."openKey" IS NOT NULL)
    GROUP BY i."obligationId"`;
  const byObligation = new Map(online.map((row) => [row.obligationId, row]));

  const today = todayInRomania(now);
  return obligations.map((obligation) => {
    const extra = byObligation.get(obligation.id);
    const paidOnlineBani = Number(extra?.paidOnline ?? 0);
    const outstandingBani = outstandingOf(obligation, paidOnlineBani);
    const dueDay = obligation.dueAt.toISOString().slice(0, 10);
    return {
      ...obligation,
      dueDay,
      paidOnlineBani,
      outstandingBani,
      openPaymentId: extra?.openPaymentId ?? null,
      overdue: outstandingBani > 0 && dueDay < today,
    };
  });
}

/** What is left to pay: the tax system's figures, less what the portal collected since them. */
export function outstandingOf(obligation: { principalBani: number; incrementsBani: number; paidBani: number }, paidOnlineBani: number): number {
  return Math.max(0, obligation.principalBani + obligation.incrementsBani - obligation.paidBani - paidOnlineBani);
}
