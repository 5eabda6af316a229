/**
 * The request lifecycle: the one place that decides which action may happen in which status, by
 * whom, and what status follows. Pure; every server-side change of a request asks it first.
 *
 *   DRAFT ─submit→ SUBMITTED ─take→ IN_REVIEW ─approve→ APPROVED / ─reject→ REJECTED
 *   IN_REVIEW ─requestInfo→ NEEDS_INFO ─provideInfo→ IN_REVIEW
 *   IN_REVIEW ─requestFee→ AWAITING_PAYMENT ─submitPayment→ PAYMENT_SUBMITTED ─confirmPayment→ IN_REVIEW
 *                                                          (rejectPayment → AWAITING_PAYMENT)
 *   AWAITING_PAYMENT or PAYMENT_SUBMITTED ─payOnline→ IN_REVIEW (the payment provider's signed callback)
 *   any open status ─withdraw→ WITHDRAWN
 */
import type { RequestStatus } from '@/lib/generated/prisma/enums';

/**
 * Who acts: the applicant who owns the request, staff (clerk or administrator), or the portal
 * itself on a verified message from outside (a payment provider's callback).
 */
export type TActor = 'applicant' | 'staff' | 'system';

export const OPEN_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'] as const satisfies readonly RequestStatus[];
export const FINAL_STATUSES = ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const satisfies readonly RequestStatus[];
/** Every status of a filed request (not a draft). */
export const FILED_STATUSES = [...OPEN_STATUSES, ...FINAL_STATUSES] as const satisfies readonly RequestStatus[];

type TRule = {
  actor: TActor;
  from: readonly RequestStatus[];
  /** The status after the action; absent when the action does not change it. */
  to?: RequestStatus;
};

export const WORKFLOW = {
  submit: { actor: 'applicant', from: ['DRAFT'], to: 'SUBMITTED' },
  withdraw: { actor: 'applicant', from: OPEN_STATUSES, to: 'WITHDRAWN' },
  messageFromApplicant: { actor: 'applicant', from: OPEN_STATUSES },
  provideInfo: { actor: 'applicant', from: ['NEEDS_INFO'], to: 'IN_REVIEW' },
  submitPayment: { actor: 'applicant', from: ['AWAITING_PAYMENT'], to: 'PAYMENT_SUBMITTED' },

  take: { actor: 'staff', from: ['SUBMITTED'], to: 'IN_REVIEW' },
  assign: { actor: 'staff', from: OPEN_STATUSES },
  internalNote: { actor: 'staff', from: [...OPEN_STATUSES, ...FINAL_STATUSES] },
  messageToApplicant: { actor: 'staff', from: OPEN_STATUSES },
  requestInfo: { actor: 'staff', from: ['IN_REVIEW'], to: 'NEEDS_INFO' },
  requestFee: { actor: 'staff', from: ['IN_REVIEW'], to: 'AWAITING_PAYMENT' },
  confirmPayment: { actor: 'staff', from: ['PAYMENT_SUBMITTED'], to: 'IN_REVIEW' },
  rejectPayment: { actor: 'staff', from: ['PAYMENT_SUBMITTED'], to: 'AWAITING_PAYMENT' },
  extendDeadline: { actor: 'staff', from: OPEN_STATUSES },
  approve: { actor: 'staff', from: ['IN_REVIEW'], to: 'APPROVED' },
  reject: { actor: 'staff', from: ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'], to: 'REJECTED' },

  // Also from PAYMENT_SUBMITTED: an applicant may upload a proof while the card payment is confirmed.
  payOnline: { actor: 'system', from: ['AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'], to: 'IN_REVIEW' },
} as const satisfies Record<string, TRule>;

export type TWorkflowAction = keyof typeof WORKFLOW;

export type TTransition = { ok: true; to: RequestStatus } | { ok: false; reason: 'actor' | 'status' };

/** Whether `actor` may do `action` on a request in `status`, and the status that follows. */
export function transition(action: TWorkflowAction, status: RequestStatus, actor: TActor): TTransition {
  const rule: TRule = WORKFLOW[action];
  if (rule.actor !== actor) return { ok: false, reason: 'actor' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'status' };
  return { ok: true, to: rule.to ?? status };
}

export const isOpen = (status: RequestStatus) => (OPEN_STATUSES as readonly RequestStatus[]).includes(status);
