/**
 * The local test provider: what the embedded default pays with, so that a fresh clone can complete
 * a payment end to end. No money moves and every page it shows says so. Its "payment page" is the
 * portal's /dev/payments/<order> (app/dev/payments); the buttons there send the notification a card
 * processor would, server to server, signed with a key derived from AUTH_SECRET (HMAC-SHA256 over
 * the body, with the time it was sent: older than five minutes is refused as a replay), to the same
 * notification route every provider uses. Its status answers are the notifications it sent.
 *
 * Refused in production outside the embedded mode (lib/env.ts): it would let anyone mark a payment
 * paid.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import type { TNotificationReply, TPaymentNotification, TPaymentProvider, TProviderStatus } from '@/lib/payments/provider';

export const TEST_PROVIDER_ID = 'test';
const SIGNATURE_HEADER = 'x-test-provider-signature';
const REPLAY_WINDOW_MS = 5 * 60_000;

const ZTestNotification = z
  .object({
    orderId: z.string().min(1).max(64),
    providerPaymentId: z.string().min(1).max(80),
    status: z.enum(['paid', 'failed', 'pending', 'refunded']),
    amountBani: z.number().int().min(0),
    sentAt: z.number().int(),
  })
  .strict();

export type TTestNotification = z.infer<typeof ZTestNotification>;

function signingKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('the test payment provider needs AUTH_SECRET (the embedded mode creates one)');
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'portal-primarie', 'test-payment-provider', 32));
}

export const signTestNotification = (body: string) => crypto.createHmac('sha256', signingKey()).update(body).digest('hex');

const providerPaymentIdOf = (orderId: string) => `test_${orderId}`;

/** The request the test page's buttons send to the portal's notification route. */
export function testNotificationRequest(notifyUrl: string, notification: Omit<TTestNotification, 'sentAt'>, { sentAt = Date.now() }: { sentAt?: number } = {}): Request {
  const body = JSON.stringify({ ...notification, sentAt });
  return new Request(notifyUrl, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signTestNotification(body) }, body });
}

export const testProvider: TPaymentProvider = {
  id: TEST_PROVIDER_ID,
  label: { ro: 'furnizorul de test (nu se plătesc bani reali)', en: 'the test provider (no real money)' },
  test: true,
  localOnly: true,
  configProblem: (source) => (source.AUTH_SECRET ? null : 'PAYMENT_PROVIDER=test needs AUTH_SECRET'),

  async startPayment(input) {
    return { redirectUrl: `${new URL(input.returnUrl).origin}/dev/payments/${encodeURIComponent(input.orderId)}`, providerPaymentId: providerPaymentIdOf(input.orderId) };
  },

  async parseNotification(request): Promise<TPaymentNotification | null> {
    const body = await request.text();
    const given = Buffer.from(request.headers.get(SIGNATURE_HEADER) ?? '');
    const expected = Buffer.from(signTestNotification(body));
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    let parsed: TTestNotification;
    try {
      parsed = ZTestNotification.parse(JSON.parse(body));
    } catch {
      return null;
    }
    if (Math.abs(Date.now() - parsed.sentAt) > REPLAY_WINDOW_MS) return null;
    return { orderId: parsed.orderId, providerPaymentId: parsed.providerPaymentId, status: parsed.status, amountBani: parsed.amountBani };
  },

  notificationResponse(reply: TNotificationReply) {
    const status = reply === 'accepted' ? 200 : reply === 'rejected' ? 400 : 503;
    return Response.json({ reply }, { status, headers: { 'Cache-Control': 'no-store' } });
  },

  async queryStatus({ providerPaymentId }) {
    // What this provider "knows" is what it told the portal.
    const { db } = await import('@/lib/db');
    const last = await db.paymentNotification.findFirst({
      where: { provider: TEST_PROVIDER_ID, providerPaymentId, status: { not: 'pending' } },
      orderBy: { receivedAt: 'desc' },
      select: { status: true, amountBani: true },
    });
    if (!last) return { status: 'pending', amountBani: 0 };
    return { status: last.status as TProviderStatus, amountBani: last.amountBani };
  },

  async refund() {
    // No money moved: nothing to give back.
  },
};
