/**
 * Paying a fee online through the configured provider (see lib/payments/provider.ts): starting a
 * payment for the applicant's own fee, and recording what the provider's callback reports.
 */
import 'server-only';
import { createTranslator } from 'next-intl';
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { messages } from '@/lib/i18n/messages';
import { findPaymentProvider, type TPaymentCallback, type TPaymentProvider } from '@/lib/payments/provider';
import { runRequestCommand } from '@/lib/requests/commands/run';
import { getMunicipality } from '@/lib/settings/settings';
import { FEE_WORKFLOW, feeStatusesFor, FILED, isAllowed, isFeePayable, WORKFLOW } from '@/lib/requests/workflow';

/** The provider chosen by PAYMENT_PROVIDER, or null: no online payment (the embedded default). */
export function getPaymentProvider(): TPaymentProvider | null {
  const id = env().PAYMENT_PROVIDER;
  return id ? findPaymentProvider(id) : null;
}

/**
 * Opens a payment at the provider for the fee the applicant's own request is waiting for, and
 * returns the provider's page. Another citizen's request is "not found"; a page older than the
 * request is refused. The fee keeps only the latest attempt: its callback is the one that counts.
 */
export async function startOnlinePayment(user: Pick<TSessionUser, 'id'>, target: { requestId: string; version: number }): Promise<{ redirectUrl: string }> {
  const request = await db.serviceRequest.findFirst({
    where: { id: target.requestId, applicantId: user.id, status: FILED },
    select: {
      id: true,
      status: true,
      version: true,
      applicant: { select: { email: true, locale: true } },
      fees: { where: { status: { in: feeStatusesFor('submitPayment') } }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, amountBani: true, currency: true, reference: true } },
    },
  });
  // Scope first: another applicant's request is "not found", whatever the portal's configuration.
  if (!request) throw new AppError('request.notFound');
  const provider = getPaymentProvider();
  if (!provider) throw new AppError('payment.noProvider');
  if (request.version !== target.version) throw new AppError('request.stale');
  const fee = request.fees[0];
  if (!isAllowed('startOnlinePayment', request.status, 'applicant') || !fee) throw new AppError('request.notAllowed');

  const { appUrl } = env();
  // The provider's payment page says what is paid in the applicant's language.
  const locale = toLocale(request.applicant.locale);
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'request.fee' });
  const municipality = await getMunicipality();
  // No lock is held while the provider answers; the fee is checked again when the attempt is stored.
  const started = await provider
    .startPayment({
      feeId: fee.id,
      amountBani: fee.amountBani,
      currency: fee.currency,
      reference: fee.reference,
      description: t('providerDescription', { number: fee.reference, municipality: municipality.name[locale] }),
      payerEmail: request.applicant.email,
      returnUrl: `${appUrl}/requests/${request.id}`,
      callbackUrl: `${appUrl}/api/payments/${provider.id}/callback`,
    })
    .catch((error: unknown) => {
      console.error(`[payments] ${provider.id}: could not start the payment of fee ${fee.id}:`, error);
      throw new AppError('payment.providerUnavailable');
    });
  if (!/^https?:\/\//.test(started.redirectUrl)) {
    console.error(`[payments] ${provider.id}: payment page is not a web address: ${started.redirectUrl}`);
    throw new AppError('payment.providerUnavailable');
  }
  const stored = await db.fee.updateMany({
    where: { id: fee.id, status: { in: feeStatusesFor('submitPayment') }, request: { status: { in: [...WORKFLOW.startOnlinePayment.from] }, version: target.version } },
    data: { provider: provider.id, providerPaymentId: started.providerPaymentId },
  });
  if (stored.count === 0) throw new AppError('request.stale');
  return { redirectUrl: started.redirectUrl };
}

