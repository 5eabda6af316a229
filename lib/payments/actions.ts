'use server';

import { redirect } from 'next/navigation';
import { citizenAction, type TActionResult } from '@/lib/actions';
import { AppError } from '@/lib/errors';
import { getOwnPayment, getPaymentProvider, paymentPagePath, startPayment } from '@/lib/payments/payments';
import { testNotificationRequest, TEST_PROVIDER_ID } from '@/lib/payments/providers/test';
import { ZStartOnlinePaymentSchema, ZStartTaxPaymentSchema, ZTestProviderOutcomeSchema } from '@/lib/payments/schemas';
import { env } from '@/lib/env';

const fromRequestPage = citizenAction.form(
  ZStartOnlinePaymentSchema,
  async ({ requestId, version, idempotencyKey }, { user }) => redirect((await startPayment(user, { target: { kind: 'fee', requestId, version }, idempotencyKey })).redirectUrl),
  // A session that expired while the page was open: sign in and come back to the request.
  { signInNext: (fields) => `/requests/${encodeURIComponent(typeof fields.requestId === 'string' ? fields.requestId : '')}` },
);

/** "Plătiți online" on the request page: the fee, at the provider's page; or why not. */
export async function startOnlinePaymentAction(_previous: TActionResult<never> | null, form: FormData): Promise<TActionResult<never>> {
  return fromRequestPage(form);
}

const fromTaxes = citizenAction.form(
  ZStartTaxPaymentSchema,
  async ({ obligationIds, idempotencyKey }, { user }) => redirect((await startPayment(user, { target: { kind: 'obligations', obligationIds }, idempotencyKey })).redirectUrl),
  { signInNext: '/taxes' },
);

/** "Plătiți cu cardul" on /taxes: the ticked obligations, at the provider's page; or why not. */
export async function startTaxPaymentAction(_previous: TActionResult<never> | null, form: FormData): Promise<TActionResult<never>> {
  return fromTaxes(form);
}

const onTestPage = citizenAction.form(ZTestProviderOutcomeSchema, async ({ orderId, outcome }, { user }) => {
  // Only the payer acts on their own payment there, and only while the test provider is the one.
  const payment = await getOwnPayment(user, orderId);
  if (!payment || payment.provider !== TEST_PROVIDER_ID || !payment.providerPaymentId) throw new AppError('payment.notFound');
  const provider = getPaymentProvider();
  if (!provider || provider.id !== TEST_PROVIDER_ID) throw new AppError('payment.noProvider');
  if (outcome !== 'abandon') {
    // Server to server, as a card processor does: the portal's notification route hears it.
    const notifyUrl = `${env().appUrl}/api/payments/${TEST_PROVIDER_ID}/callback`;
    const request = testNotificationRequest(notifyUrl, { orderId: payment.id, providerPaymentId: payment.providerPaymentId, status: outcome, amountBani: payment.amountBani });
    const response = await fetch(request).catch((error: unknown) => {
      console.error('[payments] test provider: notification not delivered:', (error as Error).message);
      return null;
    });
    if (!response) throw new AppError('payment.providerUnavailable');
  }
  redirect(paymentPagePath(payment.id));
});

/** A button of the test provider's page (/dev/payments/<id>). */
export async function testProviderAction(_previous: TActionResult<never> | null, form: FormData): Promise<TActionResult<never>> {
  return onTestPage(form);
}
