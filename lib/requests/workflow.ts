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
 *
 * The legal term stands still in NEEDS_INFO and AWAITING_PAYMENT where the service says so
 * (lib/requests/terms.ts `suspensionReason`); the command runner keeps the clock.
 */
import type { DocumentKind, FeeStatus, PaymentStatus, RequestStatus } from '@/lib/generated/prisma/enums';

/**
 * Who acts: the applicant who owns the request, staff (clerk or administrator), or the portal
 * itself on a verified message from outside (a payment provider's callback).
 */
export type TActor = 'applicant' | 'staff' | 'system';

/** A request the applicant is still writing: theirs alone, not yet filed. */
export const DRAFT = 'DRAFT' as const satisfies RequestStatus;
/** The status filter of a filed request (anything but a draft), for Prisma queries. */
export const FILED = { not: DRAFT } as const;
export const isDraft = (status: RequestStatus) => status === DRAFT;

export const OPEN_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'] as const satisfies readonly RequestStatus[];
export const FINAL_STATUSES = ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const satisfies readonly RequestStatus[];
/** The statuses in which the city hall has answered (a withdrawn request has no answer). */
export const ANSWERED_STATUSES = ['APPROVED', 'REJECTED'] as const satisfies readonly (typeof FINAL_STATUSES)[number][];
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
  /** Opening the provider's payment page; the request changes when the provider's callback comes (payOnline). */
  startOnlinePayment: { actor: 'applicant', from: ['AWAITING_PAYMENT'] },

  take: { actor: 'staff', from: ['SUBMITTED'], to: 'IN_REVIEW' },
  assign: { actor: 'staff', from: OPEN_STATUSES },
  internalNote: { actor: 'staff', from: [...OPEN_STATUSES, ...FINAL_STATUSES] },
  messageToApplicant: { actor: 'staff', from: OPEN_STATUSES },
  requestInfo: { actor: 'staff', from: ['IN_REVIEW'], to: 'NEEDS_INFO' },
  requestFee: { actor: 'staff', from: ['IN_REVIEW'], to: 'AWAITING_PAYMENT' },
  confirmPayment: { actor: 'staff', from: ['PAYMENT_SUBMITTED'], to: 'IN_REVIEW' },
  rejectPayment: { actor: 'staff', from: ['PAYMENT_SUBMITTED'], to: 'AWAITING_PAYMENT' },
  /** Once per request, and only for a service whose law allows it (see `allowedActions`'s facts). */
  extendDeadline: { actor: 'staff', from: OPEN_STATUSES },
  approve: { actor: 'staff', from: ['IN_REVIEW'], to: 'APPROVED' },
  reject: { actor: 'staff', from: ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'], to: 'REJECTED' },

  // Also from PAYMENT_SUBMITTED: an applicant may upload a proof while the card payment is confirmed.
  payOnline: { actor: 'system', from: ['AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'], to: 'IN_REVIEW' },
  /** Past its term without an answer, for a service where silence approves: marked, not decided (the request stays open). */
  markTacitApproval: { actor: 'system', from: OPEN_STATUSES },
  /** The administrator changed the working days a running term spans: its end is computed again. */
  recomputeDueDate: { actor: 'system', from: OPEN_STATUSES },
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

/** The facts besides the status that some actions depend on. */
export type TWorkflowFacts = {
  /** The deadline was extended already (the law allows it once). */
  deadlineExtended?: boolean;
  /** The longest extension the service's law allows, in days (0: none). */
  maxExtensionDays?: number;
  /** The term is over: the law lets the city hall extend only a term that still runs. */
  termOver?: boolean;
};

/**
 * What `actor` may do on a request in `status`, given the facts: the one list the request pages
 * show their actions from, so a page never offers what the command would refuse.
 */
export function allowedActions(status: RequestStatus, actor: TActor, facts: TWorkflowFacts = {}): TWorkflowAction[] {
  return (Object.keys(WORKFLOW) as TWorkflowAction[]).filter((action) => {
    if (!transition(action, status, actor).ok) return false;
    if (action === 'extendDeadline') return !facts.deadlineExtended && !facts.termOver && (facts.maxExtensionDays ?? 0) > 0;
    return true;
  });
}

/** Whether `actor` may do `action` on a request in `status` (with the facts it depends on). */
export const isAllowed = (action: TWorkflowAction, status: RequestStatus, actor: TActor, facts?: TWorkflowFacts) => allowedActions(status, actor, facts).includes(action);

/*
 * The fee's own lifecycle, driven by the request's payment actions:
 *
 *   (requestFee) → REQUESTED ─submitPayment→ PROOF_SUBMITTED ─confirmPayment→ PAID
 *                             PROOF_SUBMITTED ─rejectPayment→ REQUESTED
 *   REQUESTED or PROOF_SUBMITTED ─payOnline→ PAID;  CANCELLED: no longer owed (set by hand)
 */
export const OPEN_FEE_STATUSES = ['REQUESTED', 'PROOF_SUBMITTED'] as const satisfies readonly FeeStatus[];

type TFeeRule = { from: readonly FeeStatus[]; to: FeeStatus };

export const FEE_WORKFLOW = {
  submitPayment: { from: ['REQUESTED'], to: 'PROOF_SUBMITTED' },
  // A clerk may confirm a payment seen in the bank statement before any proof is sent.
  confirmPayment: { from: OPEN_FEE_STATUSES, to: 'PAID' },
  rejectPayment: { from: OPEN_FEE_STATUSES, to: 'REQUESTED' },
  payOnline: { from: OPEN_FEE_STATUSES, to: 'PAID' },
} as const satisfies Partial<Record<TWorkflowAction, TFeeRule>>;

export type TFeeAction = keyof typeof FEE_WORKFLOW;

/** Which fee statuses `action` applies to (the newest such fee of the request is the one it changes). */
export const feeStatusesFor = (action: TFeeAction): FeeStatus[] => [...FEE_WORKFLOW[action].from];

/** Whether a fee in this status can still be paid. */
export const isFeePayable = (status: FeeStatus) => (OPEN_FEE_STATUSES as readonly FeeStatus[]).includes(status);

/*
 * Which uploads a request accepts in each status, from whom: the applicant's documents while the
 * draft is written and for a request for more information, a proof of payment while the fee is
 * awaited, attachments to messages and staff's answers while the request is open.
 */
const UPLOADS: Record<TActor, Partial<Record<DocumentKind, readonly RequestStatus[]>>> = {
  applicant: {
    APPLICANT: [...WORKFLOW.submit.from, ...WORKFLOW.provideInfo.from],
    PAYMENT_PROOF: WORKFLOW.submitPayment.from,
    MESSAGE_ATTACHMENT: WORKFLOW.messageFromApplicant.from,
  },
  staff: { RESPONSE: WORKFLOW.messageToApplicant.from, MESSAGE_ATTACHMENT: WORKFLOW.messageToApplicant.from },
  system: {},
};

/** Whether `actor` may upload a document of `kind` to a request in `status`. */
export const mayUpload = (actor: TActor, kind: DocumentKind, status: RequestStatus) => (UPLOADS[actor][kind] ?? []).includes(status);

/** Whether an upload not yet sent with an event may still be removed: while the request can change. */
export const mayRemoveUpload = (status: RequestStatus) => isDraft(status) || isOpen(status);

/*
 * An online payment's lifecycle (lib/payments/payments.ts runs it, one locked row at a time):
 *
 *   (start) → CREATED ─open→ PENDING ─pay→ PAID ─refund→ REFUNDED
 *             CREATED or PENDING ─fail→ FAILED;  ─expire→ EXPIRED (the expiry job, after asking the provider)
 *   FAILED or EXPIRED ─pay→ PAID: the provider's signed word that the money arrived after all wins,
 *                                 when what it pays is still owed (else the money is unmatched: refund)
 */
export const OPEN_PAYMENT_STATUSES = ['CREATED', 'PENDING'] as const satisfies readonly PaymentStatus[];
export const CLOSED_UNPAID_STATUSES = ['FAILED', 'EXPIRED'] as const satisfies readonly PaymentStatus[];

export const PAYMENT_WORKFLOW = {
  open: { from: ['CREATED'], to: 'PENDING' },
  pay: { from: [...OPEN_PAYMENT_STATUSES, ...CLOSED_UNPAID_STATUSES], to: 'PAID' },
  fail: { from: OPEN_PAYMENT_STATUSES, to: 'FAILED' },
  expire: { from: OPEN_PAYMENT_STATUSES, to: 'EXPIRED' },
  refund: { from: ['PAID'], to: 'REFUNDED' },
} as const satisfies Record<string, { from: readonly PaymentStatus[]; to: PaymentStatus }>;

export type TPaymentAction = keyof typeof PAYMENT_WORKFLOW;

/** The status after `action` on a payment in `status`, or null when the action does not apply. */
export function paymentTransition(action: TPaymentAction, status: PaymentStatus): PaymentStatus | null {
  return (PAYMENT_WORKFLOW[action].from as readonly PaymentStatus[]).includes(status) ? PAYMENT_WORKFLOW[action].to : null;
}

export const isPaymentOpen = (status: PaymentStatus) => (OPEN_PAYMENT_STATUSES as readonly PaymentStatus[]).includes(status);
