/**
 * What staff do to a request. Each action is a command of the one request writer
 * (lib/requests/commands/run.ts), locked within the member's departments (else "not found"), on
 * the version the page showed, as the workflow table allows; an action keeps only its own outcome:
 * the event, the columns it changes, the notice for the applicant, the audit details.
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import type { TSessionUser } from '@/lib/auth/session';
import { db, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { DocumentKind } from '@/lib/generated/prisma/client';
import { formatLei } from '@/lib/i18n/format';
import { issueAnswer } from '@/lib/requests/commands/answer-documents';
import { infoRequestItems } from '@/lib/requests/info-request';
import { runRequestCommand, type TCommandOutcome, type TLockedRequest } from '@/lib/requests/commands/run';
import { staffScope } from '@/lib/requests/staff-access';
import {
  ZApproveSchema,
  ZAssignSchema,
  ZConfirmPaymentSchema,
  ZExtendSchema,
  ZMessageSchema,
  ZNoteSchema,
  ZRejectPaymentSchema,
  ZRejectSchema,
  ZRequestFeeSchema,
  ZRequestInfoSchema,
  ZTakeSchema,
} from '@/lib/requests/schemas/staff';
import { FEE_WORKFLOW, feeStatusesFor, type TFeeAction, type TWorkflowAction } from '@/lib/requests/workflow';
import { endOfDayInRomania, formatDate, todayInRomania } from '@/lib/time';
import { loadCalendar } from '@/lib/calendar/load';
import { computeDueDate, isPastTerm, parseSuspensions, parseTermSnapshot } from '@/lib/requests/terms';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { getPaymentAccount } from '@/lib/settings/settings';
import type { z } from 'zod';

/** Who acts, from where, and when (tests move `now`; the legal term's clock reads it). */
export type TStaffContext = { user: Pick<TSessionUser, 'id' | 'role'>; request?: TRequestInfo; now?: Date };
type TTarget = { requestId: string; version: number };

/** What staff attach to an event: the answer's documents and a message's attachments. */
const STAFF_UPLOADS: DocumentKind[] = ['RESPONSE', 'MESSAGE_ATTACHMENT'];

function checkFutureDate(isoDate: string, field: string, now?: Date) {
  if (isoDate < todayInRomania(now)) throw new AppError('staffActions.dateInPast', { field });
}

/** A staff command: scoped to the member's departments, run by the one request writer. */
async function runStaffAction(
  ctx: TStaffContext,
  target: TTarget,
  action: TWorkflowAction,
  work: (tx: TTransaction, request: TLockedRequest) => Promise<TCommandOutcome>,
): Promise<{ version: number }> {
  const { departmentIds } = await staffScope(ctx.user);
  const { version } = await runRequestCommand({
    actor: { kind: 'staff', userId: ctx.user.id, departmentIds },
    requestId: target.requestId,
    expectedVersion: target.version,
    action,
    requestInfo: ctx.request,
    now: ctx.now,
    work,
  });
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
    documents: { ids: input.documentIds, kinds: STAFF_UPLOADS },
    notify: { kind: 'message' },
  }));

/** NEEDS_INFO: a message and a checklist of fields to correct and documents to (re)send, by a date. */
export const requestInfo = (ctx: TStaffContext, input: z.output<typeof ZRequestInfoSchema>) =>
  runStaffAction(ctx, input, 'requestInfo', async (tx, request) => {
    checkFutureDate(input.dueDate, 'dueDate', ctx.now);
    const version = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { definition: true } });
    const definition = parseServiceDefinition(version.definition);
    const fields = [...new Set(input.fields)];
    const documents = [...new Set(input.documents)];
    if (fields.some((key) => !definition.fields.some((f) => f.key === key))) throw new AppError('staffActions.unknownField', { field: 'fields' });
    if (documents.some((key) => !definition.documents.some((d) => d.key === key))) throw new AppError('staffActions.unknownDocument', { field: 'documents' });
    const dueAt = endOfDayInRomania(input.dueDate);
    // The notice names what to correct or send, as the form calls it.
    const items = infoRequestItems(definition, { fields, documents, otherDocument: input.otherDocument });
    const notice = await issueAnswer(tx, request, { kind: 'INFO_REQUEST', clerkId: ctx.user.id, clerkText: input.body, info: { dueAt, items } });
    return {
      event: { type: 'INFO_REQUESTED', body: input.body, payload: { fields, documents, otherDocument: input.otherDocument ?? null, dueAt: dueAt.toISOString() } },
      documents: { ids: notice.documentIds, kinds: ['RESPONSE'] },
      notify: { kind: 'infoRequested', params: { dueAt: dueAt.toISOString() }, values: (locale) => ({ dueDate: formatDate(dueAt, locale) }) },
      audit: { fields, documents },
    };
  });

