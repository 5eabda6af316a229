/**
 * The one writer of requests. Every change of a request — an applicant's, a clerk's, the payment
 * provider's callback, the submission itself — is a command run here, in one transaction that:
 *
 *   1. locks the request with the actor's scope inside the WHERE (the applicant's own requests, the
 *      clerk's departments, everything for an administrator or the system): a request outside the
 *      scope is "not found", never fetched first and checked afterwards;
 *   2. checks the version the page was rendered with (a stale page is refused);
 *   3. asks the workflow table whether the action is allowed and what status follows;
 *   4. lets the command do its own part (`work`) and writes what it returns: the status and
 *      version, the timeline event, the documents that go with it, the applicant's notification
 *      and email, the audit row;
 *
 * and sends the emails after commit (the outbox keeps them if the queue is down now). A command
 * keeps only its own outcome; it never writes the request's status, version or event itself.
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { db, type TTransaction } from '@/lib/db';
import { attachUploads } from '@/lib/documents/uploads';
import { dispatchEmails } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { Prisma, type DocumentKind, type RequestStatus } from '@/lib/generated/prisma/client';
import { writeEvent, type TNewEvent } from '@/lib/requests/events';
import { notifyApplicant, type TNotice } from '@/lib/requests/notify';
import { DRAFT, type TActor, transition, type TWorkflowAction } from '@/lib/requests/workflow';
import { runClock } from '@/lib/requests/commands/clock';
import { getStorage } from '@/lib/storage';
import type { TRequestTermColumns } from '@/lib/requests/queries/filed-request';

/**
 * Who runs the command, with what they may touch: an applicant their own requests; staff the
 * requests of `departmentIds` (null: every department, an administrator); the system (a verified
 * message from outside, such as a payment provider's signed callback) any request.
 */
export type TCommandActor =
  | { kind: 'applicant'; userId: string }
  | { kind: 'staff'; userId: string; departmentIds: readonly string[] | null }
  | { kind: 'system' };

/** The locked request, as every command sees it. */
export type TLockedRequest = {
  id: string;
  status: RequestStatus;
  version: number;
  departmentId: string;
  applicantId: string;
  registrationNumber: string | null;
  submittedAt: Date | null;
  dueAt: Date | null;
  assigneeId: string | null;
  serviceVersionId: string;
  answers: Prisma.JsonValue;
} & TRequestTermColumns;

/** What a command's own part returns; the runner writes it. */
export type TCommandOutcome<TResult = undefined> = {
  /** The timeline event; its type decides its payload (lib/requests/events.ts). */
  event: TNewEvent;
  /** Internal events that follow it in the timeline (the automatic assignment at submission). */
  followUps?: TNewEvent[];
  /** Other columns of the request to change (never status or version). */
  data?: Omit<Prisma.ServiceRequestUncheckedUpdateInput, 'status' | 'version'>;
  /** Uploads (stored, not yet sent) by the actor that go with the event, and of which kinds. */
  documents?: { ids: string[]; kinds: DocumentKind[] };
  /** Tell the applicant (bell and email; `bell: false` for a confirmation of their own act). Only for a public event. */
  notify?: TNotice;
  /** Details for the audit row, which staff and system commands always get. */
  audit?: Prisma.InputJsonObject;
  /** What the command returns to its caller besides the new version. */
  result?: TResult;
  /**
   * Stored objects the command replaced (a clerk's PDF, now kept sealed under another key): removed
   * once the transaction has committed, never before (a rollback must find them).
   */
  replacedObjects?: string[];
};

export type TCommandResult<TResult> = { version: number; eventId: string; registrationNumber: string | null; result: TResult };

type TCommand<TResult> = {
  actor: TCommandActor;
  requestId: string;
  /** The version the actor's page showed; omitted only by the system (a callback has no page). */
  expectedVersion?: number;
  action: TWorkflowAction;
  /** For the audit row: where the actor's request came from. */
  requestInfo?: TRequestInfo;
  /**
   * Runs under the lock before the workflow is asked: a value ends the command without writing
   * anything (a repeated submission gets the number it already has; a repeated callback is a duplicate).
   */
  settled?: (tx: TTransaction, request: TLockedRequest) => Promise<TResult | undefined> | TResult | undefined;
  work: (tx: TTransaction, request: TLockedRequest, next: RequestStatus) => Promise<TCommandOutcome<TResult>>;
  /** The transaction's time budget (a submission with many documents needs more). */
  timeoutMs?: number;
  /** The moment the command happens (tests move it); now by default. */
  now?: Date;
};

const ACTOR: Record<TCommandActor['kind'], TActor> = { applicant: 'applicant', staff: 'staff', system: 'system' };

