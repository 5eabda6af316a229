/**
 * Online payments (card, through the provider PAYMENT_PROVIDER names): of the tax obligations the
 * tax system reports (lib/taxes) and of the fees a clerk asks for on a request. One writer of the
 * Payment rows, running the state machine of lib/requests/workflow.ts (PAYMENT_WORKFLOW) on one
 * locked row at a time:
 *
 *   startPayment      the payer's click: one Payment per form (its idempotency key), its items
 *                     holding `openKey` (unique: at most one open payment per obligation or fee),
 *                     opened at the provider with the lock released (the provider may be slow);
 *   recordNotification the provider's verified word (its notification, or its answer to a status
 *                     query): paid with the exact amount marks the items paid (`paidKey`, unique: an
 *                     obligation or fee is never paid twice) and, for a fee, runs the request's
 *                     payOnline command; a repeated word changes nothing;
 *   expireAbandoned   the job: an open payment past `expiresAt` is asked about at the provider
 *                     first, then closed as what the provider says, or EXPIRED;
 *   refundPayment     the tax office gives the money back (audited, with the reason).
 *
 * Every notification received is kept (PaymentNotification) with what the portal did with it, so
 * that money the portal could not match shows in the daily reconciliation (lib/payments/admin.ts).
 */
import 'server-only';
import { createTranslator } from 'next-intl';
import type { TRequestInfo } from '@/lib/actions';
import type { TActor } from '@/lib/auth/assert-admin';
import { writeAudit } from '@/lib/audit/write';
import { db, type TTransaction } from '@/lib/db';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { renderNoticeEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { Prisma, type PaymentStatus } from '@/lib/generated/prisma/client';
import { toLocale, type TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { messages } from '@/lib/i18n/messages';
import { findPaymentProvider, type TPaymentNotification, type TPaymentProvider, type TProviderStatus } from '@/lib/payments/provider';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';
import { assertPaymentsStaff } from '@/lib/payments/staff-access';
import { runRequestCommand } from '@/lib/requests/commands/run';
import { FEE_WORKFLOW, feeStatusesFor, FILED, isAllowed, isFeePayable, OPEN_PAYMENT_STATUSES, paymentTransition } from '@/lib/requests/workflow';
import { getMunicipality } from '@/lib/settings/settings';
import { outstandingOf } from '@/lib/taxes/queries';

/** How long a payment stays open at the provider before the expiry job asks about it and closes it. */
export const PAYMENT_OPEN_MINUTES = 30;
/** How long a second click of the same form waits for the first one to open the payment. */
const SAME_FORM_WAIT_MS = 15_000;

/** The provider chosen by PAYMENT_PROVIDER, or null: no online payment (bank transfer only). */
export function getPaymentProvider(): TPaymentProvider | null {
  const id = env().PAYMENT_PROVIDER;
  return id ? findPaymentProvider(id) : null;
}

/** What one payment pays: tax obligations the payer owes, or the fee their request waits for. */
export type TPaymentTarget = { kind: 'obligations'; obligationIds: string[] } | { kind: 'fee'; requestId: string; version: number };

const obligationKey = (id: string) => `obligation:${id}`;
const feeKey = (id: string) => `fee:${id}`;

/** The payment's page in the portal, where the provider sends the payer back. */
export const paymentPagePath = (paymentId: string) => `/taxes/payments/${paymentId}`;

type TPayer = { id: string; email: string; locale: string; personProfile: { firstName: string; lastName: string; cnp: string | null; phone: string | null; locality: string | null; postalCode: string | null; street: string | null; number: string | null } | null; organizationProfile: { name: string; cui: string; representativeName: string; phone: string | null; locality: string | null; postalCode: string | null; street: string | null; number: string | null } | null };

const PAYER_SELECT = {
  id: true,
  email: true,
  locale: true,
  personProfile: { select: { firstName: true, lastName: true, cnp: true, phone: true, locality: true, postalCode: true, street: true, number: true } },
  organizationProfile: { select: { name: true, cui: true, representativeName: true, phone: true, locality: true, postalCode: true, street: true, number: true } },
} as const;

/** The CNP of a person or the CUI of an organization: what the tax system knows the payer by. */
export const taxpayerCodeOfPayer = (payer: Pick<TPayer, 'personProfile' | 'organizationProfile'>) => payer.personProfile?.cnp ?? payer.organizationProfile?.cui ?? null;

type TLine = { key: string; obligationId: string | null; feeId: string | null; label: string; amountBani: number };

/**
 * Paid online for each obligation since the tax system's figures (its `syncedAt`): the PAID
 * payments after that moment, which the tax system does not know yet. One grouped query.
 */
export async function paidOnlineSince(client: TTransaction | typeof db, obligations: { id: string; syncedAt: Date }[]): Promise<Map<string, number>> {
  if (obligations.length === 0) return new Map();
  const rows = await client.$queryRaw<{ obligationId: string; paid: bigint }[]>`
    SELECT i."obligationId", SUM(i."amountBani")::bigint AS paid
    FROM "PaymentItem" i JOIN "Payment" p ON p.id = i."paymentId"
    JOIN "TaxObligation" o ON o.id = i."obligationId"
    WHERE i."obligationId" IN (${Prisma.join(obligations.map((o) => o.id))}) AND p.status = 'PAID' AND p."paidAt" > o."syncedAt"
    GROUP BY i."obligationId"`;
  return new Map(rows.map((row) => [row.obligationId, Number(row.paid)]));
}

/** The kinds' names as the receipt's lines keep them: in Romanian, the language of the record. */
const kindName = createTranslator({ locale: 'ro', messages: messages.ro, namespace: 'taxes.kind' });

/** The lines of a payment of obligations: the payer's own, each still owed, in the legal order. */
async function obligationLines(tx: TTransaction, payer: TPayer, obligationIds: string[]): Promise<TLine[]> {
  const code = taxpayerCodeOfPayer(payer);
  const ids = [...new Set(obligationIds)].sort();
  if (ids.length === 0) throw new AppError('taxes.noneSelected', { field: 'obligationIds' });
  // Without a CNP or CUI nothing in the tax records is theirs.
  if (!code) throw new AppError('taxes.notFound');
  // Locked in a stable order: two payments of overlapping obligations wait for each other.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "TaxObligation" WHERE id IN (${Prisma.join(ids)}) AND "taxpayerCode" = ${code} ORDER BY id FOR UPDATE`;
  // Someone else's obligation is "not found", like one that does not exist.
  if (locked.length !== ids.length) throw new AppError('taxes.notFound');
  const all = await tx.taxObligation.findMany({
    where: { taxpayerCode: code },
    select: { id: true, year: true, kind: true, description: true, principalBani: true, incrementsBani: true, paidBani: true, paymentRank: true, syncedAt: true },
  });
  const online = await paidOnlineSince(tx, all);
  const owed = (o: (typeof all)[number]) => outstandingOf(o, online.get(o.id) ?? 0);
  const selected = all.filter((o) => ids.includes(o.id));
  if (selected.some((o) => owed(o) === 0)) throw new AppError('taxes.alreadyPaid', { field: 'obligationIds' });
  // The legal order of payment, where the tax system sends one: what ranks before a selected
  // obligation and is still owed must be paid with it (or before it).
  const highestRank = Math.max(...selected.map((o) => o.paymentRank ?? -Infinity));
  if (Number.isFinite(highestRank) && all.some((o) => o.paymentRank !== null && o.paymentRank < highestRank && owed(o) > 0 && !ids.includes(o.id))) {
    throw new AppError('taxes.paymentOrder', { field: 'obligationIds' });
  }
  return selected.map((o) => ({ key: obligationKey(o.id), obligationId: o.id, feeId: null, label: `${kindName(o.kind)} ${o.year} — ${o.description}`, amountBani: owed(o) }));
}

/** The line of a fee payment: the fee the payer's own request waits for, on the page's version. */
async function feeLine(tx: TTransaction, payer: TPayer, target: { requestId: string; version: number }): Promise<{ line: TLine; registrationNumber: string }> {
  const request = await tx.serviceRequest.findFirst({
    where: { id: target.requestId, applicantId: payer.id, status: FILED },
    select: {
      status: true,
      version: true,
      registrationNumber: true,
      fees: { where: { status: { in: feeStatusesFor('submitPayment') } }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, amountBani: true, reference: true } },
    },
  });
  // Scope first: another applicant's request is "not found".
  if (!request) throw new AppError('request.notFound');
  if (request.version !== target.version) throw new AppError('request.stale');
  const fee = request.fees[0];
  if (!isAllowed('startOnlinePayment', request.status, 'applicant') || !fee) throw new AppError('request.notAllowed');
  const number = request.registrationNumber ?? fee.reference;
  return { line: { key: feeKey(fee.id), obligationId: null, feeId: fee.id, label: `Taxă pentru cererea nr. ${number}`, amountBani: fee.amountBani }, registrationNumber: number };
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Closes an open payment: its items no longer hold their obligations or fees. */
async function closeOpen(tx: TTransaction, paymentId: string, status: Extract<PaymentStatus, 'FAILED' | 'EXPIRED'>, now: Date) {
  await tx.payment.update({ where: { id: paymentId }, data: { status, closedAt: now } });
  await tx.paymentItem.updateMany({ where: { paymentId }, data: { openKey: null } });
}

async function lockPayment(tx: TTransaction, where: Prisma.Sql) {
  const rows = await tx.$queryRaw<{ id: string; status: PaymentStatus; provider: string; providerPaymentId: string | null; amountBani: number; payerId: string; redirectUrl: string | null }[]>`
    SELECT id, status, provider, "providerPaymentId", "amountBani", "payerId", "redirectUrl" FROM "Payment" WHERE ${where} FOR UPDATE`;
  return rows[0] ?? null;
}

export type TStartedPayment = { paymentId: string; redirectUrl: string };

/**
 * The payer's "Plătiți cu cardul": opens one payment at the provider for what the target names and
 * returns where to send the payer. The same form sent twice (a double click, a retry) is the same
 * payment: the second call waits for the first one's page. An obligation or fee whose own open
 * payment the payer left behind is asked about at the provider and closed, so starting again works;
 * if the provider says it was paid, it is recorded and the new payment refused ("already paid").
 */
export async function startPayment(user: { id: string }, input: { target: TPaymentTarget; idempotencyKey: string }, { now = new Date() }: { now?: Date } = {}): Promise<TStartedPayment> {
  // Checked once the scope is: someone else's obligation or request is "not found", whatever the configuration.
  const configured = getPaymentProvider();
  const existing = await sameForm(user.id, input.idempotencyKey);
  if (existing) return existing;

  const payer = await db.user.findFirst({ where: { id: user.id, role: 'CITIZEN', status: 'ACTIVE' }, select: PAYER_SELECT });
  if (!payer) throw new AppError('forbidden');
  const locale = toLocale(payer.locale);

  let created: { id: string; number: number; lines: TLine[]; description: string } | null = null;
  for (let attempt = 0; attempt < 2 && !created; attempt++) {
    try {
      created = await db.$transaction(
        async (tx) => {
          const t = createTranslator({ locale, messages: messages[locale], namespace: 'payments' });
          let lines: TLine[];
          let description: string;
          // Where the payment's page leads back to.
          let returnPath: string;
          if (input.target.kind === 'obligations') {
            lines = await obligationLines(tx, payer, input.target.obligationIds);
            description = t('providerDescriptionTaxes', { count: lines.length, municipality: (await getMunicipality()).name[locale] });
            returnPath = '/taxes';
          } else {
            const fee = await feeLine(tx, payer, input.target);
            lines = [fee.line];
            description = t('providerDescriptionFee', { number: fee.registrationNumber, municipality: (await getMunicipality()).name[locale] });
            returnPath = `/requests/${input.target.requestId}`;
          }
          if (!configured) throw new AppError('payment.noProvider');
          const payment = await tx.payment.create({
            data: {
              payerId: payer.id,
              provider: configured.id,
              amountBani: lines.reduce((sum, line) => sum + line.amountBani, 0),
              description,
              idempotencyKey: input.idempotencyKey,
              returnPath,
              expiresAt: new Date(now.getTime() + PAYMENT_OPEN_MINUTES * 60_000),
              items: { create: lines.map((line) => ({ obligationId: line.obligationId, feeId: line.feeId, label: line.label, amountBani: line.amountBani, openKey: line.key })) },
            },
            select: { id: true, number: true },
          });
          return { id: payment.id, number: payment.number, lines, description };
        },
        { maxWait: 10_000, timeout: 20_000 },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same form won the race: its payment is the one.
      const same = await sameForm(user.id, input.idempotencyKey);
      if (same) return same;
      // An open payment of the payer holds one of the items: settle it with the provider, then try once more.
      if (attempt === 0 && (await settleLeftBehind(configured!, user.id, input.target, now))) continue;
      throw new AppError('payment.alreadyOpen');
    }
  }
  if (!created) throw new AppError('payment.alreadyOpen');
  const provider = configured!;

  const { appUrl } = env();
  const name = payer.personProfile ? { firstName: payer.personProfile.firstName, lastName: payer.personProfile.lastName } : splitName(payer.organizationProfile?.representativeName ?? payer.organizationProfile?.name ?? payer.email);
  const profile = payer.personProfile ?? payer.organizationProfile;
  const started = await provider
    .startPayment({
      orderId: created.id,
      amountBani: created.lines.reduce((sum, line) => sum + line.amountBani, 0),
      currency: 'RON',
      description: created.description,
      payer: {
        email: payer.email,
        ...name,
        phone: profile?.phone ?? null,
        city: profile?.locality ?? null,
        postalCode: profile?.postalCode ?? null,
        address: profile?.street ? `${profile.street} ${profile.number ?? ''}`.trim() : null,
      },
      locale,
      returnUrl: `${appUrl}${paymentPagePath(created.id)}`,
      notifyUrl: `${appUrl}/api/payments/${provider.id}/callback`,
      items: created.lines.map((line) => ({ code: line.key, label: line.label, amountBani: line.amountBani })),
    })
    .then((result) => (/^https?:\/\//.test(result.redirectUrl) ? result : Promise.reject(new Error(`payment page is not a web address: ${result.redirectUrl}`))))
    .catch(async (error: unknown) => {
      console.error(`[payments] ${provider.id}: could not open payment ${created.id}:`, (error as Error).message);
      // Nothing was opened: the obligations are free for another try at once.
      await db.$transaction(async (tx) => {
        const payment = await lockPayment(tx, Prisma.sql`id = ${created.id}`);
        if (payment && paymentTransition('fail', payment.status)) await closeOpen(tx, payment.id, 'FAILED', new Date());
      });
      throw new AppError('payment.providerUnavailable');
    });
  // Conditional: a notification that came first (the payer was quick) already moved it on.
  await db.payment.updateMany({ where: { id: created.id, status: 'CREATED' }, data: { status: 'PENDING', providerPaymentId: started.providerPaymentId, redirectUrl: started.redirectUrl } });
  await db.payment.updateMany({ where: { id: created.id, providerPaymentId: null }, data: { providerPaymentId: started.providerPaymentId, redirectUrl: started.redirectUrl } });
  return { paymentId: created.id, redirectUrl: started.redirectUrl };
}

function splitName(full: string): { firstName: string; lastName: string } {
  const parts = full.trim().split(/\s+/);
  return parts.length > 1 ? { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1)! } : { firstName: full, lastName: full };
}

/**
 * The payment of this form, if there is one: its provider page while it is open (waiting a little
 * for the first click to get it), else its page in the portal (paid, failed: the payer sees why).
 */
async function sameForm(payerId: string, idempotencyKey: string): Promise<TStartedPayment | null> {
  const deadline = Date.now() + SAME_FORM_WAIT_MS;
  for (;;) {
    const payment = await db.payment.findUnique({ where: { payerId_idempotencyKey: { payerId, idempotencyKey } }, select: { id: true, status: true, redirectUrl: true } });
    if (!payment) return null;
    if (payment.status === 'PENDING' && payment.redirectUrl) return { paymentId: payment.id, redirectUrl: payment.redirectUrl };
    if (payment.status !== 'CREATED' && payment.status !== 'PENDING') return { paymentId: payment.id, redirectUrl: `${env().appUrl}${paymentPagePath(payment.id)}` };
    if (Date.now() > deadline) throw new AppError('payment.alreadyOpen');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The payer's open payments that hold any of the target's items: each is asked about at the
 * provider and closed as it says (paid is recorded). Returns whether any was closed unpaid.
 */
async function settleLeftBehind(provider: TPaymentProvider, payerId: string, target: TPaymentTarget, now: Date): Promise<boolean> {
  const itemFilter: Prisma.PaymentItemWhereInput =
    target.kind === 'obligations' ? { obligationId: { in: target.obligationIds } } : { fee: { requestId: target.requestId, request: { applicantId: payerId } } };
  const open = await db.payment.findMany({
    where: { payerId, status: { in: [...OPEN_PAYMENT_STATUSES] }, items: { some: { ...itemFilter, openKey: { not: null } } } },
    select: { id: true },
    take: 10,
  });
  let freed = false;
  for (const payment of open) {
    const outcome = await syncPayment(provider, payment.id, { now, close: 'FAILED' });
    if (outcome === 'closed') freed = true;
  }
  return freed;
}

/** What recording a provider's word did (kept with the notification, counted by the reconciliation). */
export type TNotificationOutcome = 'recorded' | 'duplicate' | 'ignored' | 'unknown' | 'amountMismatch' | 'notPayable';

type TPaidEffects = { emailIds: string[]; notify: { payerId: string; paymentId: string; paidAt: Date; amountBani: number } | null };

/** Marks a locked payment PAID with its items, for obligations; a fee's payment goes through the request's command. */
async function markPaid(tx: TTransaction, payment: { id: string; amountBani: number }, now: Date): Promise<'recorded' | 'notPayable'> {
  const items = await tx.paymentItem.findMany({ where: { paymentId: payment.id }, select: { id: true, obligationId: true, feeId: true } });
  const keys = items.map((item) => (item.obligationId ? obligationKey(item.obligationId) : feeKey(item.feeId!)));
  // Paid by another payment already (e.g. this one was paid late, after a new one): the money is unmatched.
  const taken = await tx.paymentItem.count({ where: { paidKey: { in: keys }, paymentId: { not: payment.id } } });
  if (taken > 0) return 'notPayable';
  for (const [index, item] of items.entries()) await tx.paymentItem.update({ where: { id: item.id }, data: { openKey: null, paidKey: keys[index] } });
  await tx.payment.update({ where: { id: payment.id }, data: { status: 'PAID', paidAt: now, closedAt: null } });
  return 'recorded';
}

/**
 * Records what the provider says about a payment (a verified notification, or its answer to a
 * status query). Only a "paid" with the payment's exact amount pays; the word is kept either way.
 */
export async function recordNotification(provider: TPaymentProvider, notification: TPaymentNotification, { now = new Date(), source = 'notification' }: { now?: Date; source?: 'notification' | 'status' } = {}): Promise<TNotificationOutcome> {
  const known = await db.payment.findFirst({ where: { id: notification.orderId, provider: provider.id }, select: { id: true, items: { where: { feeId: { not: null } }, select: { fee: { select: { id: true, requestId: true } } } } } });
  let outcome: TNotificationOutcome;
  const effects: TPaidEffects = { emailIds: [], notify: null };
  if (!known) outcome = 'unknown';
  else if (known.items[0]?.fee) outcome = await recordFeeWord(provider, known.id, known.items[0].fee, notification, now);
  else {
    outcome = await db.$transaction(
      async (tx) => {
        const payment = await lockPayment(tx, Prisma.sql`id = ${known.id}`);
        if (!payment) return 'unknown';
        return applyWord(tx, payment, notification, now, effects);
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  }
  if (source === 'notification' || outcome !== 'ignored') {
    await db.paymentNotification.create({
      data: { provider: provider.id, providerPaymentId: notification.providerPaymentId, paymentId: known?.id ?? null, status: notification.status, amountBani: notification.amountBani, outcome },
    });
  }
  if (outcome === 'unknown' || outcome === 'amountMismatch' || outcome === 'notPayable') {
    (notification.status === 'paid' ? console.error : console.warn)(
      `[payments] ${provider.id}: ${notification.status} of ${notification.amountBani} bani for order ${notification.orderId} (${notification.providerPaymentId}) not recorded (${outcome}); it is in the reconciliation report`,
    );
  }
  if (effects.notify) await notifyPaid(effects.notify);
  await dispatchEmails(effects.emailIds).catch(() => {});
  return outcome;
}

type TLockedPayment = NonNullable<Awaited<ReturnType<typeof lockPayment>>>;

/** The provider's word on a locked payment of obligations. */
async function applyWord(tx: TTransaction, payment: TLockedPayment, word: TPaymentNotification, now: Date, effects: TPaidEffects): Promise<TNotificationOutcome> {
  if (payment.providerPaymentId && payment.providerPaymentId !== word.providerPaymentId) return 'unknown';
  switch (word.status) {
    case 'paid': {
      if (payment.status === 'PAID' || payment.status === 'REFUNDED') return 'duplicate';
      if (word.amountBani !== payment.amountBani) return 'amountMismatch';
      if (!paymentTransition('pay', payment.status)) return 'ignored';
      const done = await markPaid(tx, payment, now);
      if (done === 'notPayable') {
        if (paymentTransition('fail', payment.status)) await closeOpen(tx, payment.id, 'FAILED', now);
        return 'notPayable';
      }
      if (!payment.providerPaymentId) await tx.payment.update({ where: { id: payment.id }, data: { providerPaymentId: word.providerPaymentId } });
      effects.notify = { payerId: payment.payerId, paymentId: payment.id, paidAt: now, amountBani: payment.amountBani };
      return 'recorded';
    }
    case 'failed':
      if (!paymentTransition('fail', payment.status)) return payment.status === 'FAILED' ? 'duplicate' : 'ignored';
      await closeOpen(tx, payment.id, 'FAILED', now);
      return 'recorded';
    case 'refunded':
      // Refunded from the provider's own console: the obligations are owed again.
      if (payment.status === 'REFUNDED') return 'duplicate';
      if (!paymentTransition('refund', payment.status)) return 'ignored';
      await tx.payment.update({ where: { id: payment.id }, data: { status: 'REFUNDED', refundedAt: now, refundReason: 'Restituită din consola furnizorului de plăți' } });
      await tx.paymentItem.updateMany({ where: { paymentId: payment.id }, data: { paidKey: null } });
      return 'recorded';
    case 'pending':
      return 'ignored';
  }
}

/**
 * The provider's word on a fee's payment: a "paid" is the request's payOnline command (the request
 * locked first, then the payment: the order every fee command takes), so the fee, the request's
 * status, the timeline, the applicant's notice and the audit row change together with the payment.
 */
async function recordFeeWord(provider: TPaymentProvider, paymentId: string, fee: { id: string; requestId: string }, word: TPaymentNotification, now: Date): Promise<TNotificationOutcome> {
  if (word.status !== 'paid') {
    return db.$transaction(async (tx) => {
      const payment = await lockPayment(tx, Prisma.sql`id = ${paymentId}`);
      return payment ? applyWord(tx, payment, word, now, { emailIds: [], notify: null }) : 'unknown';
    });
  }
  const ids = { provider: provider.id, providerPaymentId: word.providerPaymentId };
  return runRequestCommand<TNotificationOutcome>({
    actor: { kind: 'system' },
    requestId: fee.requestId,
    action: 'payOnline',
    now,
    settled: async (tx) => {
      const payment = await lockPayment(tx, Prisma.sql`id = ${paymentId}`);
      if (!payment || (payment.providerPaymentId && payment.providerPaymentId !== word.providerPaymentId)) return 'unknown';
      if (payment.status === 'PAID' || payment.status === 'REFUNDED') return 'duplicate';
      if (word.amountBani !== payment.amountBani) return 'amountMismatch';
      const current = await tx.fee.findUnique({ where: { id: fee.id }, select: { status: true } });
      if (!current || !isFeePayable(current.status)) {
        if (paymentTransition('fail', payment.status)) await closeOpen(tx, payment.id, 'FAILED', now);
        return 'notPayable';
      }
      return undefined;
    },
    work: async (tx) => {
      const payment = (await lockPayment(tx, Prisma.sql`id = ${paymentId}`))!;
      if ((await markPaid(tx, payment, now)) === 'notPayable') throw new AppError('request.notAllowed');
      if (!payment.providerPaymentId) await tx.payment.update({ where: { id: payment.id }, data: { providerPaymentId: word.providerPaymentId } });
      const paid = await tx.fee.update({ where: { id: fee.id }, data: { status: FEE_WORKFLOW.payOnline.to, paidAt: now }, select: { amountBani: true } });
      return {
        event: { type: 'PAYMENT_CONFIRMED', payload: { feeId: fee.id, amountBani: paid.amountBani, online: true, ...ids } },
        notify: { kind: 'paymentConfirmed', params: { amountBani: paid.amountBani }, values: (locale) => ({ amount: formatLei(paid.amountBani, locale) }) },
        // No person acted: the provider's signed word is the actor, recorded with its ids.
        audit: { ...ids, paymentId, amountBani: paid.amountBani },
        result: 'recorded',
      };
    },
  })
    .then(({ result }) => result)
    .catch(async (error: unknown) => {
      // The request is closed (or gone): the money needs a person; the payment is closed unpaid.
      if (error instanceof AppError && (error.code === 'request.notAllowed' || error.code === 'request.notFound')) {
        await db.$transaction(async (tx) => {
          const payment = await lockPayment(tx, Prisma.sql`id = ${paymentId}`);
          if (payment && paymentTransition('fail', payment.status)) await closeOpen(tx, payment.id, 'FAILED', now);
        });
        return 'notPayable' as const;
      }
      throw error;
    });
}

/** The payer's bell and email for a payment of obligations (a fee's payment is told by its request). */
async function notifyPaid({ payerId, paymentId, paidAt, amountBani }: NonNullable<TPaidEffects['notify']>) {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { number: true, paidAt: true, payer: { select: { email: true, locale: true, status: true, personProfile: { select: { firstName: true, lastName: true } }, organizationProfile: { select: { name: true } } } } } });
  const number = paymentReceiptNumber({ number: payment.number, paidAt: payment.paidAt ?? paidAt });
  await db.notification.create({ data: { userId: payerId, kind: 'payment.paid', params: { registrationNumber: number, amountBani } } });
  if (payment.payer.status === 'DELETED') return;
  const locale: TLocale = toLocale(payment.payer.locale);
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'payments.email' });
  const values = { number, amount: formatLei(amountBani, locale) };
  const name = payment.payer.personProfile ? `${payment.payer.personProfile.firstName} ${payment.payer.personProfile.lastName}` : payment.payer.organizationProfile?.name;
  // The receipt is a legal record of the payment: always sent, whatever the email preference.
  const email = await renderNoticeEmail({
    locale,
    template: 'payment-paid',
    subject: t('subject', values),
    name,
    paragraphs: [t('body', values), t('after')],
    action: { label: t('button'), url: `${env().appUrl}${paymentPagePath(paymentId)}` },
  });
  const id = await queueEmail({ ...email, to: payment.payer.email });
  await dispatchEmails([id]).catch(() => {});
}

/**
 * Asks the provider about one payment and records its answer; an open payment the provider does
 * not call paid or failed is closed as `close` says (EXPIRED by the job, FAILED when the payer
 * starts again) or left open (`close: null`). Returns whether it was closed unpaid by this call.
 */
export async function syncPayment(provider: TPaymentProvider, paymentId: string, { now = new Date(), close }: { now?: Date; close: 'EXPIRED' | 'FAILED' | null }): Promise<'paid' | 'closed' | 'open' | 'unchanged'> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { id: true, status: true, providerPaymentId: true } });
  if (!payment || !OPEN_PAYMENT_STATUSES.includes(payment.status as (typeof OPEN_PAYMENT_STATUSES)[number])) return 'unchanged';
  let answer: { status: TProviderStatus; amountBani: number } | null = null;
  if (payment.providerPaymentId) {
    answer = await provider.queryStatus({ orderId: payment.id, providerPaymentId: payment.providerPaymentId }).catch((error: unknown) => {
      console.warn(`[payments] ${provider.id}: status of payment ${payment.id} unavailable:`, (error as Error).message);
      return null;
    });
    // The provider cannot be asked now: never close what may have been paid; the next run asks again.
    if (!answer) return 'open';
    if (answer.status === 'paid' || answer.status === 'failed' || answer.status === 'refunded') {
      const outcome = await recordNotification(provider, { orderId: payment.id, providerPaymentId: payment.providerPaymentId, status: answer.status, amountBani: answer.amountBani }, { now, source: 'status' });
      if (answer.status === 'paid' && outcome === 'recorded') return 'paid';
      if (answer.status === 'failed' && outcome === 'recorded') return 'closed';
      if (outcome !== 'ignored') return 'unchanged';
    }
  }
  if (!close) return 'open';
  const closed = await db.$transaction(async (tx) => {
    const locked = await lockPayment(tx, Prisma.sql`id = ${payment.id}`);
    if (!locked || !paymentTransition(close === 'EXPIRED' ? 'expire' : 'fail', locked.status)) return false;
    await closeOpen(tx, locked.id, close, now);
    return true;
  });
  return closed ? 'closed' : 'unchanged';
}

/** The expiry job: open payments past their time, asked about at the provider, then closed. */
export async function expireAbandonedPayments({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}): Promise<{ expired: number; paid: number; open: number }> {
  const due = await db.payment.findMany({ where: { status: { in: [...OPEN_PAYMENT_STATUSES] }, expiresAt: { lt: now } }, orderBy: { expiresAt: 'asc' }, take: limit, select: { id: true, provider: true } });
  const counts = { expired: 0, paid: 0, open: 0 };
  for (const payment of due) {
    const provider = findPaymentProvider(payment.provider);
    if (!provider) {
      console.error(`[payments] payment ${payment.id}: provider ${payment.provider} is not configured any more; left open`);
      counts.open++;
      continue;
    }
    const result = await syncPayment(provider, payment.id, { now, close: 'EXPIRED' });
    if (result === 'closed') counts.expired++;
    else if (result === 'paid') counts.paid++;
    else if (result === 'open') counts.open++;
  }
  return counts;
}

/**
 * The tax office gives a payment of obligations back: the provider refunds it first (nothing
 * changes if it refuses), then the payment is REFUNDED, its obligations owed again, and the act
 * audited with the reason. A fee paid for a request is given back through the request's own
 * procedure (the "restituire" e-service), not from here.
 */
export async function refundPayment({ actor, paymentId, reason, requestInfo, now = new Date() }: { actor: TActor; paymentId: string; reason: string; requestInfo?: TRequestInfo; now?: Date }): Promise<void> {
  await assertPaymentsStaff(actor);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { id: true, status: true, provider: true, providerPaymentId: true, amountBani: true, number: true, items: { select: { feeId: true } } } });
  if (!payment) throw new AppError('payment.notFound');
  if (payment.status !== 'PAID' || !payment.providerPaymentId || payment.items.some((item) => item.feeId)) throw new AppError('payment.refundNotAllowed');
  const provider = findPaymentProvider(payment.provider);
  if (!provider) throw new AppError('payment.providerUnavailable');
  // Claim it first, so that two clicks (or two clerks) refund once: the claim is the row lock.
  await db.$transaction(
    async (tx) => {
      const locked = await lockPayment(tx, Prisma.sql`id = ${payment.id}`);
      if (!locked || !paymentTransition('refund', locked.status)) throw new AppError('payment.refundNotAllowed');
      await provider.refund({ orderId: payment.id, providerPaymentId: payment.providerPaymentId!, amountBani: payment.amountBani }).catch((error: unknown) => {
        console.error(`[payments] ${provider.id}: refund of payment ${payment.id} refused:`, (error as Error).message);
        throw new AppError('payment.providerUnavailable');
      });
      await tx.payment.update({ where: { id: payment.id }, data: { status: 'REFUNDED', refundedAt: now, refundReason: reason, refundedById: actor.id } });
      await tx.paymentItem.updateMany({ where: { paymentId: payment.id }, data: { paidKey: null } });
      await writeAudit(
        { actorId: actor.id, action: 'payment.refund', entityType: 'Payment', entityId: payment.id, request: requestInfo, details: { number: payment.number, provider: provider.id, providerPaymentId: payment.providerPaymentId, amountBani: payment.amountBani, reason } },
        tx,
      );
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** The payer's view of one payment (their own only): its page after the provider. */
export async function getOwnPayment(user: { id: string }, paymentId: string) {
  return db.payment.findFirst({
    where: { id: paymentId, payerId: user.id },
    select: {
      id: true,
      number: true,
      status: true,
      amountBani: true,
      provider: true,
      providerPaymentId: true,
      redirectUrl: true,
      returnPath: true,
      expiresAt: true,
      createdAt: true,
      paidAt: true,
      closedAt: true,
      refundedAt: true,
      items: { select: { id: true, label: true, amountBani: true, fee: { select: { requestId: true, request: { select: { registrationNumber: true } } } } } },
    },
  });
}

/** The payer's payments, newest first (the /taxes history), a page at a time. */
export async function listOwnPayments(user: { id: string }, { take = 20 }: { take?: number } = {}) {
  return db.payment.findMany({
    where: { payerId: user.id },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, number: true, status: true, amountBani: true, createdAt: true, paidAt: true, _count: { select: { items: true } } },
  });
}

/** The payer's open payment of this fee, if any (the request page warns against paying twice). */
export async function openFeePayment(userId: string, feeId: string): Promise<{ id: string } | null> {
  return db.payment.findFirst({ where: { payerId: userId, status: { in: [...OPEN_PAYMENT_STATUSES] }, items: { some: { feeId, openKey: { not: null } } } }, select: { id: true } });
}
