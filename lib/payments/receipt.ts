/**
 * The receipt of an online payment (chitanță electronică) as an issued, sealed document
 * (lib/issued, kind PAYMENT_RECEIPT, for the payment and no request). Only a payment the provider
 * confirmed (PAID, or REFUNDED since) has one. It is issued once per payment and language, the first
 * time it is asked for, and then given as it is stored, so that its verification code, QR and hash
 * stay the same however often and by whomever (the payer, the tax office) it is downloaded. It shows
 * the payment as it was paid: a later refund is the payment's record, not a new receipt.
 */
import 'server-only';
import type { TActor } from '@/lib/auth/assert-admin';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TLocale } from '@/lib/i18n/config';
import { issueDocument } from '@/lib/issued/issue';
import { findPaymentProvider } from '@/lib/payments/provider';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';
import { renderPaymentReceiptPdf } from '@/lib/payments/receipt-pdf';
import { assertPaymentsStaff } from '@/lib/payments/staff-access';
import { readMunicipality } from '@/lib/settings/read';
import { getStorage } from '@/lib/storage';

/** Who downloads: the payer (their own payments only) or the tax office (canManagePayments). */
export type TPaymentReceiptViewer = { kind: 'payer'; userId: string } | { kind: 'staff'; actor: TActor };

/** Sealing may wait for a timestamp authority: more than Prisma's 5 s default. */
const TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

export const paymentReceiptKey = (paymentId: string, locale: TLocale) => `issued/payments/${paymentId}/receipt-${locale}.pdf`;

const RECEIPT_SELECT = {
  id: true,
  number: true,
  provider: true,
  providerPaymentId: true,
  amountBani: true,
  paidAt: true,
  items: { select: { label: true, amountBani: true }, orderBy: { id: 'asc' } },
  payer: {
    select: {
      email: true,
      personProfile: { select: { firstName: true, lastName: true, cnp: true } },
      organizationProfile: { select: { name: true, cui: true } },
    },
  },
} satisfies Prisma.PaymentSelect;

type TPaidPayment = Prisma.PaymentGetPayload<{ select: typeof RECEIPT_SELECT }> & { paidAt: Date };

function payerOf({ payer }: TPaidPayment) {
  if (payer.organizationProfile) return { name: payer.organizationProfile.name, idNumber: payer.organizationProfile.cui, email: payer.email };
  if (payer.personProfile) return { name: `${payer.personProfile.firstName} ${payer.personProfile.lastName}`, idNumber: payer.personProfile.cnp, email: payer.email };
  return { name: payer.email, idNumber: null, email: payer.email };
}

/**
 * The sealed receipt of a paid payment in this language, as PDF bytes; null when the viewer has no
 * such payment (someone else's, unknown) or it is not paid (yet). Staff who may not work with
 * payments are refused ("forbidden"). Two first downloads at once (two tabs, the payer and the tax
 * office) issue one: the payment's row is locked while the receipt is looked up and, when missing, issued.
 */
export async function paymentReceipt(viewer: TPaymentReceiptViewer, paymentId: string, locale: TLocale): Promise<Uint8Array | null> {
  return (await paymentReceiptFile(viewer, paymentId, locale))?.bytes ?? null;
}

/** The same, with the file name the download carries ("chitanta-CH-2026-000123.pdf"). */
export async function paymentReceiptFile(viewer: TPaymentReceiptViewer, paymentId: string, locale: TLocale): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  if (viewer.kind === 'staff') await assertPaymentsStaff(viewer.actor);
  const payment = await db.payment.findFirst({
    where: { id: paymentId, status: { in: ['PAID', 'REFUNDED'] }, paidAt: { not: null }, ...(viewer.kind === 'payer' ? { payerId: viewer.userId } : {}) },
    select: RECEIPT_SELECT,
  });
  if (!payment?.paidAt) return null;
  const paid: TPaidPayment = { ...payment, paidAt: payment.paidAt };
  const number = paymentReceiptNumber(paid);
  return { bytes: await storedPaymentReceipt(paid, number, locale), fileName: `chitanta-${number}.pdf` };
}

/** The stored receipt in this language, issued on first use under the payment's lock. */
async function storedPaymentReceipt(paid: TPaidPayment, number: string, locale: TLocale): Promise<Uint8Array> {
  const storage = getStorage();
  const storageKey = paymentReceiptKey(paid.id, locale);
  // Issued already (every download but the first): no lock needed to read it.
  if (await db.issuedDocument.findUnique({ where: { storageKey }, select: { id: true } })) return storage.get(storageKey);

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paid.id} FOR UPDATE`;
    const existing = await tx.issuedDocument.findUnique({ where: { storageKey }, select: { id: true } });
    if (existing) return storage.get(storageKey);
    const municipality = await readMunicipality(tx);
    const provider = findPaymentProvider(paid.provider);
    const issued = await issueDocument(
      tx,
      {
        kind: 'PAYMENT_RECEIPT',
        payment: { id: paid.id, number: paid.number, paidAt: paid.paidAt },
        issuedById: null,
        render: (verification) =>
          renderPaymentReceiptPdf({
            locale,
            municipality,
            number,
            paidAt: paid.paidAt,
            payer: payerOf(paid),
            items: paid.items,
            totalBani: paid.amountBani,
            providerLabel: provider?.label[locale] ?? paid.provider,
            providerPaymentId: paid.providerPaymentId,
            paymentId: paid.id,
            verification,
          }),
        keep: { kind: 'receipt', storageKey },
      },
      storage,
    );
    return issued.bytes;
  }, TRANSACTION);
}
