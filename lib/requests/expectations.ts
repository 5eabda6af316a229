/**
 * What the applicant is expected to do now about a filed request, as the dashboard says it. Pure:
 * derived from the status, the deadline of the latest request for information, the fee asked for
 * and the city hall's own due date, all loaded beforehand (lib/requests/queries.ts listOwnRequests).
 */
import type { EventType, RequestStatus } from '@/lib/generated/prisma/enums';
import type { TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { payloadOf } from '@/lib/requests/events';
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
};

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
  /** When the city hall answers, while the request is open. */
  answerBy: Date | null;
};

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
export function expectationFor(input: TExpectationInput): TExpectation {
  return {
    action: expectedAction(input),
    actionNeeded: needsApplicantAction(input.status),
    answerBy: isOpen(input.status) ? input.dueAt : null,
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
