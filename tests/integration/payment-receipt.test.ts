/**
 * The receipt of an online payment (chitanță electronică) against the real PostgreSQL and S3 server:
 * issued once per payment and language however many download it at once, the same stored bytes
 * afterwards for the payer and the tax office; it prints the number, the items, the total and the
 * date; an independent verifier (pdfsig) accepts its seal; /verify knows it by its code and by its
 * file, with only what the receipt shows; nobody else's, no unpaid payment, no staff outside the tax
 * department.
 */
import crypto from 'node:crypto';
import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { GET as staffDownload } from '@/app/admin/payments/[id]/receipt/route';
import { GET as payerDownload } from '@/app/(citizen)/taxes/payments/[id]/receipt/route';
import type { TSessionUser } from '@/lib/auth/session';
import { closeRateLimits } from '@/lib/auth/rate-limit';
import type { PaymentStatus } from '@/lib/generated/prisma/client';
import { formatLei } from '@/lib/i18n/format';
import { messages } from '@/lib/i18n/messages';
import { formatVerificationCode } from '@/lib/issued/codes';
import { verificationUrl } from '@/lib/issued/issue';
import { checkFile, verifyCodePage } from '@/lib/issued/verify';
import { findPaymentProvider } from '@/lib/payments/provider';
import { paymentReceipt, paymentReceiptFile, paymentReceiptKey } from '@/lib/payments/receipt';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';
import { DEMO_SEAL_NAME } from '@/lib/seal/signers/demo';
import type { TStorage } from '@/lib/storage';
import { formatDateTime } from '@/lib/time';
import { pdfPageTexts, pdfsig } from '../support/pdf';
import { scanPdfQrCodes } from '../support/qr';
import { adminActors, createApplicant, type TRequestWorld, useRequestWorld } from './request-fixtures';
import { uniqueName } from './support';

// The route handlers' request: who is signed in, in which language, on which terminal.
const request = vi.hoisted(() => ({ user: null as unknown, locale: 'ro' as 'ro' | 'en', kiosk: false }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => request.user }));
vi.mock('next/headers', async () => {
  const { KIOSK_COOKIE } = await import('@/lib/kiosk/config');
  return { cookies: async () => ({ get: (name: string) => (name === KIOSK_COOKIE && request.kiosk ? { value: '1' } : undefined) }) };
});
vi.mock('next-intl/server', async () => {
  const { messages } = await import('@/lib/i18n/messages');
  return {
    getLocale: async () => request.locale,
    getTranslations: async (namespace: string) => createTranslator({ locale: request.locale, messages: messages[request.locale], namespace: namespace as never }),
  };
});

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const VALID = { commonName: DEMO_SEAL_NAME, validation: 'Signature is Valid.', total: true, subFilter: 'ETSI.CAdES.detached' };
const newIp = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

const ITEMS = [
  { label: 'Impozit pe clădiri 2026, Strada Ștefan cel Mare nr. 10', amountBani: 45_650 },
  { label: 'Impozit pe mijloace de transport 2026, NT-10-ABC', amountBani: 12_000 },
];
const TOTAL = 57_650;
// 14:35 in Bucharest (UTC+3 in summer).
const PAID_AT = new Date('2026-07-14T11:35:00Z');

