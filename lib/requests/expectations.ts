/**
 * What the applicant is expected to do now about a filed request, as the dashboard says it, and
 * where the city hall's term to answer stands (running to its date, stopped while the city hall
 * waits for them, past, tacitly approved), as the dashboard, the request page and the public status
 * say it. Pure: derived from the status, the deadline of the latest request for information, the
 * fee asked for and the request's term columns, all loaded beforehand
 * (lib/requests/queries/applicant.ts listOwnRequests).
 */
import type { EventType, RequestStatus } from '@/lib/generated/prisma/enums';
import type { TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { payloadOf } from '@/lib/requests/events';
import { isPastTerm, type TSuspension } from '@/lib/requests/terms';
import { isOpen, WORKFLOW } from '@/lib/requests/workflow';
import { formatDate } from '@/lib/time';

export type TFiledStatus = Exclude<RequestStatus, 'DRAFT'>;

/** The statuses in which the request waits for the applicant: answer the questions, pay the fee. */
export const ACTION_STATUSES = [...WORKFLOW.provideInfo.from, ...WORKFLOW.submitPayment.from] as const satisfies readonly TFiledStatus[];

const needsApplicantAction = (status: RequestStatus) => (ACTION_STATUSES as readonly RequestStatus[]).includes(status);

export type TExpectationInput = {
  status: TFiledStatus;
  /** When the city hall must answer. */
  dueAt: Date | null;
  /** The deadline of the latest public request for information (read while NEEDS_INFO). */
  infoDueAt: Date | null;
  /** The latest fee asked for and not yet paid (read while AWAITING_PAYMENT). */
  fee: { amountBani: number; dueAt: Date } | null;
  /** Whether the city hall's answer came with documents (read once APPROVED). */
  answerDocuments: boolean;
  /** Why the legal term stands still now (null or absent: it runs). */
  suspended?: TSuspension['reason'] | null;
  /** Marked as tacitly approved (its term ended unanswered, for a service where silence approves), with the legal text. */
  tacit?: { legalBasis: string | null } | null;
};

/**
 * Where the city hall's term to answer stands, as the applicant reads it: running to its end,
 * past it, standing still while the city hall waits for them, or ended in a tacit approval.
 */
export type TAnswerTerm =
  | { kind: 'running'; dueAt: Date }
  | { kind: 'overdue'; dueAt: Date }
  | { kind: 'suspended'; reason: TSuspension['reason'] }
  | { kind: 'tacit'; dueAt: Date; legalBasis: string | null };

export type TExpectedAction =
  | { kind: 'sendInfo'; dueAt: Date | null }
  | { kind: 'pay'; amountBani: number; dueAt: Date }
  | { kind: 'payUnknown' }
  | { kind: 'paymentChecked' }
  | { kind: 'wait' }
  | { kind: 'downloadAnswer' }
  | { kind: 'readAnswer' }
  | { kind: 'readReason' }
  | { kind: 'withdrawn' };

export type TExpectation = {
  action: TExpectedAction;
  /** The applicant has something to do (shown prominently). */
  actionNeeded: boolean;
  /** When the city hall answers, while the request is open and its term runs. */
  answerBy: Date | null;
  /** Where the term to answer stands, while the request is open. */
  term: TAnswerTerm | null;
};

/** Where the term of an open request stands at `now` (null once it is closed or has no due date). */
export function answerTermFor(
  input: { status: RequestStatus } & Pick<TExpectationInput, 'dueAt' | 'suspended' | 'tacit'>,
  now: Date = new Date(),
): TAnswerTerm | null {
  if (!isOpen(input.status) || !input.dueAt) return null;
  if (input.tacit) return { kind: 'tacit', dueAt: input.dueAt, legalBasis: input.tacit.legalBasis };
  if (input.suspended) return { kind: 'suspended', reason: input.suspended };
  return isPastTerm(input.dueAt, now) ? { kind: 'overdue', dueAt: input.dueAt } : { kind: 'running', dueAt: input.dueAt };
}

/** The sentence (key under `answerTerm`) and its values that say where the term stands. */
export function answerTermMessage(term: TAnswerTerm, locale: TLocale): { key: string; values: Record<string, string> } {
  switch (term.kind) {
    case 'running':
      return { key: 'running', values: { date: formatDate(term.dueAt, locale) } };
    case 'overdue':
      return { key: 'overdue', values: { date: formatDate(term.dueAt, locale) } };
    case 'suspended':
      return { key: term.reason === 'fee' ? 'suspendedFee' : 'suspendedInfo', values: {} };
    case 'tacit':
      return term.legalBasis ? { key: 'tacit', values: { basis: term.legalBasis } } : { key: 'tacitByLaw', values: {} };
  }
}

function expectedAction(input: TExpectationInput): TExpectedAction {
  switch (input.status) {
    case 'NEEDS_INFO':
      return { kind: 'sendInfo', dueAt: input.infoDueAt };
    case 'AWAITING_PAYMENT':
      return input.fee ? { kind: 'pay', amountBani: input.fee.amountBani, dueAt: input.fee.dueAt } : { kind: 'payUnknown' };
    case 'PAYMENT_SUBMITTED':
      return { kind: 'paymentChecked' };
    case 'SUBMITTED':
    case 'IN_REVIEW':
      return { kind: 'wait' };
    case 'APPROVED':
      // Answers handed over at the counter come without documents: nothing to download.
      return { kind: input.answerDocuments ? 'downloadAnswer' : 'readAnswer' };
    case 'REJECTED':
      return { kind: 'readReason' };
    case 'WITHDRAWN':
      return { kind: 'withdrawn' };
  }
}

/** What the applicant should do now about this request, and when the city hall answers. */
export function expectationFor(input: TExpectationInput, now: Date = new Date()): TExpectation {
  const term = answerTermFor(input, now);
  return {
    action: expectedAction(input),
    actionNeeded: needsApplicantAction(input.status),
    answerBy: term?.kind === 'running' ? term.dueAt : null,
    term,
  };
}

/** The message (key under `dashboard.expect`) and its values, dates and amounts as the city hall writes them. */
export function expectationMessage(action: TExpectedAction, locale: TLocale): { key: string; values: Record<string, string> } {
  switch (action.kind) {
    case 'sendInfo':
      return action.dueAt ? { key: 'sendInfoBy', values: { date: formatDate(action.dueAt, locale) } } : { key: 'sendInfo', values: {} };
    case 'pay':
      return { key: 'payBy', values: { amount: formatLei(action.amountBani, locale), date: formatDate(action.dueAt, locale) } };
    default:
      return { key: action.kind, values: {} };
  }
}

/** The deadline of a request for more information (an INFO_REQUESTED event), or null when it has none. */
export function infoRequestDeadline(event: { type: EventType; payload: unknown }): Date | null {
  const dueAt = payloadOf('INFO_REQUESTED', event)?.dueAt;
  return dueAt ? new Date(dueAt) : null;
}
