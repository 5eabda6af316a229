/**
 * What staff do to a request. Every action runs through `runStaffAction`, one transaction that:
 * locks the request, checks the member of staff may see it (else "not found"), checks the version
 * the page was rendered with (a stale page is refused), asks the workflow table, applies the
 * change, writes the timeline event, the applicant's notification and email (when it concerns
 * them) and the audit row. Either all of it is written or none.
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit';
import type { TSessionUser } from '@/lib/auth/session';
import { db, type TTransaction } from '@/lib/db';
import { attachUploads } from '@/lib/documents/uploads';
import { dispatchEmails } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { EventType, EventVisibility, Prisma, RequestStatus } from '@/lib/generated/prisma/client';
import { formatDate, formatLei } from '@/lib/i18n/format';
import { endOfDayInRomania } from '@/lib/requests/deadlines';
import { notifyApplicant, type TNotice } from '@/lib/requests/notify';
import { canSeeDepartment } from '@/lib/requests/staff-access';
import type {
  ZApproveSchema,
  ZAssignSchema,
  ZExtendSchema,
  ZMessageSchema,
  ZNoteSchema,
  ZRejectPaymentSchema,
  ZRejectSchema,
  ZRequestFeeSchema,
  ZRequestInfoSchema,
} from '@/lib/requests/staff-schemas';
import { transition, type TWorkflowAction } from '@/lib/requests/workflow';
import { todayInRomania } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import type { z } from 'zod';

export type TStaffContext = { user: Pick<TSessionUser, 'id' | 'role'>; request?: TRequestInfo };
type TTarget = { requestId: string; version: number };

type TLocked = {
  id: string;
  status: RequestStatus;
  version: number;
  departmentId: string;
  applicantId: string;
  registrationNumber: string;
  dueAt: Date;
  dueExtendedAt: Date | null;
  assigneeId: string | null;
  serviceVersionId: string;
};

type TOutcome = {
  event: { type: EventType; body?: string; visibility?: EventVisibility; payload?: Prisma.InputJsonObject };
  /** Other columns of the request to change. */
  data?: Prisma.ServiceRequestUncheckedUpdateInput;
  /** Staff uploads (stored, not yet attached) that go with the event. */
  documentIds?: string[];
  /** Tell the applicant: the bell and an email in their language (see lib/requests/notify.ts). */
  notify?: TNotice;
  audit?: Prisma.InputJsonObject;
};

function checkFutureDate(isoDate: string, field: string) {
  if (isoDate < todayInRomania()) throw new AppError('staffActions.dateInPast', { field });
}

async function lockRequest(tx: TTransaction, requestId: string): Promise<TLocked | null> {
  const rows = await tx.$queryRaw<TLocked[]>`
    SELECT id, status, version, "departmentId", "applicantId", "registrationNumber", "dueAt", "dueExtendedAt", "assigneeId", "serviceVersionId"
    FROM "ServiceRequest" WHERE id = ${requestId} AND status <> 'DRAFT' FOR UPDATE`;
  return rows[0] ?? null;
}

