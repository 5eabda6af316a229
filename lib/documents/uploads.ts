/**
 * Uploads of the applicant's documents (see ARCHITECTURE.md, Uploads). The bytes go from the browser
 * straight to the store with a presigned POST; the server only decides, signs and checks:
 *   start   → a PENDING Document and a presigned POST limited to its key, type and size;
 *   confirm → HeadObject (size) and the first bytes (real type) of what landed; STORED, or REJECTED
 *             and deleted. Not every store enforces the POST policy (s3rver does not), so this check
 *             is the one that protects us;
 *   remove  → the document and its object are gone.
 * Pending uploads never confirmed are deleted by `cleanupPendingUploads` (a scheduled job).
 */
import crypto from 'node:crypto';
import type { TSessionUser } from '@/lib/auth/session';
import { db, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { cleanFileName, detectFileType, MAGIC_BYTES, PAYMENT_PROOF_LIMITS, STAFF_UPLOAD_LIMITS } from '@/lib/documents/file-type';
import { latestInfoRequest } from '@/lib/requests/info-request';
import type { DocumentKind, RequestStatus } from '@/lib/generated/prisma/enums';
import { parseServiceDefinition, type TDocumentRequirement } from '@/lib/services/form/definition';
import { getStorage, type TStorage } from '@/lib/storage';
import type { TStartUpload } from '@/lib/documents/schemas';
import { staffScope } from '@/lib/requests/staff-access';
import { isDraft, mayRemoveUpload, mayUpload } from '@/lib/requests/workflow';

/** How long a presigned POST stays valid. */
export const UPLOAD_EXPIRY_SECONDS = 10 * 60;
/** A pending upload older than this was abandoned (the POST has long expired). */
export const PENDING_UPLOAD_TTL_MS = 60 * 60 * 1000;

const MB = 1024 * 1024;

type TOwner = Pick<TSessionUser, 'id'>;
type TStaff = Pick<TSessionUser, 'id' | 'role'>;

async function findOwnRequest(user: TOwner, requestId: string) {
  const request = await db.serviceRequest.findFirst({
    where: { id: requestId, applicantId: user.id },
    select: { id: true, status: true, answers: true, serviceVersion: { select: { definition: true } } },
  });
  if (!request) throw new AppError('request.notFound');
  return request;
}

function requirementOf(definition: unknown, key: string | null): TDocumentRequirement {
  const requirement = parseServiceDefinition(definition).documents.find((d) => d.key === key);
  if (!requirement) throw new AppError('upload.unknownRequirement');
  return requirement;
}

/** The limits of an applicant's upload for this purpose, if the request accepts one now. */
async function applicantUploadLimits(request: { id: string; status: RequestStatus; serviceVersion: { definition: unknown } }, purpose: NonNullable<TStartUpload['purpose']>, requirementKey?: string) {
  if (!mayUpload('applicant', purpose, request.status)) throw new AppError('upload.closed');
  if (purpose === 'PAYMENT_PROOF') return { limits: PAYMENT_PROOF_LIMITS, requirementKey: null };
  if (purpose === 'MESSAGE_ATTACHMENT') return { limits: STAFF_UPLOAD_LIMITS, requirementKey: null };
  const requirement = requirementOf(request.serviceVersion.definition, requirementKey ?? null);
  if (!isDraft(request.status)) {
    // A filed request takes new documents only for a request for more information, and only those asked for.
    const checklist = await latestInfoRequest(request.id);
    if (!checklist?.documents.includes(requirement.key)) throw new AppError('upload.closed');
  }
  return { limits: requirement, requirementKey: requirement.key };
}

/**
 * Asks for an upload: checks the request and what it accepts now, the declared type and size, and
 * the count of files not yet sent. A requirement shown only for some answers may be uploaded to
 * while the draft changes; documents of requirements hidden at submission are dropped then.
 */
export async function startUpload(user: TOwner, input: TStartUpload, storage: TStorage = getStorage()) {
  const request = await findOwnRequest(user, input.requestId);
  const purpose = input.purpose ?? 'APPLICANT';
  const { limits, requirementKey } = await applicantUploadLimits(request, purpose, input.requirementKey);
  return createPendingUpload({ requestId: request.id, uploaderId: user.id, kind: purpose, requirementKey, limits, input, storage });
}

/** A staff upload for an answer or a message, attached to the event when the action is done. */
export async function startStaffUpload(
  user: TStaff,
  input: { requestId: string; purpose: Extract<DocumentKind, 'RESPONSE' | 'MESSAGE_ATTACHMENT'>; fileName: string; contentType: string; sizeBytes: number },
  storage: TStorage = getStorage(),
) {
  // The member's scope is in the query: a request of another department is not found, not fetched and refused.
  const request = await db.serviceRequest.findFirst({ where: { AND: [(await staffScope(user)).where, { id: input.requestId }] }, select: { id: true, status: true } });
  if (!request) throw new AppError('request.notFound');
  if (!mayUpload('staff', input.purpose, request.status)) throw new AppError('upload.closed');
  return createPendingUpload({ requestId: request.id, uploaderId: user.id, kind: input.purpose, requirementKey: null, limits: STAFF_UPLOAD_LIMITS, input, storage });
}

type TPendingUpload = {
  requestId: string;
  uploaderId: string;
  kind: DocumentKind;
  requirementKey: string | null;
  limits: { accept: readonly string[]; maxSizeMb: number; maxFiles: number };
  input: { fileName: string; contentType: string; sizeBytes: number };
  storage: TStorage;
};

/**
 * Checks the declared type and size against the limits and the uploader's files not yet sent, then
 * records a PENDING document and signs a POST limited to its key, type and size.
 */
async function createPendingUpload({ requestId, uploaderId, kind, requirementKey, limits, input, storage }: TPendingUpload) {
  if (!limits.accept.includes(input.contentType)) throw new AppError('upload.wrongType');
  if (input.sizeBytes === 0) throw new AppError('upload.empty');
  if (input.sizeBytes > limits.maxSizeMb * MB) throw new AppError('upload.tooLarge');
  // Only the uploader's own files count: a clerk preparing a reply does not use up the applicant's quota.
  const count = await db.document.count({ where: { requestId, uploaderId, kind, requirementKey, eventId: null, state: { in: ['PENDING', 'STORED'] }, deletedAt: null } });
  if (count >= limits.maxFiles) throw new AppError('upload.tooMany');

  const storageKey = `requests/${requestId}/${crypto.randomUUID()}`;
  const document = await db.document.create({
    data: { requestId, uploaderId, requirementKey, storageKey, fileName: cleanFileName(input.fileName), contentType: input.contentType, sizeBytes: input.sizeBytes, kind, state: 'PENDING' },
    select: { id: true },
  });
  const post = await storage.presignUpload({ key: storageKey, contentType: input.contentType, maxBytes: limits.maxSizeMb * MB, expiresInSeconds: UPLOAD_EXPIRY_SECONDS });
  return { documentId: document.id, url: post.url, fields: post.fields };
}

export type TConfirmedDocument = { id: string; requirementKey: string | null; fileName: string; contentType: string; sizeBytes: number };

/**
 * Checks what landed in the store for a pending document. Returns the stored document, or throws
 * `upload.*` after marking it REJECTED and deleting the object.
 */
export async function confirmUpload(user: TOwner, documentId: string, storage: TStorage = getStorage()): Promise<TConfirmedDocument> {
  // Only the uploader confirms their own upload (applicant or staff).
  const document = await db.document.findFirst({
    where: { id: documentId, uploaderId: user.id, deletedAt: null },
    select: {
      id: true,
      state: true,
      kind: true,
      storageKey: true,
      contentType: true,
      requirementKey: true,
      fileName: true,
      sizeBytes: true,
      request: { select: { status: true, serviceVersion: { select: { definition: true } } } },
    },
  });
  if (!document) throw new AppError('upload.notFound');
  const result = { id: document.id, requirementKey: document.requirementKey, fileName: document.fileName, contentType: document.contentType };
  if (document.state === 'STORED') return { ...result, sizeBytes: document.sizeBytes };
  if (document.state === 'REJECTED') throw new AppError('upload.rejected');

  const requirement =
    document.kind === 'APPLICANT' ? requirementOf(document.request.serviceVersion.definition, document.requirementKey) : document.kind === 'PAYMENT_PROOF' ? PAYMENT_PROOF_LIMITS : STAFF_UPLOAD_LIMITS;
  const head = await storage.head(document.storageKey);
  if (!head) throw new AppError('upload.missing');

  const reject = async (code: string): Promise<never> => {
    await storage.remove(document.storageKey);
    await db.document.updateMany({
      where: { id: document.id, state: 'PENDING' },
      data: { state: 'REJECTED', rejectReason: code, sizeBytes: head.size, deletedAt: new Date() },
    });
    throw new AppError(code);
  };
  if (head.size === 0) return reject('upload.empty');
  if (head.size > requirement.maxSizeMb * MB) return reject('upload.tooLarge');
  const realType = detectFileType(await storage.readStart(document.storageKey, MAGIC_BYTES));
  if (realType === null || realType !== document.contentType || !(requirement.accept as string[]).includes(realType)) return reject('upload.wrongType');

  const sha256 = await storage.sha256(document.storageKey);
  const stored = await db.document.updateMany({
    where: { id: document.id, state: 'PENDING' },
    data: { state: 'STORED', sizeBytes: head.size, sha256, confirmedAt: new Date() },
  });
  // Removed (or cleaned up) while we were checking.
  if (stored.count === 0) throw new AppError('upload.notFound');
  return { ...result, sizeBytes: head.size };
}

/** Removes a document of a request the applicant can still change (also cancels a pending upload). */
export async function removeUpload(user: TOwner, documentId: string, storage: TStorage = getStorage()) {
  const document = await db.document.findFirst({
    where: { id: documentId, uploaderId: user.id, deletedAt: null },
    select: { id: true, kind: true, eventId: true, storageKey: true, request: { select: { status: true } } },
  });
  if (!document) throw new AppError('upload.notFound');
  // Any upload not yet sent with an event (a draft's documents, or files of a reply being prepared).
  const removable = document.eventId === null && mayRemoveUpload(document.request.status);
  if (!removable) throw new AppError('upload.closed');
  await db.document.delete({ where: { id: document.id } });
  await storage.remove(document.storageKey);
}

/**
 * Sends uploads with a timeline event: each must be the uploader's own, checked (STORED), of one of
 * these kinds, and not yet sent with another event; otherwise the whole action fails.
 */
export async function attachUploads(
  tx: TTransaction,
  { ids, requestId, uploaderId, eventId, kinds }: { ids: string[]; requestId: string; uploaderId: string; eventId: string; kinds: DocumentKind[] },
) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const attached = await tx.document.updateMany({
    where: { id: { in: unique }, requestId, uploaderId, kind: { in: kinds }, state: 'STORED', eventId: null, deletedAt: null },
    data: { eventId },
  });
  if (attached.count !== unique.length) throw new AppError('upload.notFound');
}

/** Deletes uploads left pending (the browser never confirmed them) for longer than `olderThanMs`. */
export async function cleanupPendingUploads({ olderThanMs = PENDING_UPLOAD_TTL_MS, now = new Date(), storage = getStorage() }: { olderThanMs?: number; now?: Date; storage?: TStorage } = {}) {
  const stale = await db.document.findMany({
    where: { state: 'PENDING', createdAt: { lt: new Date(now.getTime() - olderThanMs) } },
    select: { id: true, storageKey: true },
    take: 500,
    orderBy: { createdAt: 'asc' },
  });
  let removed = 0;
  for (const document of stale) {
    // Only if still pending: a confirmation that got there first wins.
    const deleted = await db.document.deleteMany({ where: { id: document.id, state: 'PENDING' } });
    if (deleted.count === 0) continue;
    await storage.remove(document.storageKey);
    removed += 1;
  }
  return { removed };
}
