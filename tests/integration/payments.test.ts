/**
 * Paying a fee online against the real PostgreSQL: a provider registered here only (HMAC-signed
 * callbacks, as real card processors do) stands in for Netopia, EuPlătesc or Ghișeul.ro.
 */
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/payments/[provider]/callback/route';
import { confirmUpload, startUpload } from '@/lib/documents/uploads';
import { resetEnvCache } from '@/lib/env';
import { startOnlinePayment } from '@/lib/payments/online-payment';
import { registerPaymentProvider, type TPaymentProvider, type TPaymentStart } from '@/lib/payments/provider';
import { sendPaymentProof } from '@/lib/requests/commands/applicant';
import { requestFee, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { ZRequestFeeSchema } from '@/lib/requests/schemas/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { todayInRomania } from '@/lib/time';
import { createApplicant, PDF, post, readyDraft, type TRequestWorld, useRequestWorld } from './request-fixtures';

const SECRET = crypto.randomBytes(32);
const sign = (body: string) => crypto.createHmac('sha256', SECRET).update(body).digest('hex');

/** What the test provider was asked to start, and whether its next start fails (provider down). */
const started: TPaymentStart[] = [];
let failNextStart = false;

const testProvider: TPaymentProvider = {
  id: 'test-card',
  label: { ro: 'Procesator de test', en: 'Test processor' },
  async startPayment(input) {
    if (failNextStart) {
      failNextStart = false;
      throw new Error('connect ECONNREFUSED');
    }
    started.push(input);
    const providerPaymentId = `pay_${crypto.randomUUID()}`;
    return { redirectUrl: `https://plati.example.test/checkout/${providerPaymentId}`, providerPaymentId };
  },
  async parseCallback(request) {
    const body = await request.text();
    const expected = Buffer.from(sign(body));
    const given = Buffer.from(request.headers.get('x-signature') ?? '');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    const data = JSON.parse(body) as { id: string; status: 'paid' | 'failed' | 'pending'; amount: number };
    return { providerPaymentId: data.id, status: data.status, amountBani: data.amount };
  },
};
registerPaymentProvider(testProvider);

/** The provider's server calling the portal back. */
async function callback(data: { id: string; status: string; amount: number }, { signature, provider = 'test-card' }: { signature?: string; provider?: string } = {}) {
  const body = JSON.stringify(data);
  const response = await POST(
    new Request(`http://localhost:3000/api/payments/${provider}/callback`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature': signature ?? sign(body) } }),
    { params: Promise.resolve({ provider }) },
  );
  return { status: response.status, body: (await response.json()) as { outcome?: string; error?: string } };
}

const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * 24 * 60 * 60 * 1000));