async function runStaffAction(ctx: TStaffContext, target: TTarget, action: TWorkflowAction, work: (tx: TTransaction, request: TLocked) => Promise<TOutcome>): Promise<{ version: number }> {
  const emailIds: string[] = [];
  const version = await db.$transaction(
    async (tx) => {
      const request = await lockRequest(tx, target.requestId);
      if (!request || !(await canSeeDepartment(ctx.user, request.departmentId))) throw new AppError('request.notFound');
      if (request.version !== target.version) throw new AppError('request.stale');
      const next = transition(action, request.status, 'staff');
      if (!next.ok) throw new AppError('request.notAllowed');

      const outcome = await work(tx, request);
      const updated = await tx.serviceRequest.update({
        where: { id: request.id },
        data: { ...outcome.data, status: next.to, version: { increment: 1 } },
        select: { version: true },
      });
      const visibility = outcome.event.visibility ?? 'PUBLIC';
      const event = await tx.requestEvent.create({
        data: {
          requestId: request.id,
          type: outcome.event.type,
          actorId: ctx.user.id,
          body: outcome.event.body,
          visibility,
          fromStatus: request.status,
          toStatus: next.to,
          payload: outcome.event.payload,
        },
        select: { id: true },
      });
      await attachUploads(tx, { ids: outcome.documentIds ?? [], requestId: request.id, uploaderId: ctx.user.id, eventId: event.id, kinds: ['RESPONSE', 'MESSAGE_ATTACHMENT'] });
      if (outcome.notify && visibility === 'PUBLIC') {
        const emailId = await notifyApplicant(tx, request, event.id, { ...outcome.notify, body: outcome.event.body });
        if (emailId) emailIds.push(emailId);
      }
      await writeAudit(
        {
          actorId: ctx.user.id,
          action: `request.${action}`,
          entityType: 'ServiceRequest',
          entityId: request.id,
          request: ctx.request,
          details: { registrationNumber: request.registrationNumber, from: request.status, to: next.to, ...outcome.audit },
        },
        tx,
      );
      return updated.version;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  await dispatchEmails(emailIds).catch((error) => console.error('[staff-action] email dispatch deferred:', (error as Error).message));
  return { version };
}

/** "Preiau cererea": the clerk starts working on it. */
export const takeRequest = (ctx: TStaffContext, target: TTarget) =>
  runStaffAction(ctx, target, 'take', async (_tx, request) => ({
    data: { assigneeId: ctx.user.role === 'CLERK' ? ctx.user.id : request.assigneeId },
    event: { type: 'STATUS_CHANGED' },
    notify: { kind: 'inReview' },
  }));

/** Assigns (or reassigns) the request to an active clerk of its department. */
export const assignRequest = (ctx: TStaffContext, input: z.output<typeof ZAssignSchema>) =>
  runStaffAction(ctx, input, 'assign', async (tx, request) => {
    const assignee = await tx.user.findFirst({
      where: { id: input.assigneeId, role: 'CLERK', status: 'ACTIVE', memberships: { some: { departmentId: request.departmentId } } },
      select: { id: true, personProfile: { select: { firstName: true, lastName: true } } },
    });
    if (!assignee) throw new AppError('staffActions.assignee', { field: 'assigneeId' });
    const name = assignee.personProfile ? `${assignee.personProfile.firstName} ${assignee.personProfile.lastName}` : '';
    return {
      data: { assigneeId: assignee.id },
      event: { type: 'ASSIGNED', visibility: 'INTERNAL', payload: { assigneeId: assignee.id, assigneeName: name, previousAssigneeId: request.assigneeId } },
      audit: { assigneeId: assignee.id, assigneeName: name },
    };
  });

export const addInternalNote = (ctx: TStaffContext, input: z.output<typeof ZNoteSchema>) =>
  runStaffAction(ctx, input, 'internalNote', async () => ({ event: { type: 'INTERNAL_NOTE', visibility: 'INTERNAL', body: input.body } }));

export const messageApplicant = (ctx: TStaffContext, input: z.output<typeof ZMessageSchema>) =>
  runStaffAction(ctx, input, 'messageToApplicant', async () => ({
    event: { type: 'MESSAGE_TO_APPLICANT', body: input.body },
    documentIds: input.documentIds,
    notify: { kind: 'message' },
  }));

/** NEEDS_INFO: a message and a checklist of fields to correct and documents to (re)send, by a date. */
export const requestInfo = (ctx: TStaffContext, input: z.output<typeof ZRequestInfoSchema>) =>
  runStaffAction(ctx, input, 'requestInfo', async (tx, request) => {
    checkFutureDate(input.dueDate, 'dueDate');
    const version = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { definition: true } });
    const definition = parseServiceDefinition(version.definition);
    const fields = [...new Set(input.fields)];
    const documents = [...new Set(input.documents)];
    if (fields.some((key) => !definition.fields.some((f) => f.key === key))) throw new AppError('staffActions.unknownField', { field: 'fields' });
    if (documents.some((key) => !definition.documents.some((d) => d.key === key))) throw new AppError('staffActions.unknownDocument', { field: 'documents' });
    const dueAt = endOfDayInRomania(input.dueDate);
    return {
      event: { type: 'INFO_REQUESTED', body: input.body, payload: { fields, documents, otherDocument: input.otherDocument ?? null, dueAt: dueAt.toISOString() } },
      notify: { kind: 'infoRequested', params: { dueAt: dueAt.toISOString() }, values: (locale) => ({ dueDate: formatDate(dueAt, locale) }) },
      audit: { fields, documents },
    };
  });

/** AWAITING_PAYMENT: a fee with its legal basis, due date and the city hall's payment details. */
export const requestFee = (ctx: TStaffContext, input: z.output<typeof ZRequestFeeSchema>) =>
  runStaffAction(ctx, input, 'requestFee', async (tx, request) => {
    checkFutureDate(input.dueDate, 'dueDate');
    const dueAt = endOfDayInRomania(input.dueDate);
    const { iban, beneficiary } = env().payment;
    const fee = await tx.fee.create({
      data: {
        requestId: request.id,
        amountBani: input.amount,
        legalBasis: input.legalBasis,
        reference: request.registrationNumber,
        iban,
        beneficiary,
        instructions: input.instructions || null,
        dueAt,
      },
      select: { id: true },
    });
    return {
      event: { type: 'FEE_REQUESTED', body: input.instructions, payload: { feeId: fee.id, amountBani: input.amount, legalBasis: input.legalBasis, dueAt: dueAt.toISOString() } },
      notify: {
        kind: 'feeRequested',
        params: { amountBani: input.amount, dueAt: dueAt.toISOString() },
        values: (locale) => ({ amount: formatLei(input.amount, locale), dueDate: formatDate(dueAt, locale) }),
      },
      audit: { feeId: fee.id, amountBani: input.amount },
    };
  });

async function openFee(tx: TTransaction, requestId: string) {
  const fee = await tx.fee.findFirst({ where: { requestId, status: { in: ['PROOF_SUBMITTED', 'REQUESTED'] } }, orderBy: { createdAt: 'desc' }, select: { id: true, amountBani: true } });
  if (!fee) throw new AppError('staffActions.noFee');
  return fee;
}