/** AWAITING_PAYMENT: a fee with its legal basis, due date and the city hall's payment details. */
export const requestFee = (ctx: TStaffContext, input: z.output<typeof ZRequestFeeSchema>) =>
  runStaffAction(ctx, input, 'requestFee', async (tx, request) => {
    checkFutureDate(input.dueDate, 'dueDate', ctx.now);
    const dueAt = endOfDayInRomania(input.dueDate);
    // The account of /admin/settings, unless the environment pins one (lib/settings/municipality.ts).
    const { iban, beneficiary } = await getPaymentAccount(tx);
    const fee = await tx.fee.create({
      data: {
        requestId: request.id,
        amountBani: input.amount,
        legalBasis: input.legalBasis,
        reference: request.registrationNumber ?? request.id,
        iban,
        beneficiary,
        instructions: input.instructions || null,
        dueAt,
      },
      select: { id: true },
    });
    const notice = await issueAnswer(tx, request, { kind: 'FEE_NOTICE', clerkId: ctx.user.id, clerkText: input.instructions ?? '', fee: { amountBani: input.amount, dueAt, legalBasis: input.legalBasis } });
    return {
      documents: { ids: notice.documentIds, kinds: ['RESPONSE'] },
      event: { type: 'FEE_REQUESTED', body: input.instructions, payload: { feeId: fee.id, amountBani: input.amount, legalBasis: input.legalBasis, dueAt: dueAt.toISOString() } },
      notify: {
        kind: 'feeRequested',
        params: { amountBani: input.amount, dueAt: dueAt.toISOString() },
        values: (locale) => ({ amount: formatLei(input.amount, locale), dueDate: formatDate(dueAt, locale) }),
      },
      audit: { feeId: fee.id, amountBani: input.amount },
    };
  });

/** The newest fee the payment action applies to (the workflow's fee lifecycle says which statuses). */
async function openFee(tx: TTransaction, requestId: string, action: TFeeAction) {
  const fee = await tx.fee.findFirst({ where: { requestId, status: { in: feeStatusesFor(action) } }, orderBy: { createdAt: 'desc' }, select: { id: true, amountBani: true } });
  if (!fee) throw new AppError('staffActions.noFee');
  return fee;
}

export const confirmPayment = (ctx: TStaffContext, target: TTarget) =>
  runStaffAction(ctx, target, 'confirmPayment', async (tx, request) => {
    const fee = await openFee(tx, request.id, 'confirmPayment');
    await tx.fee.update({ where: { id: fee.id }, data: { status: FEE_WORKFLOW.confirmPayment.to, paidAt: ctx.now ?? new Date() } });
    return {
      event: { type: 'PAYMENT_CONFIRMED', payload: { feeId: fee.id, amountBani: fee.amountBani } },
      notify: { kind: 'paymentConfirmed', params: { amountBani: fee.amountBani }, values: (locale) => ({ amount: formatLei(fee.amountBani, locale) }) },
      audit: { feeId: fee.id },
    };
  });

export const rejectPayment = (ctx: TStaffContext, input: z.output<typeof ZRejectPaymentSchema>) =>
  runStaffAction(ctx, input, 'rejectPayment', async (tx, request) => {
    const fee = await openFee(tx, request.id, 'rejectPayment');
    await tx.fee.update({ where: { id: fee.id }, data: { status: FEE_WORKFLOW.rejectPayment.to } });
    return { event: { type: 'PAYMENT_REJECTED', body: input.body, payload: { feeId: fee.id } }, notify: { kind: 'paymentRejected' }, audit: { feeId: fee.id } };
  });

/**
 * APPROVED with the answer, sealed: generated from the service's approval template, or the clerk's
 * own PDFs instead (stamped with their verification code and sealed).
 */
export const approveRequest = (ctx: TStaffContext, input: z.output<typeof ZApproveSchema>) =>
  runStaffAction(ctx, input, 'approve', async (tx, request) => {
    const { documentIds, replacedObjects } = await issueAnswer(tx, request, { kind: 'APPROVAL', clerkId: ctx.user.id, clerkText: input.body, uploadedIds: input.documentIds });
    return {
      replacedObjects,
      data: { closedAt: ctx.now ?? new Date() },
      event: { type: 'APPROVED', body: input.body },
      documents: { ids: documentIds, kinds: STAFF_UPLOADS },
      notify: { kind: 'approved' },
      audit: { documents: documentIds.length, generated: input.documentIds.length === 0 },
    };
  });

