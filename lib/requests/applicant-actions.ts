/**
 * What the applicant does to a filed request: write to the city hall, answer a request for more
 * information, send the proof of payment, withdraw. Like the staff actions, each is one transaction
 * that locks the request, checks it is theirs (else "not found") and the version the page showed,
 * asks the workflow table, and writes the change with its timeline event.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session';
import { db, type TTransaction } from '@/lib/db';
import { attachUploads } from '@/lib/documents/uploads';
import { AppError } from '@/lib/errors';
import type { DocumentKind, EventType, Prisma, RequestStatus } from '@/lib/generated/prisma/client';
import { dispatchEmails } from '@/lib/email/outbox';
import type { TRequestEmail } from '@/lib/requests/emails';
import { latestInfoRequest } from '@/lib/requests/info-request';
import { notifyApplicant } from '@/lib/requests/notify';
import { transition, type TWorkflowAction } from '@/lib/requests/workflow';
import { buildAnswersSchema } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';

type TApplicant = Pick<TSessionUser, 'id'>;
type TTarget = { requestId: string; version: number };
type TLocked = { id: string; status: RequestStatus; version: number; applicantId: string; registrationNumber: string; serviceVersionId: string; answers: Prisma.JsonValue };

type TOutcome = {
  event: { type: EventType; body?: string; payload?: Prisma.InputJsonObject };
  data?: Prisma.ServiceRequestUncheckedUpdateInput;
  /** The applicant's uploads (stored, not yet sent) that go with the event, and of which kind. */
  documents?: { ids: string[]; kinds: DocumentKind[] };
  /** The confirmation email of what the applicant did (no bell: they know already). */
  confirm?: TRequestEmail;
};

async function runApplicantAction(user: TApplicant, target: TTarget, action: TWorkflowAction, work: (tx: TTransaction, request: TLocked) => Promise<TOutcome>) {
  const emailIds: string[] = [];
  const result = await db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<TLocked[]>`
        SELECT id, status, version, "applicantId", "registrationNumber", "serviceVersionId", answers FROM "ServiceRequest"
        WHERE id = ${target.requestId} AND "applicantId" = ${user.id} AND status <> 'DRAFT' FOR UPDATE`;
      const request = rows[0];
      if (!request) throw new AppError('request.notFound');
      if (request.version !== target.version) throw new AppError('request.stale');
      const next = transition(action, request.status, 'applicant');
      if (!next.ok) throw new AppError('request.notAllowed');
      const outcome = await work(tx, request);
      const updated = await tx.serviceRequest.update({ where: { id: request.id }, data: { ...outcome.data, status: next.to, version: { increment: 1 } }, select: { version: true } });
      const event = await tx.requestEvent.create({
        data: { requestId: request.id, type: outcome.event.type, actorId: user.id, body: outcome.event.body, fromStatus: request.status, toStatus: next.to, payload: outcome.event.payload },
        select: { id: true },
      });
      if (outcome.documents) await attachUploads(tx, { ...outcome.documents, requestId: request.id, uploaderId: user.id, eventId: event.id });
      if (outcome.confirm) {
        const emailId = await notifyApplicant(tx, request, event.id, { kind: outcome.confirm, bell: false });
        if (emailId) emailIds.push(emailId);
      }
      return { version: updated.version, eventId: event.id };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  await dispatchEmails(emailIds).catch((error) => console.error('[applicant-action] email dispatch deferred:', (error as Error).message));
  return result;
}

export function messageCityHall(user: TApplicant, input: TTarget & { body: string; documentIds: string[] }) {
  return runApplicantAction(user, input, 'messageFromApplicant', async () => ({
    event: { type: 'MESSAGE_FROM_APPLICANT', body: input.body },
    documents: { ids: input.documentIds, kinds: ['MESSAGE_ATTACHMENT'] },
  }));
}

/**
 * The answer to a request for more information: only the fields the clerk flagged may change (a
 * crafted request changing another field is refused), the whole form must still be valid, and each
 * document asked for must come with at least one new file. The event keeps old → new values.
 */
export function provideInformation(user: TApplicant, input: TTarget & { answers: Record<string, unknown>; documentIds: string[]; body?: string }, { now = new Date() }: { now?: Date } = {}) {
  return runApplicantAction(user, input, 'provideInfo', async (tx, request) => {
    const checklist = await latestInfoRequest(request.id, tx);
    if (!checklist) throw new AppError('request.notAllowed');
    for (const key of Object.keys(input.answers)) if (!checklist.fields.includes(key)) throw new AppError('provideInfo.notFlagged', { field: key });

    const version = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { definition: true } });
    const definition = parseServiceDefinition(version.definition);
    const before = (request.answers ?? {}) as Record<string, unknown>;
    const parsed = buildAnswersSchema(definition, { now: () => now }).safeParse({ ...before, ...input.answers });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError(issue.message, { field: issue.path.join('.') });
    }
    const after = parsed.data;
    const changes = checklist.fields
      .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
      .map((key) => ({ key, old: (before[key] ?? null) as Prisma.InputJsonValue, new: (after[key] ?? null) as Prisma.InputJsonValue }));

    const sent = input.documentIds.length
      ? await tx.document.findMany({
          where: { id: { in: input.documentIds }, requestId: request.id, uploaderId: user.id, kind: 'APPLICANT', state: 'STORED', eventId: null },
          select: { id: true, requirementKey: true },
        })
      : [];
    const missing = checklist.documents.filter((key) => !sent.some((d) => d.requirementKey === key));
    if (missing.length > 0) throw new AppError('provideInfo.missingDocument', { field: `_doc.${missing[0]}` });
    if (changes.length === 0 && sent.length === 0 && !input.body) throw new AppError('provideInfo.nothing');

    return {
      data: { answers: after as Prisma.InputJsonObject },
      event: { type: 'INFO_PROVIDED', body: input.body, payload: { changes, documents: sent.map((d) => d.id), infoRequestId: checklist.eventId } },
      documents: { ids: sent.map((d) => d.id), kinds: ['APPLICANT'] },
      confirm: 'infoReceived',
    };
  });
}

/** The proof that the fee was paid; the clerk confirms it. */
export function sendPaymentProof(user: TApplicant, input: TTarget & { documentIds: string[]; body?: string }) {
  return runApplicantAction(user, input, 'submitPayment', async (tx, request) => {
    if (input.documentIds.length === 0) throw new AppError('payment.proofRequired', { field: '_doc.paymentProof' });
    const fee = await tx.fee.findFirst({ where: { requestId: request.id, status: 'REQUESTED' }, orderBy: { createdAt: 'desc' }, select: { id: true } });
    if (!fee) throw new AppError('staffActions.noFee');
    await tx.fee.update({ where: { id: fee.id }, data: { status: 'PROOF_SUBMITTED' } });
    return { event: { type: 'PAYMENT_SUBMITTED', body: input.body, payload: { feeId: fee.id } }, documents: { ids: input.documentIds, kinds: ['PAYMENT_PROOF'] }, confirm: 'paymentProofReceived' };
  });
}

export function withdrawRequest(user: TApplicant, input: TTarget & { body?: string }) {
  return runApplicantAction(user, input, 'withdraw', async () => ({ data: { closedAt: new Date() }, event: { type: 'WITHDRAWN', body: input.body }, confirm: 'withdrawn' }));
}