export const confirmPayment = (ctx: TStaffContext, target: TTarget) =>
  runStaffAction(ctx, target, 'confirmPayment', async (tx, request) => {
    const fee = await openFee(tx, request.id);
    await tx.fee.update({ where: { id: fee.id }, data: { status: 'PAID', paidAt: new Date() } });
    return {
      event: { type: 'PAYMENT_CONFIRMED', payload: { feeId: fee.id, amountBani: fee.amountBani } },
      notify: { kind: 'paymentConfirmed', params: { amountBani: fee.amountBani }, values: (locale) => ({ amount: formatLei(fee.amountBani, locale) }) },
      audit: { feeId: fee.id },
    };
  });

export const rejectPayment = (ctx: TStaffContext, input: z.output<typeof ZRejectPaymentSchema>) =>
  runStaffAction(ctx, input, 'rejectPayment', async (tx, request) => {
    const fee = await openFee(tx, request.id);
    await tx.fee.update({ where: { id: fee.id }, data: { status: 'REQUESTED' } });
    return { event: { type: 'PAYMENT_REJECTED', body: input.body, payload: { feeId: fee.id } }, notify: { kind: 'paymentRejected' }, audit: { feeId: fee.id } };
  });

/** APPROVED with the answer: documents are required when the answer is delivered in the portal. */
export const approveRequest = (ctx: TStaffContext, input: z.output<typeof ZApproveSchema>) =>
  runStaffAction(ctx, input, 'approve', async (tx, request) => {
    const version = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { definition: true } });
    if (parseServiceDefinition(version.definition).delivery === 'electronic' && input.documentIds.length === 0) {
      throw new AppError('staffActions.answerDocument', { field: 'documentIds' });
    }
    return {
      data: { closedAt: new Date() },
      event: { type: 'APPROVED', body: input.body },
      documentIds: input.documentIds,
      notify: { kind: 'approved' },
      audit: { documents: input.documentIds.length },
    };
  });

export const rejectRequest = (ctx: TStaffContext, input: z.output<typeof ZRejectSchema>) =>
  runStaffAction(ctx, input, 'reject', async () => ({ data: { closedAt: new Date() }, event: { type: 'REJECTED', body: input.body }, notify: { kind: 'rejected' } }));

/** Once, by at most what the service's law allows (OG 27/2002: 15 days; Legea 544/2001: 20). */
export const extendDeadline = (ctx: TStaffContext, input: z.output<typeof ZExtendSchema>) =>
  runStaffAction(ctx, input, 'extendDeadline', async (tx, request) => {
    const version = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { service: { select: { maxExtensionDays: true } } } });
    const max = version.service.maxExtensionDays;
    if (max === 0) throw new AppError('staffActions.noExtension');
    if (request.dueExtendedAt) throw new AppError('staffActions.alreadyExtended');
    if (input.days > max) throw new AppError('staffActions.extensionTooLong', { field: 'days' });
    const dueAt = new Date(request.dueAt.getTime() + input.days * 24 * 60 * 60 * 1000);
    return {
      data: { dueAt, dueExtendedAt: new Date() },
      event: { type: 'DEADLINE_EXTENDED', body: input.body, payload: { days: input.days, previousDueAt: request.dueAt.toISOString(), dueAt: dueAt.toISOString() } },
      notify: { kind: 'deadlineExtended', params: { dueAt: dueAt.toISOString(), days: input.days }, values: (locale) => ({ dueDate: formatDate(dueAt, locale), days: String(input.days) }) },
      audit: { days: input.days },
    };
  });

/** Field types whose answers are personal identification numbers, masked until opened on purpose. */
export const SENSITIVE_FIELD_TYPES = ['cnp'] as const;

/**
 * The applicant's full CNP/CUI, or a CNP answer of the form (`field`), for staff who open it on
 * purpose; every opening is audited.
 */
export async function revealIdNumber(ctx: TStaffContext, requestId: string, field?: string): Promise<string | null> {
  const request = await db.serviceRequest.findFirst({
    where: { id: requestId, status: { not: 'DRAFT' } },
    select: { id: true, departmentId: true, applicantIdNumber: true, registrationNumber: true, answers: true, serviceVersion: { select: { definition: true } } },
  });
  if (!request || !(await canSeeDepartment(ctx.user, request.departmentId))) throw new AppError('request.notFound');
  let value = request.applicantIdNumber;
  if (field) {
    const definition = parseServiceDefinition(request.serviceVersion.definition);
    const sensitive = definition.fields.find((f) => f.key === field && (SENSITIVE_FIELD_TYPES as readonly string[]).includes(f.type));
    if (!sensitive) throw new AppError('staffActions.unknownField');
    const answer = (request.answers as Record<string, unknown>)[field];
    value = typeof answer === 'string' ? answer : null;
  }
  await writeAudit({
    actorId: ctx.user.id,
    action: 'request.revealIdNumber',
    entityType: 'ServiceRequest',
    entityId: request.id,
    request: ctx.request,
    details: { registrationNumber: request.registrationNumber, field: field ?? 'applicant' },
  });
  return value;
}
