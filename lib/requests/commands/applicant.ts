/**
 * What the applicant does to a filed request: write to the city hall, answer a request for more
 * information, send the proof of payment, withdraw. Each is a command of the one request writer
 * (lib/requests/commands/run.ts), locked on the applicant's own requests (else "not found"), on the
 * version the page showed, as the workflow table allows.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session';
import type { TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { runRequestCommand, type TCommandOutcome, type TLockedRequest } from '@/lib/requests/commands/run';
import type { TRequestEmail } from '@/lib/requests/emails';
import type { TJsonValue } from '@/lib/requests/events';
import { latestInfoRequest } from '@/lib/requests/info-request';
import { FEE_WORKFLOW, feeStatusesFor, type TWorkflowAction } from '@/lib/requests/workflow';
import { buildAnswersSchema } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';

type TApplicant = Pick<TSessionUser, 'id'>;
type TTarget = { requestId: string; version: number };

/** An applicant command: on their own request only, run by the one request writer. */
async function runApplicantAction(
  user: TApplicant,
  target: TTarget,
  action: TWorkflowAction,
  work: (tx: TTransaction, request: TLockedRequest) => Promise<TCommandOutcome>,
  now?: Date,
): Promise<{ version: number; eventId: string }> {
  const { version, eventId } = await runRequestCommand({ actor: { kind: 'applicant', userId: user.id }, requestId: target.requestId, expectedVersion: target.version, action, work, now });
  return { version, eventId };
}

/** The confirmation email of what the applicant did (no bell: they know already). */
const confirm = (kind: TRequestEmail) => ({ kind, bell: false });

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
      .map((key) => ({ key, old: (before[key] ?? null) as TJsonValue, new: (after[key] ?? null) as TJsonValue }));

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
      notify: confirm('infoReceived'),
    };
  }, now);
}

/** The proof that the fee was paid; the clerk confirms it. */
export function sendPaymentProof(user: TApplicant, input: TTarget & { documentIds: string[]; body?: string }, { now }: { now?: Date } = {}) {
  return runApplicantAction(user, input, 'submitPayment', async (tx, request) => {
    if (input.documentIds.length === 0) throw new AppError('payment.proofRequired', { field: '_doc.paymentProof' });
    const fee = await tx.fee.findFirst({ where: { requestId: request.id, status: { in: feeStatusesFor('submitPayment') } }, orderBy: { createdAt: 'desc' }, select: { id: true } });
    if (!fee) throw new AppError('staffActions.noFee');
    await tx.fee.update({ where: { id: fee.id }, data: { status: FEE_WORKFLOW.submitPayment.to } });
    return { event: { type: 'PAYMENT_SUBMITTED', body: input.body, payload: { feeId: fee.id } }, documents: { ids: input.documentIds, kinds: ['PAYMENT_PROOF'] }, notify: confirm('paymentProofReceived') };
  }, now);
}

export function withdrawRequest(user: TApplicant, input: TTarget & { body?: string }) {
  return runApplicantAction(user, input, 'withdraw', async () => ({ data: { closedAt: new Date() }, event: { type: 'WITHDRAWN', body: input.body }, notify: confirm('withdrawn') }));
}