/**
 * What the callback did: `recorded` the payment; a `duplicate` of a recorded one or an `ignored`
 * pending/failed outcome changes nothing; an `unknown` payment id; a paid amount that is not the
 * fee's (`amountMismatch`); or a fee that can no longer be paid (`notPayable`: request closed, fee
 * cancelled) — the last two need a person (refund or reconciliation) and are logged.
 */
export type TCallbackOutcome = 'recorded' | 'duplicate' | 'ignored' | 'unknown' | 'amountMismatch' | 'notPayable';

/**
 * Records a verified callback. A "paid" with the fee's amount is the system's `payOnline` command:
 * with the request locked, the fee PAID, the request back IN_REVIEW, the PAYMENT_CONFIRMED event,
 * the applicant's notification and email, the audit row.
 */
export async function recordPaymentCallback(provider: TPaymentProvider, callback: TPaymentCallback, { now = new Date() }: { now?: Date } = {}): Promise<TCallbackOutcome> {
  const known = await db.fee.findUnique({ where: { providerPaymentId: callback.providerPaymentId }, select: { id: true, requestId: true, provider: true } });
  if (!known || known.provider !== provider.id) {
    // E.g. a replaced attempt paid late: money may have arrived that no fee records.
    (callback.status === 'paid' ? console.error : console.warn)(
      `[payments] ${provider.id}: callback for unknown payment ${callback.providerPaymentId} (${callback.status}); if it was paid, reconcile it by its reference at the provider`,
    );
    return 'unknown';
  }
  if (callback.status !== 'paid') return 'ignored';

  const outcome = await runRequestCommand<TCallbackOutcome>({
    actor: { kind: 'system' },
    requestId: known.requestId,
    action: 'payOnline',
    // Read under the lock: a repeated callback waits for the first one and then sees PAID.
    settled: async (tx) => {
      const fee = await tx.fee.findUnique({ where: { id: known.id }, select: { status: true, amountBani: true, providerPaymentId: true } });
      if (!fee || fee.providerPaymentId !== callback.providerPaymentId) return 'unknown';
      if (fee.status === FEE_WORKFLOW.payOnline.to) return 'duplicate';
      if (callback.amountBani !== fee.amountBani) return 'amountMismatch';
      if (!isFeePayable(fee.status)) return 'notPayable';
      return undefined;
    },
    work: async (tx) => {
      const fee = await tx.fee.update({ where: { id: known.id }, data: { status: FEE_WORKFLOW.payOnline.to, paidAt: now }, select: { amountBani: true } });
      const ids = { provider: provider.id, providerPaymentId: callback.providerPaymentId };
      return {
        event: { type: 'PAYMENT_CONFIRMED', payload: { feeId: known.id, amountBani: fee.amountBani, online: true, ...ids } },
        notify: { kind: 'paymentConfirmed', params: { amountBani: fee.amountBani }, values: (locale) => ({ amount: formatLei(fee.amountBani, locale) }) },
        // No person acted: the provider's signed callback is the actor, recorded with its ids.
        audit: { ...ids, amountBani: fee.amountBani },
        result: 'recorded',
      };
    },
  })
    .then(({ result }) => result)
    .catch((error: unknown) => {
      // The request is closed (or gone): the money needs a person.
      if (error instanceof AppError && (error.code === 'request.notAllowed' || error.code === 'request.notFound')) return 'notPayable' as const;
      throw error;
    });
  if (outcome === 'amountMismatch' || outcome === 'notPayable') {
    console.error(`[payments] ${provider.id}: payment ${callback.providerPaymentId} of ${callback.amountBani} bani for fee ${known.id} not recorded (${outcome}); refund or reconcile it by hand`);
  }
  return outcome;
}

/** Whether the applicant already started an online payment of this fee (the page warns against paying twice). */
export async function hasOnlinePaymentAttempt(userId: string, feeId: string): Promise<boolean> {
  const fee = await db.fee.findFirst({ where: { id: feeId, status: { in: feeStatusesFor('submitPayment') }, providerPaymentId: { not: null }, request: { applicantId: userId } }, select: { id: true } });
  return fee !== null;
}