/** REJECTED with the refusal generated from the service's template and sealed. */
export const rejectRequest = (ctx: TStaffContext, input: z.output<typeof ZRejectSchema>) =>
  runStaffAction(ctx, input, 'reject', async (tx, request) => {
    const { documentIds } = await issueAnswer(tx, request, { kind: 'REFUSAL', clerkId: ctx.user.id, clerkText: input.body });
    return {
      data: { closedAt: ctx.now ?? new Date() },
      event: { type: 'REJECTED', body: input.body },
      documents: { ids: documentIds, kinds: ['RESPONSE'] },
      notify: { kind: 'rejected' },
    };
  });

/**
 * Once, by at most what the service's law allows, in the term's unit (OG 27/2002: 30 + 15 days;
 * Law 544/2001: 10 → 30). The end is counted again from the filing (lib/requests/terms.ts), with
 * the days the term stood still.
 */
export const extendDeadline = (ctx: TStaffContext, input: z.output<typeof ZExtendSchema>) =>
  runStaffAction(ctx, input, 'extendDeadline', async (tx, request) => {
    const term = parseTermSnapshot(request.term);
    const max = term?.maxExtensionDays ?? 0;
    if (!term || max === 0) throw new AppError('staffActions.noExtension');
    if (request.dueExtendedAt) throw new AppError('staffActions.alreadyExtended');
    if (input.days > max) throw new AppError('staffActions.extensionTooLong', { field: 'days' });
    if (!request.dueAt || !request.submittedAt) throw new AppError('request.notAllowed');
    // OG 27/2002 art. 9, Law 544/2001 art. 7: only a term that still runs may be extended.
    if (isPastTerm(request.dueAt, ctx.now ?? new Date())) throw new AppError('staffActions.termOver');
    const extensionDays = request.termExtensionDays + input.days;
    const { dueAt } = computeDueDate({ registeredAt: request.submittedAt, term, extensionDays, suspensions: parseSuspensions(request.termSuspensions), calendar: await loadCalendar(tx) });
    return {
      data: { dueAt, dueExtendedAt: ctx.now ?? new Date(), termExtensionDays: extensionDays },
      event: { type: 'DEADLINE_EXTENDED', body: input.body, payload: { days: input.days, previousDueAt: request.dueAt.toISOString(), dueAt: dueAt.toISOString(), unit: term.unit } },
      notify: { kind: 'deadlineExtended', params: { dueAt: dueAt.toISOString(), days: input.days, unit: term.unit }, values: (locale) => ({ dueDate: formatDate(dueAt, locale), days: String(input.days), unit: term.unit }) },
      audit: { days: input.days },
    };
  });

/** Field types whose answers are personal identification numbers, masked until opened on purpose. */
/**
 * Every staff command on a request with the schema of its input: the server actions
 * (lib/requests/actions/staff.ts) are made from this list, one line each.
 */
export const STAFF_COMMANDS = {
  take: { schema: ZTakeSchema, run: takeRequest },
  assign: { schema: ZAssignSchema, run: assignRequest },
  note: { schema: ZNoteSchema, run: addInternalNote },
  message: { schema: ZMessageSchema, run: messageApplicant },
  requestInfo: { schema: ZRequestInfoSchema, run: requestInfo },
  requestFee: { schema: ZRequestFeeSchema, run: requestFee },
  confirmPayment: { schema: ZConfirmPaymentSchema, run: confirmPayment },
  rejectPayment: { schema: ZRejectPaymentSchema, run: rejectPayment },
  approve: { schema: ZApproveSchema, run: approveRequest },
  reject: { schema: ZRejectSchema, run: rejectRequest },
  extend: { schema: ZExtendSchema, run: extendDeadline },
};

export const SENSITIVE_FIELD_TYPES = ['cnp'] as const;

/**
 * The applicant's full CNP/CUI, or a CNP answer of the form (`field`), for staff who open it on
 * purpose; every opening is audited.
 */
export async function revealIdNumber(ctx: TStaffContext, requestId: string, field?: string): Promise<string | null> {
  const { where } = await staffScope(ctx.user);
  const request = await db.serviceRequest.findFirst({
    where: { AND: [where, { id: requestId }] },
    select: { id: true, applicantIdNumber: true, registrationNumber: true, answers: true, serviceVersion: { select: { definition: true } } },
  });
  if (!request) throw new AppError('request.notFound');
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