/** The actor's scope as SQL; null when they can see nothing (a clerk of no department). */
function scopeOf(actor: TCommandActor): Prisma.Sql | null {
  switch (actor.kind) {
    case 'applicant':
      return Prisma.sql`AND "applicantId" = ${actor.userId}`;
    case 'staff':
      if (actor.departmentIds === null) return Prisma.empty;
      if (actor.departmentIds.length === 0) return null;
      return Prisma.sql`AND "departmentId" IN (${Prisma.join(actor.departmentIds)})`;
    case 'system':
      return Prisma.empty;
  }
}

async function lockRequest(tx: TTransaction, actor: TCommandActor, requestId: string, action: TWorkflowAction): Promise<TLockedRequest | null> {
  const scope = scopeOf(actor);
  if (scope === null) return null;
  // Drafts are the applicant's alone and only submitting touches one; every other command sees filed requests.
  const drafts = action === 'submit' ? Prisma.empty : Prisma.sql`AND status <> ${DRAFT}::"RequestStatus"`;
  const rows = await tx.$queryRaw<TLockedRequest[]>`
    SELECT id, status, version, "departmentId", "applicantId", "registrationNumber", "submittedAt", "dueAt", "dueExtendedAt",
           term, "termExtensionDays", "termSuspensions", "termSuspendedSince", "tacitApprovedAt",
           "assigneeId", "serviceVersionId", answers
    FROM "ServiceRequest" WHERE id = ${requestId} ${scope} ${drafts} FOR UPDATE`;
  return rows[0] ?? null;
}

const actorId = (actor: TCommandActor) => (actor.kind === 'system' ? null : actor.userId);

/** Runs one command on one request; see the module comment for what it guarantees. */
export async function runRequestCommand<TResult = undefined>(command: TCommand<TResult>): Promise<TCommandResult<TResult>> {
  const { actor, action } = command;
  const emailIds: string[] = [];
  const replacedObjects: string[] = [];
  const outcome = await db.$transaction(
    async (tx): Promise<TCommandResult<TResult>> => {
      const request = await lockRequest(tx, actor, command.requestId, action);
      if (!request) throw new AppError('request.notFound');
      const settled = await command.settled?.(tx, request);
      if (settled !== undefined) return { version: request.version, eventId: '', registrationNumber: request.registrationNumber, result: settled };
      if (command.expectedVersion !== undefined && request.version !== command.expectedVersion) throw new AppError('request.stale');
      const next = transition(action, request.status, ACTOR[actor.kind]);
      if (!next.ok) throw new AppError('request.notAllowed');

      const done = await command.work(tx, request, next.to);
      replacedObjects.push(...(done.replacedObjects ?? []));
      // The legal term's clock: it stops, runs again or is read for the statistics as the status changes.
      const now = command.now ?? new Date();
      const clock = action === 'submit' ? null : await runClock(tx, request, next.to, now);
      const updated = await tx.serviceRequest.update({
        where: { id: request.id },
        data: { ...done.data, ...clock?.data, status: next.to, version: { increment: 1 } },
        select: { version: true, registrationNumber: true },
      });
      const visibility = done.event.visibility ?? 'PUBLIC';
      const event = await writeEvent(tx, request.id, { ...done.event, createdAt: done.event.createdAt ?? now }, { actorId: actorId(actor), fromStatus: request.status, toStatus: next.to });
      for (const followUp of done.followUps ?? []) await writeEvent(tx, request.id, { ...followUp, visibility: 'INTERNAL' }, { actorId: null });
      // A millisecond after the event that moved the clock, so that the timeline reads cause, then effect.
      if (clock?.event) await writeEvent(tx, request.id, { ...clock.event, createdAt: new Date(now.getTime() + 1) }, { actorId: null });
      if (done.documents && actor.kind !== 'system') {
        await attachUploads(tx, { ...done.documents, requestId: request.id, uploaderId: actor.userId, eventId: event.id });
      }
      if (done.notify && visibility === 'PUBLIC') {
        const ref = { ...request, registrationNumber: updated.registrationNumber };
        const emailId = await notifyApplicant(tx, ref, event.id, { ...done.notify, body: done.event.body });
        if (emailId) emailIds.push(emailId);
      }
      if (actor.kind !== 'applicant') {
        await writeAudit(
          {
            actorId: actorId(actor),
            action: `request.${action}`,
            entityType: 'ServiceRequest',
            entityId: request.id,
            request: command.requestInfo,
            details: { registrationNumber: updated.registrationNumber, from: request.status, to: next.to, ...done.audit },
          },
          tx,
        );
      }
      return { version: updated.version, eventId: event.id, registrationNumber: updated.registrationNumber, result: done.result as TResult };
    },
    { maxWait: 10_000, timeout: command.timeoutMs ?? 20_000 },
  );
  await dispatchEmails(emailIds).catch((error) => console.error(`[request.${action}] email dispatch deferred:`, (error as Error).message));
  // Nothing refers to them any more: a failed removal leaves an unreferenced object, never a broken document.
  for (const key of replacedObjects) await getStorage().remove(key).catch((error) => console.error(`[request.${action}] replaced object ${key} not removed:`, (error as Error).message));
  return outcome;
}
