/**
 * Issuing a document with legal effect (OUG 38/2020, Law 214/2024): every file the city hall gives
 * out (a generated answer, a clerk's uploaded answer PDF, the proof of registration, the receipt of
 * an online payment) gets a verification code printed on it with a QR code of /verify/<code>, is
 * sealed (PAdES, lib/seal) and is recorded as an IssuedDocument with the SHA-256 of the sealed
 * bytes, the ones downloaded. A payment's receipt belongs to no request (paymentId instead). The
 * functions run in the caller's transaction: the row, the document and the timeline event commit
 * together. The bytes go to the store before the commit, so a rolled-back transaction leaves at most
 * an object nothing refers to (never a row without its bytes).
 */
import 'server-only';
import crypto from 'node:crypto';
import type { TTransaction } from '@/lib/db';
import { env } from '@/lib/env';
import type { IssuedDocumentKind } from '@/lib/generated/prisma/client';
import { formatVerificationCode, newVerificationCode } from '@/lib/issued/codes';
import { stampVerification } from '@/lib/issued/stamp';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';
import { sealPdf, type TSealMeta, type TSealResult } from '@/lib/seal/seal';
import { readMunicipality } from '@/lib/settings/read';
import { getStorage, type TStorage } from '@/lib/storage';

/** What the document is, in the seal's reason (the seal's texts are in Romanian, as the act is). */
export const ISSUED_KIND_RO: Record<IssuedDocumentKind, string> = {
  RECEIPT: 'Dovadă de înregistrare',
  APPROVAL: 'Răspuns favorabil',
  REFUSAL: 'Răspuns de respingere',
  INFO_REQUEST: 'Solicitare de informații suplimentare',
  FEE_NOTICE: 'Înștiințare de plată',
  PAYMENT_RECEIPT: 'Chitanță electronică',
};

/** The public page that says whether a document with this code is authentic. */
export const verificationUrl = (code: string) => `${env().appUrl}/verify/${formatVerificationCode(code)}`;

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

type TFiledRequest = { id: string; registrationNumber: string; submittedAt: Date };
/** A paid online payment; `number` is printed as paymentReceiptNumber() formats it. */
type TPaidPayment = { id: string; number: number; paidAt: Date };
type TKeepReceipt = { kind: 'receipt'; storageKey: string };

/**
 * What the document is issued for: a filed request (its answers and its proof of registration) or
 * an online payment (its receipt, which belongs to no request: IssuedDocument.requestId is null).
 */
type TIssueSubject =
  | {
      kind: Exclude<IssuedDocumentKind, 'PAYMENT_RECEIPT'>;
      request: TFiledRequest;
      payment?: never;
      /**
       * Where the sealed bytes stay: a STORED RESPONSE document of `uploaderId`, not yet sent with an
       * event (the command attaches it); the receipt's own key (one per request and language,
       * lib/issued/receipt.ts); or nowhere (a receipt printed with the access code, which is kept only as a hash).
       */
      keep: { kind: 'document'; uploaderId: string; fileName: string } | TKeepReceipt | null;
    }
  | {
      kind: 'PAYMENT_RECEIPT';
      payment: TPaidPayment;
      request?: never;
      /** A payment has no request to keep a Document with: its receipt has its own key (lib/payments/receipt.ts). */
      keep: TKeepReceipt | null;
    };

export type TIssueInput = TIssueSubject & {
  issuedById: string | null;
  templateVersionId?: string | null;
  /** Makes the unsealed PDF; it must print the code and a QR code of the url. */
  render: (v: { code: string; url: string }) => Promise<Uint8Array>;
};

export type TIssued = { issuedId: string; code: string; documentId: string | null; sha256: string; sizeBytes: number; bytes: Uint8Array };

async function sealMeta(tx: TTransaction, kind: IssuedDocumentKind, registrationNumber: string, code: string): Promise<TSealMeta> {
  const municipality = await readMunicipality(tx);
  return {
    name: municipality.name.ro,
    reason: `Document emis electronic — ${ISSUED_KIND_RO[kind]} nr. ${registrationNumber}`,
    location: municipality.address.city,
    contactInfo: verificationUrl(code),
  };
}

const issuedKey = (requestId: string) => `issued/${requestId}/${crypto.randomUUID()}.pdf`;

/** The columns that say what an issued document is for, and the number and date it prints. */
function subjectColumns(input: TIssueSubject) {
  if (input.payment) {
    const { payment } = input;
    return { requestId: null, paymentId: payment.id, registrationNumber: paymentReceiptNumber(payment), registeredAt: payment.paidAt };
  }
  const { request } = input;
  return { requestId: request.id, paymentId: null, registrationNumber: request.registrationNumber, registeredAt: request.submittedAt };
}