describe('the receipt of an online payment', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let actors: ReturnType<typeof adminActors>;
  useRequestWorld(
    (world) => {
      ({ database, storage } = world);
      actors = adminActors(world);
    },
    { beforeStop: closeRateLimits },
  );

  /** A payment written straight to the table, as the provider's notification leaves it. */
  async function payment(payerId: string, status: PaymentStatus = 'PAID') {
    const paid = status === 'PAID' || status === 'REFUNDED';
    return database.prisma.payment.create({
      data: {
        payerId,
        provider: 'netopia',
        providerPaymentId: paid || status === 'PENDING' ? `ntp-${crypto.randomUUID()}` : null,
        status,
        amountBani: TOTAL,
        description: 'Impozite și taxe locale',
        idempotencyKey: crypto.randomUUID(),
        returnPath: '/taxes',
        expiresAt: new Date(PAID_AT.getTime() + 30 * 60_000),
        paidAt: paid ? PAID_AT : null,
        refundedAt: status === 'REFUNDED' ? new Date(PAID_AT.getTime() + 86_400_000) : null,
        items: { create: ITEMS },
      },
      select: { id: true, number: true, providerPaymentId: true },
    });
  }

  const receiptsOf = (paymentId: string) => database.prisma.issuedDocument.findMany({ where: { paymentId }, orderBy: { createdAt: 'asc' } });

  /** A clerk of another department than the tax office (the demo's urbanism clerk). */
  async function otherClerk() {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'clerk.urbanism@demo.local' }, select: { id: true, role: true } });
    return { id: user.id, role: user.role };
  }

  it('is issued once for two downloads at once, sealed, stored, and the same file afterwards for the payer and the tax office', async () => {
    const payer = await createApplicant(database.prisma);
    const { id, number, providerPaymentId } = await payment(payer.id);
    const viewer = { kind: 'payer' as const, userId: payer.id };

    const [first, second] = await Promise.all([paymentReceipt(viewer, id, 'ro'), paymentReceipt(viewer, id, 'ro')]);
    expect(first).not.toBeNull();
    expect(Buffer.from(first!).equals(Buffer.from(second!))).toBe(true);
    const receipts = await receiptsOf(id);
    expect(receipts).toHaveLength(1);
    const receiptNumber = paymentReceiptNumber({ number, paidAt: PAID_AT });
    expect(receiptNumber).toBe(`CH-2026-${String(number).padStart(6, '0')}`);
    expect(receipts[0]).toMatchObject({
      kind: 'PAYMENT_RECEIPT',
      paymentId: id,
      requestId: null,
      documentId: null,
      storageKey: paymentReceiptKey(id, 'ro'),
      registrationNumber: receiptNumber,
      registeredAt: PAID_AT,
      sha256: sha256(first!),
      sizeBytes: first!.length,
      sealedBy: DEMO_SEAL_NAME,
    });
    expect(sha256(await storage.get(paymentReceiptKey(id, 'ro')))).toBe(sha256(first!));

    // Later downloads, by the payer, the tax office's clerk or an administrator: the stored file.
    const again = await paymentReceiptFile(viewer, id, 'ro');
    expect(again?.fileName).toBe(`chitanta-${receiptNumber}.pdf`);
    expect(Buffer.from(again!.bytes).equals(Buffer.from(first!))).toBe(true);
    for (const actor of [actors.clerk, actors.admin]) {
      const staff = await paymentReceipt({ kind: 'staff', actor }, id, 'ro');
      expect(staff && Buffer.from(staff).equals(Buffer.from(first!))).toBe(true);
    }
    expect(await receiptsOf(id)).toHaveLength(1);

    // What it prints.
    expect(await pdfsig(first!)).toEqual([VALID]);
    const text = (await pdfPageTexts(first!)).join('\n');
    const provider = findPaymentProvider('netopia')?.label.ro ?? 'netopia';
    const code = formatVerificationCode(receipts[0]!.code);
    for (const expected of [
      'Chitanță electronică',
      receiptNumber,
      formatDateTime(PAID_AT, 'ro'),
      '14.07.2026 14:35',
      'Ion Vasilescu',
      '1800101270018',
      payer.email,
      ...ITEMS.map((i) => i.label),
      ...ITEMS.map((i) => formatLei(i.amountBani, 'ro')),
      'Total achitat',
      formatLei(TOTAL, 'ro'),
      '576,50 lei',
      `card, online prin ${provider}`,
      providerPaymentId!,
      id,
      code,
      'sigilat electronic',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(await scanPdfQrCodes(first!)).toEqual([verificationUrl(receipts[0]!.code)]);
  });

  it('has an English version, issued once as well, for a company payer; a refunded payment keeps its receipt', async () => {
    const company = await database.prisma.user.create({
      data: {
        email: `${uniqueName('firma')}@example.ro`,
        status: 'ACTIVE',
        accountType: 'COMPANY',
        organizationProfile: { create: { name: 'Construcții Bârlad SRL', cui: '12345678', representativeName: 'Ana Țurcanu' } },
      },
      select: { id: true },
    });
    const { id, number } = await payment(company.id, 'REFUNDED');
    const viewer = { kind: 'payer' as const, userId: company.id };
    const en = await paymentReceipt(viewer, id, 'en');
    const ro = await paymentReceipt(viewer, id, 'ro');
    expect(Buffer.from(en!).equals(Buffer.from((await paymentReceipt(viewer, id, 'en'))!))).toBe(true);
    expect((await receiptsOf(id)).map((r) => r.storageKey)).toEqual([paymentReceiptKey(id, 'en'), paymentReceiptKey(id, 'ro')]);
    expect(await pdfsig(en!)).toEqual([VALID]);
    expect(await pdfsig(ro!)).toEqual([VALID]);
    const text = (await pdfPageTexts(en!)).join('\n');
    for (const expected of ['Electronic receipt', paymentReceiptNumber({ number, paidAt: PAID_AT }), '14 July 2026, 14:35', 'Construcții Bârlad SRL', '12345678', 'Total paid', '576.50 lei', 'card, online through']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('is nobody else’s, and no payment that is not paid has one', async () => {
    const payer = await createApplicant(database.prisma);
    const other = await createApplicant(database.prisma);
    const paid = await payment(payer.id);
    expect(await paymentReceipt({ kind: 'payer', userId: other.id }, paid.id, 'ro')).toBeNull();
    expect(await paymentReceipt({ kind: 'payer', userId: payer.id }, 'no-such-payment', 'ro')).toBeNull();
    expect(await paymentReceipt({ kind: 'staff', actor: actors.clerk }, 'no-such-payment', 'ro')).toBeNull();
    // Staff outside the tax department, and a citizen posing as staff, are refused before anything is read.
    await expect(paymentReceipt({ kind: 'staff', actor: await otherClerk() }, paid.id, 'ro')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(paymentReceipt({ kind: 'staff', actor: { id: other.id, role: 'CITIZEN' } }, paid.id, 'ro')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await receiptsOf(paid.id)).toEqual([]);

    for (const status of ['CREATED', 'PENDING', 'FAILED', 'EXPIRED'] as const) {
      const open = await payment(payer.id, status);
      expect(await paymentReceipt({ kind: 'payer', userId: payer.id }, open.id, 'ro'), status).toBeNull();
      expect(await paymentReceipt({ kind: 'staff', actor: actors.admin }, open.id, 'ro'), status).toBeNull();
      expect(await receiptsOf(open.id)).toEqual([]);
    }
  });

  it('is authentic on /verify by its code and by its file, as a "Chitanță electronică" with its number and date only', async () => {
    const payer = await createApplicant(database.prisma);
    const { id, number } = await payment(payer.id);
    const bytes = (await paymentReceipt({ kind: 'payer', userId: payer.id }, id, 'ro'))!;
    const [issued] = await receiptsOf(id);
    const facts = {
      code: formatVerificationCode(issued!.code),
      kind: 'PAYMENT_RECEIPT',
      registrationNumber: paymentReceiptNumber({ number, paidAt: PAID_AT }),
      registeredAt: PAID_AT,
      sealedBy: DEMO_SEAL_NAME,
      sealQualified: false,
      sealedAt: expect.any(Date),
      timestampedAt: null,
      sha256: sha256(bytes),
    };
    const page = await verifyCodePage(issued!.code, { ip: newIp() });
    expect(page).toEqual({ status: 'found', facts });
    // What the page and the file check print for its kind (components/verify/issued-facts.tsx: verify.kind.<kind>).
    expect(messages.ro.verify.kind.PAYMENT_RECEIPT).toBe('Chitanță electronică');
    expect(messages.en.verify.kind.PAYMENT_RECEIPT).toBe('Electronic payment receipt');
    expect(await checkFile({ sha256: sha256(bytes) }, { ip: newIp() })).toEqual({ status: 'authentic', facts });
    expect(await checkFile({ sha256: sha256(bytes), code: issued!.code }, { ip: newIp() })).toEqual({ status: 'identical', facts });
    // Nothing of the payer or the payment beyond what the receipt's number and date say.
    const shown = JSON.stringify(page);
    for (const secret of [id, payer.id, payer.email, '1800101270018', 'Vasilescu']) expect(shown).not.toContain(secret);
  });

  it('downloads through the routes: the payer and the tax office get the file as an attachment, others a 403 or a 404', async () => {
    const payer = await createApplicant(database.prisma);
    const other = await createApplicant(database.prisma);
    const { id, number } = await payment(payer.id);
    const pending = await payment(payer.id, 'PENDING');
    const params = (paymentId: string) => ({ params: Promise.resolve({ id: paymentId }) });
    const as = (user: Pick<TSessionUser, 'id' | 'role'> | null) => {
      request.user = user ? { email: 'x@example.ro', accountType: 'PERSON', locale: 'ro', displayName: 'x', ...user } : null;
    };
    const get = (route: typeof payerDownload, paymentId: string) => route(new Request(`http://localhost/x/${paymentId}/receipt`), params(paymentId));

    as({ id: payer.id, role: 'CITIZEN' });
    const response = await get(payerDownload, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="chitanta-${paymentReceiptNumber({ number, paidAt: PAID_AT })}.pdf"`);
    expect(response.headers.get('Cache-Control')).toContain('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(sha256(bytes)).toBe((await receiptsOf(id))[0]!.sha256);
    expect((await get(payerDownload, pending.id)).status).toBe(404);

    as({ id: other.id, role: 'CITIZEN' });
    const foreign = await get(payerDownload, id);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe(messages.ro.paymentReceipt.notFound);
    expect((await get(staffDownload, id)).status).toBe(403);

    as(actors.clerk);
    const staff = await get(staffDownload, id);
    expect(staff.status).toBe(200);
    expect(Buffer.from(await staff.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect((await get(staffDownload, pending.id)).status).toBe(404);
    as(await otherClerk());
    expect((await get(staffDownload, id)).status).toBe(403);

    // Signed out: to the login page, back to the payment afterwards; no file on a kiosk terminal.
    as(null);
    const anonymous = await get(payerDownload, id);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toBe(`/login?next=${encodeURIComponent(`/taxes/payments/${id}`)}`);
    as({ id: payer.id, role: 'CITIZEN' });
    request.kiosk = true;
    try {
      expect((await get(payerDownload, id)).status).toBe(403);
    } finally {
      request.kiosk = false;
    }
    expect(await receiptsOf(id)).toHaveLength(1);
  });
});
