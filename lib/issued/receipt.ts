/**
 * The proof of registration as an issued, sealed document. The one downloaded from the request page
 * is issued once per request and language and then given as it is stored, so that its verification
 * code, QR and hash stay the same however often it is downloaded. The one printed right after
 * submitting, with the access code, is sealed and recorded too, but never stored: the access code is
 * kept only as a hash.
 */
import 'server-only';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/config';
import { issueDocument } from '@/lib/issued/issue';
import { renderReceiptPdf, type TReceiptData } from '@/lib/requests/receipt-pdf';
import { getStorage } from '@/lib/storage';

type TFiledRequest = { id: string; registrationNumber: string; submittedAt: Date };

/** Sealing may wait for a timestamp authority: more than Prisma's 5 s default. */
const TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

export const receiptKey = (requestId: string, locale: TLocale) => `issued/${requestId}/receipt-${locale}.pdf`;

/**
 * The stored sealed receipt of the request in this language, issued on first use. Two first
 * downloads at once (two tabs, a double click, two portal processes) issue one: the request's row is
 * locked while the receipt is looked up and, when missing, issued.
 */
export async function storedReceipt(request: TFiledRequest, data: Omit<TReceiptData, 'verification' | 'accessCode'>): Promise<Uint8Array> {
  const storage = getStorage();
  const storageKey = receiptKey(request.id, data.locale);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ServiceRequest" WHERE id = ${request.id} FOR UPDATE`;
    const existing = await tx.issuedDocument.findUnique({ where: { storageKey }, select: { id: true } });
    if (existing) return storage.get(storageKey);
    const issued = await issueDocument(
      tx,
      {
        kind: 'RECEIPT',
        request,
        issuedById: null,
        render: (verification) => renderReceiptPdf({ ...data, accessCode: null, verification }),
        keep: { kind: 'receipt', storageKey },
      },
      storage,
    );
    return issued.bytes;
  }, TRANSACTION);
}

/** The receipt with the access code, sealed and recorded, not stored. */
export async function receiptWithAccessCode(request: TFiledRequest, data: Omit<TReceiptData, 'verification'> & { accessCode: string }): Promise<Uint8Array> {
  return db.$transaction(async (tx) => {
    const issued = await issueDocument(tx, { kind: 'RECEIPT', request, issuedById: null, render: (verification) => renderReceiptPdf({ ...data, verification }), keep: null });
    return issued.bytes;
  }, TRANSACTION);
}