function sealColumns(sealed: TSealResult) {
  return {
    sha256: sha256(sealed.bytes),
    sizeBytes: sealed.bytes.length,
    sealedBy: sealed.sealedBy,
    sealCertSerial: sealed.certSerial,
    sealQualified: sealed.qualified,
    sealedAt: sealed.sealedAt,
    timestampedAt: sealed.timestampedAt,
  };
}

/**
 * Issues one document the portal renders: a new verification code, the PDF rendered with it,
 * sealed, kept as `keep` says, recorded. Returns the sealed bytes (a receipt that is not kept is
 * sent as they are).
 */
export async function issueDocument(tx: TTransaction, input: TIssueInput, storage: TStorage = getStorage()): Promise<TIssued> {
  const code = newVerificationCode();
  const verification = { code: formatVerificationCode(code), url: verificationUrl(code) };
  const subject = subjectColumns(input);
  const unsealed = await input.render(verification);
  const sealed = await sealPdf(unsealed, await sealMeta(tx, input.kind, subject.registrationNumber, code));
  const columns = sealColumns(sealed);

  let storageKey: string | null = null;
  let documentId: string | null = null;
  if (input.keep?.kind === 'receipt') {
    storageKey = input.keep.storageKey;
    await storage.put(storageKey, sealed.bytes, 'application/pdf');
  } else if (input.keep?.kind === 'document' && input.request) {
    storageKey = issuedKey(input.request.id);
    await storage.put(storageKey, sealed.bytes, 'application/pdf');
    const document = await tx.document.create({
      data: {
        requestId: input.request.id,
        uploaderId: input.keep.uploaderId,
        storageKey,
        fileName: input.keep.fileName,
        contentType: 'application/pdf',
        sizeBytes: columns.sizeBytes,
        sha256: columns.sha256,
        kind: 'RESPONSE',
        state: 'STORED',
        confirmedAt: new Date(),
      },
      select: { id: true },
    });
    documentId = document.id;
  }
  const issued = await tx.issuedDocument.create({
    data: {
      code,
      kind: input.kind,
      ...subject,
      documentId,
      storageKey,
      unsealedSizeBytes: unsealed.length,
      templateVersionId: input.templateVersionId ?? null,
      issuedById: input.issuedById,
      ...columns,
    },
    select: { id: true },
  });
  return { issuedId: issued.id, code, documentId, sha256: columns.sha256, sizeBytes: columns.sizeBytes, bytes: sealed.bytes };
}

export type TSealUploadedInput = {
  requestId: string;
  registrationNumber: string;
  submittedAt: Date;
  documentIds: string[];
  kind: IssuedDocumentKind;
  issuedById: string;
};

/**
 * Seals the clerk's own answer files before they are sent: each STORED PDF uploaded by `issuedById`
 * for this request, not yet sent nor issued, is stamped with its verification code (unless it
 * already carries a signature, which a stamp would break), sealed and stored under a new key; the
 * Document then points at the sealed bytes. Images are left as they are: only a PDF can carry a
 * PAdES seal. The unsealed objects cannot be deleted before the caller's transaction commits (a
 * rollback would leave the document without bytes): their keys are pushed to `replacedKeys` for
 * the caller to remove after the commit; none is removed here.
 */
export async function sealUploadedAnswers(
  tx: TTransaction,
  input: TSealUploadedInput,
  { storage = getStorage(), replacedKeys }: { storage?: TStorage; replacedKeys?: string[] } = {},
): Promise<void> {
  const ids = [...new Set(input.documentIds)];
  if (ids.length === 0) return;
  const documents = await tx.document.findMany({
    where: { id: { in: ids }, requestId: input.requestId, uploaderId: input.issuedById, state: 'STORED', eventId: null, deletedAt: null, contentType: 'application/pdf', issued: null },
    select: { id: true, storageKey: true },
    orderBy: { createdAt: 'asc' },
  });
  for (const document of documents) {
    const original = await storage.get(document.storageKey);
    const code = newVerificationCode();
    const verification = { code: formatVerificationCode(code), url: verificationUrl(code) };
    const { bytes: stamped } = await stampVerification(original, verification);
    const sealed = await sealPdf(stamped, await sealMeta(tx, input.kind, input.registrationNumber, code));
    const columns = sealColumns(sealed);
    const storageKey = issuedKey(input.requestId);
    await storage.put(storageKey, sealed.bytes, 'application/pdf');
    await tx.document.update({ where: { id: document.id }, data: { storageKey, sha256: columns.sha256, sizeBytes: columns.sizeBytes } });
    await tx.issuedDocument.create({
      data: {
        code,
        kind: input.kind,
        requestId: input.requestId,
        documentId: document.id,
        storageKey,
        registrationNumber: input.registrationNumber,
        registeredAt: input.submittedAt,
        unsealedSizeBytes: original.length,
        issuedById: input.issuedById,
        ...columns,
      },
    });
    replacedKeys?.push(document.storageKey);
  }
}
