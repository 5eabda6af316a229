/**
 * Online payments against the real PostgreSQL, through the portal's notification route, with the
 * local test provider (lib/payments/providers/test.ts: HMAC-signed notifications, its status
 * answers are what it notified). NETOPIA's own protocol is tried in netopia-flow.test.ts.
 */
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/payments/[provider]/callback/route';
import { resetEnvCache } from '@/lib/env';
import { expireAbandonedPayments, PAYMENT_OPEN_MINUTES, refundPayment, startPayment } from '@/lib/payments/payments';
import { testNotificationRequest, type TTestNotification } from '@/lib/payments/providers/test';
import { requestFee, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { ZRequestFeeSchema } from '@/lib/requests/schemas/staff';
import type { TStorage } from '@/lib/storage';
import { todayInRomania } from '@/lib/time';
import { createApplicant, readyDraft, type TRequestWorld, useRequestWorld } from './request-fixtures';

const NOTIFY_URL = 'http://localhost:3000/api/payments/test/callback';

/** The provider's server telling the portal. */
async function notify(notification: Omit<TTestNotification, 'sentAt'>, options: { sentAt?: number; tamper?: boolean } = {}) {
  let request = testNotificationRequest(NOTIFY_URL, notification, options);
  if (options.tamper) {
    const body = (await request.text()).replace(/"amountBani":\d+/, '"amountBani":1');
    request = new Request(NOTIFY_URL, { method: 'POST', headers: request.headers, body });
  }
  const response = await POST(request, { params: Promise.resolve({ provider: 'test' }) });
  return { status: response.status, reply: ((await response.json()) as { reply?: string; error?: string }).reply };
}

const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
const key = () => crypto.randomUUID();

describe('paying online', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;
  let admin: TStaffContext;

  useRequestWorld((world) => ({ database, storage, clerk, admin } = world));
  beforeEach(() => {
    process.env.PAYMENT_PROVIDER = 'test';
    process.env.AUTH_SECRET ??= crypto.randomBytes(32).toString('hex');
    resetEnvCache();
  });
  afterEach(() => {
    delete process.env.PAYMENT_PROVIDER;
    resetEnvCache();
  });

  const payment = (id: string) => database.prisma.payment.findUniqueOrThrow({ where: { id }, include: { items: true, notifications: true } });
  const word = async (paymentId: string, status: TTestNotification['status'], amountBani?: number) => {
    const p = await payment(paymentId);
    return notify({ orderId: p.id, providerPaymentId: p.providerPaymentId!, status, amountBani: amountBani ?? p.amountBani });
  };

  /** A taxpayer of their own (a CNP nobody else has) and obligations the tax system reported. */
  async function taxpayer(obligations: { principal: number; increments?: number; paid?: number; rank?: number }[]) {
    const applicant = await createApplicant(database.prisma);
    const code = `9${crypto.randomInt(10 ** 11, 10 ** 12 - 1)}`;
    await database.prisma.personProfile.update({ where: { userId: applicant.id }, data: { cnp: code } });
    const syncedAt = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const taxImport = await database.prisma.taxImport.create({ data: { fileName: 'test.csv', sha256: 'x'.repeat(64), rowCount: obligations.length, exportedAt: syncedAt } });
    const ids: string[] = [];
    for (const [index, o] of obligations.entries()) {
      const row = await database.prisma.taxObligation.create({
        data: {
          externalId: `${code}-${index}`,
          taxpayerCode: code,
          taxpayerName: 'Ion Vasilescu',
          year: 2026,
          kind: index % 2 ? 'LAND' : 'BUILDING',
          description: `Rata ${index + 1}`,
          principalBani: o.principal,
          incrementsBani: o.increments ?? 0,
          paidBani: o.paid ?? 0,
          paymentRank: o.rank ?? null,
          dueAt: new Date('2026-09-30'),
          importId: taxImport.id,
          syncedAt,
        },
      });
      ids.push(row.id);
    }
    return { applicant, ids };
  }

  describe('tax obligations', () => {
    it('opens one payment for a double click, pays it once for concurrent notifications, and sends the receipt email', async () => {
      const { applicant, ids } = await taxpayer([{ principal: 25_000, increments: 1_230 }, { principal: 10_000, paid: 4_000 }]);
      const form = key();
      const [first, second] = await Promise.all([
        startPayment(applicant, { target: { kind: 'obligations', obligationIds: ids }, idempotencyKey: form }),
        startPayment(applicant, { target: { kind: 'obligations', obligationIds: ids }, idempotencyKey: form }),
      ]);
      expect(second).toEqual(first);
      expect(first.redirectUrl).toBe(`http://localhost:3000/dev/payments/${first.paymentId}`);
      expect(await database.prisma.payment.count({ where: { payerId: applicant.id } })).toBe(1);
      const opened = await payment(first.paymentId);
      expect(opened).toMatchObject({ status: 'PENDING', amountBani: 26_230 + 6_000, providerPaymentId: `test_${first.paymentId}`, returnPath: '/taxes' });
      expect(opened.items.map((i) => i.openKey).sort()).toEqual(ids.map((id) => `obligation:${id}`).sort());

      // A notification that does not verify, or a replay of an old one, is refused and changes nothing.
      expect(await notify({ orderId: opened.id, providerPaymentId: opened.providerPaymentId!, status: 'paid', amountBani: opened.amountBani }, { tamper: true })).toEqual({ status: 400, reply: 'rejected' });
      expect(await notify({ orderId: opened.id, providerPaymentId: opened.providerPaymentId!, status: 'paid', amountBani: opened.amountBani }, { sentAt: Date.now() - 10 * 60_000 })).toEqual({ status: 400, reply: 'rejected' });
      expect((await payment(opened.id)).status).toBe('PENDING');

      const replies = await Promise.all([word(opened.id, 'paid'), word(opened.id, 'paid'), word(opened.id, 'paid')]);
      expect(replies.every((r) => r.status === 200)).toBe(true);
      const paid = await payment(opened.id);
      expect(paid.status).toBe('PAID');
      expect(paid.notifications.map((n) => n.outcome).sort()).toEqual(['duplicate', 'duplicate', 'recorded']);
      expect(paid.items.every((i) => i.openKey === null && i.paidKey === `obligation:${i.obligationId}`)).toBe(true);
      expect(await database.prisma.notification.count({ where: { userId: applicant.id, kind: 'payment.paid' } })).toBe(1);
      const emails = await database.prisma.emailOutbox.findMany({ where: { to: applicant.email, template: 'payment-paid' } });
      expect(emails).toHaveLength(1);
      expect(emails[0]!.subject).toMatch(/^Chitanța CH-\d{4}-\d{6}: plata de 322,30 lei a fost înregistrată$/);

      // Paid: nothing left to pay on them.
      await expect(startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[0]!] }, idempotencyKey: key() })).rejects.toMatchObject({ code: 'taxes.alreadyPaid' });
    });

    it("refuses someone else's obligations, and keeps the legal order of payment", async () => {
      const { applicant, ids } = await taxpayer([{ principal: 5_000, rank: 1 }, { principal: 7_000, rank: 2 }]);
      const stranger = await taxpayer([{ principal: 1_000 }]);
      await expect(startPayment(stranger.applicant, { target: { kind: 'obligations', obligationIds: [ids[0]!] }, idempotencyKey: key() })).rejects.toMatchObject({ code: 'taxes.notFound' });
      await expect(startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[1]!] }, idempotencyKey: key() })).rejects.toMatchObject({ code: 'taxes.paymentOrder' });
      const inOrder = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[0]!] }, idempotencyKey: key() });
      expect((await payment(inOrder.paymentId)).amountBani).toBe(5_000);
      expect(await database.prisma.payment.count({ where: { payerId: stranger.applicant.id } })).toBe(0);
    });

    it('keeps at most one open payment per obligation: starting again closes the one left behind, and its late "paid" is not paid twice', async () => {
      const { applicant, ids } = await taxpayer([{ principal: 12_000 }]);
      const left = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: ids }, idempotencyKey: key() });
      const again = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: ids }, idempotencyKey: key() });
      expect(again.paymentId).not.toBe(left.paymentId);
      expect((await payment(left.paymentId)).status).toBe('FAILED');
      expect(await database.prisma.paymentItem.count({ where: { obligationId: ids[0], openKey: { not: null } } })).toBe(1);

      expect(await word(again.paymentId, 'paid')).toEqual({ status: 200, reply: 'accepted' });
      // The first page was still open and the payer paid there too: the money is unmatched, for a refund.
      expect(await word(left.paymentId, 'paid')).toEqual({ status: 400, reply: 'rejected' });
      const late = await payment(left.paymentId);
      expect(late.status).toBe('FAILED');
      expect(late.notifications.map((n) => n.outcome)).toEqual(['notPayable']);
      expect(await database.prisma.paymentItem.count({ where: { obligationId: ids[0], paidKey: { not: null } } })).toBe(1);
    });

    it('records an amount that is not the payment\'s as unmatched, and a declined card as failed', async () => {
      const { applicant, ids } = await taxpayer([{ principal: 9_900 }, { principal: 100 }]);
      const mismatch = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[0]!] }, idempotencyKey: key() });
      expect(await word(mismatch.paymentId, 'paid', 990)).toEqual({ status: 400, reply: 'rejected' });
      expect(await payment(mismatch.paymentId)).toMatchObject({ status: 'PENDING', notifications: [expect.objectContaining({ outcome: 'amountMismatch', amountBani: 990 })] });

      const declined = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[1]!] }, idempotencyKey: key() });
      expect(await word(declined.paymentId, 'failed')).toEqual({ status: 200, reply: 'accepted' });
      expect(await payment(declined.paymentId)).toMatchObject({ status: 'FAILED', items: [expect.objectContaining({ openKey: null, paidKey: null })] });
      // Free again: a new payment of it opens.
      await expect(startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[1]!] }, idempotencyKey: key() })).resolves.toMatchObject({ paymentId: expect.any(String) });
    });

    it('closes an abandoned payment with the expiry job, after asking the provider; one the provider calls paid is paid', async () => {
      const { applicant, ids } = await taxpayer([{ principal: 3_000 }, { principal: 4_000 }]);
      const abandoned = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[0]!] }, idempotencyKey: key() });
      const paidQuietly = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: [ids[1]!] }, idempotencyKey: key() });
      // The provider recorded the payment (its notification was lost on the way: the portal kept only the word).
      const p = await payment(paidQuietly.paymentId);
      await database.prisma.paymentNotification.create({ data: { provider: 'test', providerPaymentId: p.providerPaymentId!, status: 'paid', amountBani: p.amountBani, outcome: 'lost' } });

      expect(await expireAbandonedPayments({ now: new Date() })).toMatchObject({ expired: 0, paid: 0 });
      const later = new Date(Date.now() + (PAYMENT_OPEN_MINUTES + 1) * 60_000);
      const run = await expireAbandonedPayments({ now: later });
      expect(run.expired).toBeGreaterThanOrEqual(1);
      expect(run.paid).toBeGreaterThanOrEqual(1);
      expect(await payment(abandoned.paymentId)).toMatchObject({ status: 'EXPIRED', closedAt: later, items: [expect.objectContaining({ openKey: null })] });
      expect((await payment(paidQuietly.paymentId)).status).toBe('PAID');
      // Run again: nothing more to do for these.
      await expireAbandonedPayments({ now: later });
      expect((await payment(abandoned.paymentId)).status).toBe('EXPIRED');
    });

    it('lets the tax office refund a paid payment with a reason, audited; the obligation is owed again; others are refused', async () => {
      const { applicant, ids } = await taxpayer([{ principal: 15_000 }]);
      const started = await startPayment(applicant, { target: { kind: 'obligations', obligationIds: ids }, idempotencyKey: key() });
      await word(started.paymentId, 'paid');
      const urbanism = await database.prisma.user.create({ data: { email: `urb-${key()}@primarie.test`, role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE' } });
      await expect(refundPayment({ actor: { id: urbanism.id, role: 'CLERK' }, paymentId: started.paymentId, reason: 'Plată dublă' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(refundPayment({ actor: { id: applicant.id, role: 'CITIZEN' }, paymentId: started.paymentId, reason: 'Plată dublă' })).rejects.toMatchObject({ code: 'forbidden' });

      await refundPayment({ actor: { id: admin.user.id, role: 'ADMIN' }, paymentId: started.paymentId, reason: 'Plată dublă, restituită la cererea contribuabilului' });
      expect(await payment(started.paymentId)).toMatchObject({ status: 'REFUNDED', refundReason: 'Plată dublă, restituită la cererea contribuabilului', refundedById: admin.user.id, items: [expect.objectContaining({ paidKey: null })] });
      const audit = await database.prisma.auditLog.findMany({ where: { entityId: started.paymentId, action: 'payment.refund' } });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.details).toMatchObject({ amountBani: 15_000, reason: 'Plată dublă, restituită la cererea contribuabilului' });
      await expect(refundPayment({ actor: { id: admin.user.id, role: 'ADMIN' }, paymentId: started.paymentId, reason: 'încă o dată' })).rejects.toMatchObject({ code: 'payment.refundNotAllowed' });
      // Owed again: it can be paid anew.
      await expect(startPayment(applicant, { target: { kind: 'obligations', obligationIds: ids }, idempotencyKey: key() })).resolves.toMatchObject({ paymentId: expect.any(String) });
    });
  });

  describe("a request's fee", () => {
    const load = (requestId: string) => database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, include: { fees: true, events: { orderBy: { createdAt: 'asc' } } } });
    const target = async (requestId: string) => ({ kind: 'fee' as const, requestId, version: (await load(requestId)).version });

    async function awaitingPayment() {
      const applicant = await createApplicant(database.prisma);
      const requestId = await readyDraft(applicant, storage);
      await submitRequest(applicant, requestId);
      const version = (await load(requestId)).version;
      await takeRequest(clerk, { requestId, version });
      await requestFee(clerk, ZRequestFeeSchema.parse({ requestId, version: version + 1, amount: '125,50', legalBasis: 'HCL nr. 45/2025', dueDate: inDays(10) }));
      return { applicant, requestId };
    }

    it('pays the fee online: the request goes back into review once, with the timeline event, the bell and the audit', async () => {
      const { applicant, requestId } = await awaitingPayment();
      const before = await load(requestId);
      const started = await startPayment(applicant, { target: await target(requestId), idempotencyKey: key() });
      const opened = await payment(started.paymentId);
      expect(opened).toMatchObject({ amountBani: 12_550, returnPath: `/requests/${requestId}`, description: `Taxă pentru cererea ${before.registrationNumber}, Primăria Municipiului Roman` });
      expect(opened.items).toEqual([expect.objectContaining({ feeId: before.fees[0]!.id, openKey: `fee:${before.fees[0]!.id}` })]);

      // The notification may come before the payer's browser is back, and twice at once.
      const replies = await Promise.all([word(opened.id, 'paid'), word(opened.id, 'paid')]);
      expect(replies).toEqual([{ status: 200, reply: 'accepted' }, { status: 200, reply: 'accepted' }]);
      const after = await load(requestId);
      expect(after.status).toBe('IN_REVIEW');
      expect(after.version).toBe(before.version + 1);
      expect(after.fees[0]).toMatchObject({ status: 'PAID', paidAt: expect.any(Date) });
      expect(after.events.at(-1)).toMatchObject({ type: 'PAYMENT_CONFIRMED', actorId: null, toStatus: 'IN_REVIEW', payload: { online: true, provider: 'test', amountBani: 12_550 } });
      expect(await database.prisma.auditLog.count({ where: { entityId: requestId, action: 'request.payOnline' } })).toBe(1);
      expect(await database.prisma.notification.count({ where: { userId: applicant.id, kind: 'request.paymentConfirmed' } })).toBe(1);
      expect((await payment(opened.id)).status).toBe('PAID');
      // A fee is refunded through the request's own procedure, not from the payments page.
      await expect(refundPayment({ actor: { id: admin.user.id, role: 'ADMIN' }, paymentId: opened.id, reason: 'Greșeală' })).rejects.toMatchObject({ code: 'payment.refundNotAllowed' });
    });

    it("starts only for the applicant's own request, from the page they saw; a closed request's late payment is unmatched", async () => {
      const { applicant, requestId } = await awaitingPayment();
      const stranger = await createApplicant(database.prisma);
      await expect(startPayment(stranger, { target: await target(requestId), idempotencyKey: key() })).rejects.toMatchObject({ code: 'request.notFound' });
      const stale = { ...(await target(requestId)), version: 1 };
      await expect(startPayment(applicant, { target: stale, idempotencyKey: key() })).rejects.toMatchObject({ code: 'request.stale' });

      const started = await startPayment(applicant, { target: await target(requestId), idempotencyKey: key() });
      await database.prisma.fee.updateMany({ where: { requestId }, data: { status: 'CANCELLED' } });
      expect(await word(started.paymentId, 'paid')).toEqual({ status: 400, reply: 'rejected' });
      expect(await payment(started.paymentId)).toMatchObject({ status: 'FAILED', notifications: [expect.objectContaining({ outcome: 'notPayable' })] });
      expect((await load(requestId)).status).toBe('AWAITING_PAYMENT');
    });

    it('with no provider, starting is refused and no notification is heard', async () => {
      const { applicant, requestId } = await awaitingPayment();
      process.env.PAYMENT_PROVIDER = 'none';
      resetEnvCache();
      await expect(startPayment(applicant, { target: await target(requestId), idempotencyKey: key() })).rejects.toMatchObject({ code: 'payment.noProvider' });
      const response = await POST(testNotificationRequest(NOTIFY_URL, { orderId: 'x', providerPaymentId: 'test_x', status: 'paid', amountBani: 1 }), { params: Promise.resolve({ provider: 'test' }) });
      expect(response.status).toBe(404);
    });
  });
});
