/**
 * Paying through NETOPIA Payments API v2, end to end against the real PostgreSQL: the portal's
 * payment service talks to a local stand-in server that speaks NETOPIA's protocol
 * (tests/support/netopia-standin.ts), and the stand-in's IPNs reach the portal's real notification
 * route over HTTP. No network.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/payments/[provider]/callback/route';
import { resetEnvCache } from '@/lib/env';
import { expireAbandonedPayments, getOwnPayment, PAYMENT_OPEN_MINUTES, refundPayment, startPayment } from '@/lib/payments/payments';
import { startNetopiaStandin, type TNetopiaStandin } from '../support/netopia-standin';
import { createApplicant, type TRequestWorld, useRequestWorld } from './request-fixtures';

/** The portal's public address as NETOPIA sees it: only the notification route, over real HTTP. */
async function startPortalEdge() {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/api\/payments\/([a-z0-9-]+)\/callback$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const response = await POST(new Request(`http://portal.test${req.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }), { params: Promise.resolve({ provider: match[1]! }) });
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('paying through NETOPIA (stand-in)', () => {
  let database: TRequestWorld['database'];
  let admin: TRequestWorld['admin'];
  let standin: TNetopiaStandin;
  let edge: Awaited<ReturnType<typeof startPortalEdge>>;

  useRequestWorld((world) => ({ database, admin } = world));
  beforeAll(async () => {
    standin = await startNetopiaStandin();
    edge = await startPortalEdge();
  });
  afterAll(async () => {
    await standin?.close();
    await edge?.close();
  });
  beforeEach(() => {
    Object.assign(process.env, {
      PAYMENT_PROVIDER: 'netopia',
      APP_URL: edge.url,
      NETOPIA_API_KEY: standin.apiKey,
      NETOPIA_POS_SIGNATURE: standin.posSignature,
      NETOPIA_PUBLIC_KEY: standin.publicKeyPem,
      NETOPIA_BASE_URL: standin.url,
    });
    resetEnvCache();
  });
  afterEach(() => {
    for (const name of ['PAYMENT_PROVIDER', 'APP_URL', 'NETOPIA_API_KEY', 'NETOPIA_POS_SIGNATURE', 'NETOPIA_PUBLIC_KEY', 'NETOPIA_BASE_URL']) delete process.env[name];
    resetEnvCache();
  });

  const payment = (id: string) => database.prisma.payment.findUniqueOrThrow({ where: { id }, include: { items: true, notifications: { orderBy: { receivedAt: 'asc' } } } });

  /** A taxpayer with one obligation of `bani`, and the payment of it opened at NETOPIA. */
  async function opened(bani: number) {
    const applicant = await createApplicant(database.prisma);
    const code = `8${crypto.randomInt(10 ** 11, 10 ** 12 - 1)}`;
    await database.prisma.personProfile.update({ where: { userId: applicant.id }, data: { cnp: code } });
    const syncedAt = new Date(Date.now() - 60_000);
    const taxImport = await database.prisma.taxImport.create({ data: { fileName: 'roman.csv', sha256: '0'.repeat(64), rowCount: 1, exportedAt: syncedAt } });
    const obligation = await database.prisma.taxObligation.create({
      data: { externalId: `N-${code}`, taxpayerCode: code, taxpayerName: 'Ion Vasilescu', year: 2026, kind: 'VEHICLE', description: 'Autoturism NT-01-ABC', principalBani: bani, dueAt: new Date('2026-09-30'), importId: taxImport.id, syncedAt },
    });
    const started = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: [obligation.id] }, idempotencyKey: crypto.randomUUID() });
    const row = await payment(started.paymentId);
    return { applicant, started, row, ntpID: row.providerPaymentId! };
  }

  it('starts the payment as documented and records the IPN that comes before the payer is back', async () => {
    const { applicant, started, row, ntpID } = await opened(23_456);
    const start = standin.requests.filter((r) => r.endpoint === 'start').at(-1)!;
    expect(start.authorization).toBe(standin.apiKey);
    expect(start.body).toMatchObject({
      config: { notifyUrl: `${edge.url}/api/payments/netopia/callback`, redirectUrl: `${edge.url}/taxes/payments/${row.id}`, language: 'ro' },
      order: { posSignature: standin.posSignature, orderID: row.id, amount: 234.56, currency: 'RON', billing: expect.objectContaining({ email: applicant.email, country: 642 }) },
    });
    expect(started.redirectUrl).toBe(`${standin.url}/pay/${ntpID}`);
    expect(row.status).toBe('PENDING');

    const answer = await standin.complete(ntpID, { status: 3 });
    expect(answer).toEqual({ status: 200, body: { errorType: 0, errorCode: null, errorMessage: '' } });
    // The payer's browser comes back now: the page already knows.
    expect(await getOwnPayment(applicant, row.id)).toMatchObject({ status: 'PAID', providerPaymentId: ntpID });

    // NETOPIA resends the same IPN (a replay): accepted, nothing changes.
    expect(await standin.replay(ntpID)).toEqual({ status: 200, body: { errorType: 0, errorCode: null, errorMessage: '' } });
    const after = await payment(row.id);
    expect(after.status).toBe('PAID');
    expect(after.notifications.map((n) => n.outcome)).toEqual(['recorded', 'duplicate']);
  });

  it('refuses IPNs that do not verify, and an amount that is not the payment\'s, changing nothing', async () => {
    const { row, ntpID } = await opened(10_000);
    for (const tamper of ['bad-signature', 'other-key', 'wrong-issuer', 'wrong-audience', 'changed-body', 'expired', 'alg-none', 'hs256', 'no-header'] as const) {
      const answer = await standin.notify(ntpID, { tamper, status: 3 });
      expect(answer.body, tamper).toMatchObject({ errorType: 2 });
    }
    expect(await payment(row.id)).toMatchObject({ status: 'PENDING', notifications: [] });

    const mismatch = await standin.notify(ntpID, { status: 3, amount: 1 });
    expect(mismatch.body).toMatchObject({ errorType: 2 });
    expect(await payment(row.id)).toMatchObject({ status: 'PENDING', notifications: [expect.objectContaining({ outcome: 'amountMismatch', amountBani: 100 })] });
  });

  it('asks NETOPIA about a payment whose IPN never arrives, at its expiry: paid is paid, still open is expired', async () => {
    const paidSilently = await opened(5_000);
    const abandoned = await opened(6_000);
    standin.setStatus(paidSilently.ntpID, 3);
    const statusBefore = standin.counts.status;
    const later = new Date(Date.now() + (PAYMENT_OPEN_MINUTES + 1) * 60_000);
    await expireAbandonedPayments({ now: later });
    expect(standin.counts.status - statusBefore).toBeGreaterThanOrEqual(2);
    expect((await payment(paidSilently.row.id)).status).toBe('PAID');
    expect(await payment(abandoned.row.id)).toMatchObject({ status: 'EXPIRED', items: [expect.objectContaining({ openKey: null })] });
  });

  it('keeps a payment open when NETOPIA cannot say, and refunds a paid one through /operation/credit', async () => {
    const unknown = await opened(7_000);
    standin.failNext('status', { httpStatus: 503, body: 'unavailable' });
    await expireAbandonedPayments({ now: new Date(Date.now() + (PAYMENT_OPEN_MINUTES + 1) * 60_000) });
    expect((await payment(unknown.row.id)).status).toBe('PENDING');

    const paid = await opened(8_800);
    await standin.complete(paid.ntpID, { status: 3 });
    standin.failNext('credit', { httpStatus: 500, body: '{"error":{"code":"99","message":"refused"}}' });
    await expect(refundPayment({ actor: { id: admin.user.id, role: 'ADMIN' }, paymentId: paid.row.id, reason: 'Plată în plus' })).rejects.toMatchObject({ code: 'payment.providerUnavailable' });
    expect((await payment(paid.row.id)).status).toBe('PAID');
    await refundPayment({ actor: { id: admin.user.id, role: 'ADMIN' }, paymentId: paid.row.id, reason: 'Plată în plus' });
    expect((await payment(paid.row.id)).status).toBe('REFUNDED');
    const credit = standin.requests.filter((r) => r.endpoint === 'credit').at(-1)!;
    expect(credit.body).toMatchObject({ ntpID: paid.ntpID, amount: 88 });
    expect(standin.order(paid.ntpID)!.credited).toBe(88);
  });
});
