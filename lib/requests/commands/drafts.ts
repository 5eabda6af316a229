/**
 * Drafts: a request in status DRAFT holds what the applicant typed so far (unvalidated, but limited
 * to the fields of its service version) and the documents uploaded so far. Drafts live in the
 * database, so they survive sign-out, another device and restarts. Every query here is scoped to
 * the applicant: another user's draft id is simply not found.
 */
import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TSessionUser } from '@/lib/auth/session';
import { db, isPrismaError } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import { AppError } from '@/lib/errors';
import { isServiceOpenTo } from '@/lib/services/eligibility';
import { parseServiceDefinition, type TServiceDefinition } from '@/lib/services/form/definition';
import type { ZSaveDraftSchema } from '@/lib/requests/schemas/applicant';
import type { z } from 'zod';
import { DRAFT } from '@/lib/requests/workflow';

type TApplicant = Pick<TSessionUser, 'id' | 'accountType'>;

/** Unfinished forms one account may keep. */
export const MAX_DRAFTS = 50;

/** The service a new draft is made for: active, with a published version, open to this kind of account. */
export async function getApplicableService(slug: string, user: TApplicant) {
  const service = await db.service.findFirst({
    where: { slug, active: true },
    select: {
      id: true,
      departmentId: true,
      applicantTypes: true,
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: 'desc' }, take: 1, select: { id: true, definition: true } },
    },
  });
  const version = service?.versions[0];
  if (!service || !version) throw new AppError('service.notFound');
  if (!isServiceOpenTo(service, user.accountType)) throw new AppError('service.notForAccountType');
  return { id: service.id, departmentId: service.departmentId, versionId: version.id, definition: parseServiceDefinition(version.definition) };
}

/** Keeps only fields of the definition; a key the form does not have is a crafted request. */
function checkDraftAnswers(definition: TServiceDefinition, answers: Record<string, unknown>) {
  const keys = new Set(definition.fields.map((field) => field.key));
  for (const key of Object.keys(answers)) if (!keys.has(key)) throw new AppError('draft.unknownField');
  if (JSON.stringify(answers).length > 100_000) throw new AppError('draft.tooLarge');
}

/** The idempotency key of a draft: one per account and browser-made draft key (a second save finds it). */
export const draftIdempotencyKey = (userId: string, draftKey: string) => `draft:${userId}:${draftKey}`;

/** Creates the draft (once per draft key) or updates it; returns its id and when it was saved. */
export async function saveDraft(user: TApplicant, input: z.output<typeof ZSaveDraftSchema>) {
  if (input.requestId) {
    const draft = await db.serviceRequest.findFirst({
      where: { id: input.requestId, applicantId: user.id, status: DRAFT },
      select: { id: true, serviceVersion: { select: { definition: true } } },
    });
    if (!draft) throw new AppError('draft.notFound');
    checkDraftAnswers(parseServiceDefinition(draft.serviceVersion.definition), input.answers);
    const updated = await db.serviceRequest.updateMany({
      where: { id: draft.id, applicantId: user.id, status: DRAFT },
      data: { answers: input.answers as Prisma.InputJsonObject },
    });
    // Submitted in another tab meanwhile: the submitted request is not changed.
    if (updated.count === 0) throw new AppError('draft.notFound');
    return { requestId: draft.id, savedAt: new Date() };
  }
  const service = await getApplicableService(input.serviceSlug, user);
  checkDraftAnswers(service.definition, input.answers);
  const key = draftIdempotencyKey(user.id, input.draftKey);
  const existing = await db.serviceRequest.findFirst({ where: { idempotencyKey: key, applicantId: user.id, status: DRAFT }, select: { id: true } });
  if (existing) return saveDraft(user, { ...input, requestId: existing.id });
  if ((await db.serviceRequest.count({ where: { applicantId: user.id, status: DRAFT } })) >= MAX_DRAFTS) throw new AppError('draft.tooMany');
  try {
    const created = await db.serviceRequest.create({
      data: {
        applicantId: user.id,
        serviceVersionId: service.versionId,
        departmentId: service.departmentId,
        status: DRAFT,
        answers: input.answers as Prisma.InputJsonObject,
        idempotencyKey: key,
      },
      select: { id: true },
    });
    return { requestId: created.id, savedAt: new Date() };
  } catch (error) {
    // Two saves of a brand-new form raced: the first one created the draft; update it.
    if (!isPrismaError(error, 'P2002')) throw error;
    const existing = await db.serviceRequest.findFirst({ where: { idempotencyKey: key, applicantId: user.id }, select: { id: true } });
    if (!existing) throw error;
    return saveDraft(user, { ...input, requestId: existing.id });
  }
}

/** Documents of a draft that count: uploaded and confirmed. */
const storedDocuments = {
  where: { state: 'STORED', deletedAt: null, kind: 'APPLICANT' },
  orderBy: { createdAt: 'asc' },
  select: { id: true, requirementKey: true, fileName: true, contentType: true, sizeBytes: true },
} satisfies Prisma.ServiceRequest$documentsArgs;

/** The draft to show on a service's form: the one asked for, else the latest one for this service. */
export async function findDraft(user: TApplicant, serviceSlug: string, requestId?: string) {
  return db.serviceRequest.findFirst({
    where: {
      applicantId: user.id,
      status: DRAFT,
      serviceVersion: { service: { slug: serviceSlug } },
      ...(requestId ? { id: requestId } : {}),
    },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      answers: true,
      updatedAt: true,
      serviceVersion: { select: { id: true, definition: true } },
      documents: storedDocuments,
    },
  });
}

/** The applicant's drafts, newest first (for the dashboard). */
export async function listDrafts(userId: string, take = 20) {
  return db.serviceRequest.findMany({
    where: { applicantId: userId, status: DRAFT },
    orderBy: { updatedAt: 'desc' },
    take,
    select: {
      id: true,
      updatedAt: true,
      serviceVersion: { select: { service: { select: { slug: true, titleRo: true, titleEn: true } } } },
    },
  });
}

/** Throws a draft away with its documents. */
export async function discardDraft(user: TApplicant, requestId: string) {
  const draft = await db.serviceRequest.findFirst({
    where: { id: requestId, applicantId: user.id, status: DRAFT },
    select: { id: true, documents: { select: { storageKey: true } } },
  });
  if (!draft) throw new AppError('draft.notFound');
  const deleted = await db.serviceRequest.deleteMany({ where: { id: draft.id, applicantId: user.id, status: DRAFT } });
  if (deleted.count === 0) throw new AppError('draft.notFound');
  const storage = getStorage();
  await Promise.allSettled(draft.documents.map((document) => storage.remove(document.storageKey)));
}