describe('paying a fee online through a payment provider', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;

  useRequestWorld((world) => ({ database, storage, clerk } = world));
  beforeEach(() => {
    process.env.PAYMENT_PROVIDER = 'test-card';
    resetEnvCache();
  });
  afterEach(() => {
    delete process.env.PAYMENT_PROVIDER;
    resetEnvCache();
  });

  const load = (requestId: string) => database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, include: { fees: true, events: { orderBy: { createdAt: 'asc' } } } });
  const target = async (requestId: string) => ({ requestId, version: (await load(requestId)).version });

  /** A request whose fee of 125,50 lei the applicant has to pay. */
  async function awaitingPayment() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    await takeRequest(clerk, await target(requestId));
    await requestFee(clerk, ZRequestFeeSchema.parse({ ...(await target(requestId)), amount: '125,50', legalBasis: 'HCL nr. 45/2025', dueDate: inDays(10) }));
    return { applicant, requestId };
  }

  /** Starts the payment as the "Plătiți online" button does; returns the provider's payment id. */
  async function start(applicant: { id: string }, requestId: string) {
    const { redirectUrl } = await startOnlinePayment(applicant, await target(requestId));
    const fee = (await load(requestId)).fees[0]!;
    expect(redirectUrl).toBe(`https://plati.example.test/checkout/${fee.providerPaymentId}`);
    return fee.providerPaymentId!;
  }

  it('starts the payment, and a signed "paid" callback confirms it once: fee paid, request back in review, timeline, bell and email', async () => {
    const { applicant, requestId } = await awaitingPayment();
    const before = await load(requestId);
    const paymentId = await start(applicant, requestId);

    expect(started.at(-1)).toEqual({
      feeId: before.fees[0]!.id,
      amountBani: 12550,
      currency: 'RON',
      reference: before.registrationNumber,
      description: `Taxă pentru cererea ${before.registrationNumber}, Primăria Municipiului Roman`,
      payerEmail: applicant.email,
      returnUrl: `http://localhost:3000/requests/${requestId}`,
      callbackUrl: 'http://localhost:3000/api/payments/test-card/callback',
    });
    expect((await load(requestId)).fees[0]).toMatchObject({ status: 'REQUESTED', provider: 'test-card', providerPaymentId: paymentId });

    // Not final yet: nothing changes.
    expect(await callback({ id: paymentId, status: 'pending', amount: 12550 })).toEqual({ status: 200, body: { outcome: 'ignored' } });
    expect((await load(requestId)).status).toBe('AWAITING_PAYMENT');

    // The provider's retries may race: the request lock lets exactly one of them record the payment.
    const outcomes = await Promise.all([callback({ id: paymentId, status: 'paid', amount: 12550 }), callback({ id: paymentId, status: 'paid', amount: 12550 })]);
    expect(outcomes.map((o) => `${o.status} ${o.body.outcome}`).sort()).toEqual(['200 duplicate', '200 recorded']);
    const after = await load(requestId);
    const audit = await database.prisma.auditLog.findMany({ where: { entityId: requestId, action: 'request.payOnline' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, details: { provider: 'test-card', providerPaymentId: paymentId, amountBani: 12550, from: 'AWAITING_PAYMENT', to: 'IN_REVIEW' } });
    expect(after.status).toBe('IN_REVIEW');
    expect(after.version).toBe(before.version + 1);
    expect(after.fees[0]).toMatchObject({ status: 'PAID', paidAt: expect.any(Date) });
    const confirmed = after.events.at(-1)!;
    expect(confirmed).toMatchObject({
      type: 'PAYMENT_CONFIRMED',
      actorId: null,
      visibility: 'PUBLIC',
      fromStatus: 'AWAITING_PAYMENT',
      toStatus: 'IN_REVIEW',
      payload: { feeId: before.fees[0]!.id, amountBani: 12550, online: true, provider: 'test-card', providerPaymentId: paymentId },
    });
    const bell = await database.prisma.notification.findMany({ where: { userId: applicant.id, kind: 'request.paymentConfirmed' } });
    expect(bell).toHaveLength(1);
    expect(bell[0]).toMatchObject({ eventId: confirmed.id, params: { registrationNumber: before.registrationNumber, amountBani: 12550 } });
    const emails = await database.prisma.emailOutbox.findMany({ where: { to: applicant.email, template: 'request-paymentConfirmed' } });
    expect(emails.map((e) => e.subject)).toEqual([`Plata pentru cererea ${before.registrationNumber} a fost confirmată`]);
    expect(emails[0]!.text).toContain('125,50 lei');

    // The provider sends it again: nothing changes.
    expect(await callback({ id: paymentId, status: 'paid', amount: 12550 })).toEqual({ status: 200, body: { outcome: 'duplicate' } });
    const replayed = await load(requestId);
    expect(replayed.version).toBe(after.version);
    expect(replayed.events).toHaveLength(after.events.length);
    expect(await database.prisma.notification.count({ where: { userId: applicant.id, kind: 'request.paymentConfirmed' } })).toBe(1);
    expect(await database.prisma.emailOutbox.count({ where: { to: applicant.email, template: 'request-paymentConfirmed' } })).toBe(1);
  });

  it("describes the payment to the provider in the applicant's language", async () => {
    const { applicant, requestId } = await awaitingPayment();
    await database.prisma.user.update({ where: { id: applicant.id }, data: { locale: 'en' } });
    await start(applicant, requestId);
    expect(started.at(-1)!.description).toBe(`Fee for request ${(await load(requestId)).registrationNumber}, Roman City Hall`);
  });

  it('refuses a wrong signature, an unknown payment, another provider and a wrong amount, changing nothing', async () => {
    const { applicant, requestId } = await awaitingPayment();
    const paymentId = await start(applicant, requestId);
    const before = await load(requestId);

    expect(await callback({ id: paymentId, status: 'paid', amount: 12550 }, { signature: sign('{"forged":true}') })).toEqual({ status: 400, body: { error: 'badSignature' } });
    expect(await callback({ id: paymentId, status: 'paid', amount: 12550 }, { signature: '' })).toEqual({ status: 400, body: { error: 'badSignature' } });
    expect(await callback({ id: 'pay_unknown', status: 'paid', amount: 12550 })).toEqual({ status: 404, body: { outcome: 'unknown' } });
    expect(await callback({ id: paymentId, status: 'paid', amount: 12550 }, { provider: 'other-card' })).toEqual({ status: 404, body: { error: 'unknownProvider' } });
    expect(await callback({ id: paymentId, status: 'paid', amount: 1255 })).toEqual({ status: 409, body: { outcome: 'amountMismatch' } });

    const after = await load(requestId);
    expect(after.status).toBe('AWAITING_PAYMENT');
    expect(after.version).toBe(before.version);
    expect(after.fees[0]).toMatchObject({ status: 'REQUESTED', paidAt: null });
    expect(after.events).toHaveLength(before.events.length);
  });

  it('confirms the online payment also when the applicant sent a proof meanwhile', async () => {
    const { applicant, requestId } = await awaitingPayment();
    const paymentId = await start(applicant, requestId);
    const upload = await startUpload(applicant, { requestId, purpose: 'PAYMENT_PROOF', fileName: 'chitanta.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }, storage);
    await post(upload, PDF, 'application/pdf');
    await confirmUpload(applicant, upload.documentId, storage);
    await sendPaymentProof(applicant, { ...(await target(requestId)), documentIds: [upload.documentId] });
    expect((await load(requestId)).status).toBe('PAYMENT_SUBMITTED');

    expect(await callback({ id: paymentId, status: 'paid', amount: 12550 })).toEqual({ status: 200, body: { outcome: 'recorded' } });
    const after = await load(requestId);
    expect(after.status).toBe('IN_REVIEW');
    expect(after.fees[0]!.status).toBe('PAID');
  });

  it("starts only for the applicant's own request, from the page they saw, while the fee is due", async () => {
    const { applicant, requestId } = await awaitingPayment();
    const stranger = await createApplicant(database.prisma);
    await expect(startOnlinePayment(stranger, await target(requestId))).rejects.toMatchObject({ code: 'request.notFound' });
    const { version } = await target(requestId);
    await expect(startOnlinePayment(applicant, { requestId, version: version - 1 })).rejects.toMatchObject({ code: 'request.stale' });
    expect((await load(requestId)).fees[0]!.providerPaymentId).toBeNull();

    // The provider cannot be reached: the applicant is told, the fee stays as it was.
    failNextStart = true;
    await expect(startOnlinePayment(applicant, { requestId, version })).rejects.toMatchObject({ code: 'payment.providerUnavailable' });
    expect((await load(requestId)).fees[0]!.providerPaymentId).toBeNull();

    // Paid: nothing more to pay.
    const paymentId = await start(applicant, requestId);
    await callback({ id: paymentId, status: 'paid', amount: 12550 });
    await expect(startOnlinePayment(applicant, await target(requestId))).rejects.toMatchObject({ code: 'request.notAllowed' });
  });

  it('with no provider configured (the embedded default), starting is refused and no callback is heard', async () => {
    const { applicant, requestId } = await awaitingPayment();
    const paymentId = await start(applicant, requestId);
    delete process.env.PAYMENT_PROVIDER;
    resetEnvCache();
    await expect(startOnlinePayment(applicant, await target(requestId))).rejects.toMatchObject({ code: 'payment.noProvider' });
    expect(await callback({ id: paymentId, status: 'paid', amount: 12550 })).toEqual({ status: 404, body: { error: 'unknownProvider' } });
    expect((await load(requestId)).status).toBe('AWAITING_PAYMENT');
  });
});
