import { describe, expect, it } from 'vitest';
import { RequestStatus } from '@/lib/generated/prisma/enums';
import {
  allowedActions,
  ANSWERED_STATUSES,
  DRAFT,
  FILED,
  FILED_STATUSES,
  isDraft,
  FEE_WORKFLOW,
  FINAL_STATUSES,
  isFeePayable,
  mayRemoveUpload,
  mayUpload,
  OPEN_STATUSES,
  transition,
  WORKFLOW,
  type TActor,
  type TWorkflowAction,
} from '@/lib/requests/workflow';

const STATUSES = Object.values(RequestStatus);
const ACTORS: TActor[] = ['applicant', 'staff', 'system'];

// The lifecycle of ARCHITECTURE.md, written out independently of the module: action → [actor, from → to].
const EXPECTED: Record<TWorkflowAction, [TActor, Partial<Record<RequestStatus, RequestStatus>>]> = {
  submit: ['applicant', { DRAFT: 'SUBMITTED' }],
  withdraw: ['applicant', { SUBMITTED: 'WITHDRAWN', IN_REVIEW: 'WITHDRAWN', NEEDS_INFO: 'WITHDRAWN', AWAITING_PAYMENT: 'WITHDRAWN', PAYMENT_SUBMITTED: 'WITHDRAWN' }],
  messageFromApplicant: ['applicant', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
  provideInfo: ['applicant', { NEEDS_INFO: 'IN_REVIEW' }],
  submitPayment: ['applicant', { AWAITING_PAYMENT: 'PAYMENT_SUBMITTED' }],
  startOnlinePayment: ['applicant', { AWAITING_PAYMENT: 'AWAITING_PAYMENT' }],
  take: ['staff', { SUBMITTED: 'IN_REVIEW' }],
  assign: ['staff', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
  internalNote: [
    'staff',
    {
      SUBMITTED: 'SUBMITTED',
      IN_REVIEW: 'IN_REVIEW',
      NEEDS_INFO: 'NEEDS_INFO',
      AWAITING_PAYMENT: 'AWAITING_PAYMENT',
      PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED',
      APPROVED: 'APPROVED',
      REJECTED: 'REJECTED',
      WITHDRAWN: 'WITHDRAWN',
    },
  ],
  messageToApplicant: ['staff', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
  requestInfo: ['staff', { IN_REVIEW: 'NEEDS_INFO' }],
  requestFee: ['staff', { IN_REVIEW: 'AWAITING_PAYMENT' }],
  confirmPayment: ['staff', { PAYMENT_SUBMITTED: 'IN_REVIEW' }],
  rejectPayment: ['staff', { PAYMENT_SUBMITTED: 'AWAITING_PAYMENT' }],
  extendDeadline: ['staff', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
  approve: ['staff', { IN_REVIEW: 'APPROVED' }],
  reject: ['staff', { SUBMITTED: 'REJECTED', IN_REVIEW: 'REJECTED', NEEDS_INFO: 'REJECTED', AWAITING_PAYMENT: 'REJECTED', PAYMENT_SUBMITTED: 'REJECTED' }],
  payOnline: ['system', { AWAITING_PAYMENT: 'IN_REVIEW', PAYMENT_SUBMITTED: 'IN_REVIEW' }],
  markTacitApproval: ['system', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
  recomputeDueDate: ['system', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
};

describe('workflow table', () => {
  it('covers exactly the expected actions', () => {
    expect(Object.keys(WORKFLOW).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as TWorkflowAction[]) {
    it(`${action}: every (status, actor) pair is allowed or refused as expected`, () => {
      const [allowedActor, moves] = EXPECTED[action];
      for (const status of STATUSES) {
        for (const actor of ACTORS) {
          const result = transition(action, status, actor);
          const to = moves[status];
          if (actor !== allowedActor) expect(result, `${action} ${status} ${actor}`).toEqual({ ok: false, reason: 'actor' });
          else if (!to) expect(result, `${action} ${status} ${actor}`).toEqual({ ok: false, reason: 'status' });
          else expect(result, `${action} ${status} ${actor}`).toEqual({ ok: true, to });
        }
      }
    });
  }

  it('nothing leaves a final status except an internal note; nothing but submit leaves a draft', () => {
    for (const action of Object.keys(WORKFLOW) as TWorkflowAction[]) {
      for (const status of FINAL_STATUSES) {
        const allowed = ACTORS.some((actor) => transition(action, status, actor).ok);
        expect(allowed, `${action} from ${status}`).toBe(action === 'internalNote');
      }
      const fromDraft = ACTORS.some((actor) => transition(action, 'DRAFT', actor).ok);
      expect(fromDraft, `${action} from DRAFT`).toBe(action === 'submit');
    }
    expect(OPEN_STATUSES).not.toContain('DRAFT');
  });
});

describe("the legal term's system actions", () => {
  it('mark a tacit approval and count a due date again from every open status, without changing it, for the system only', () => {
    for (const action of ['markTacitApproval', 'recomputeDueDate'] as const) {
      for (const status of OPEN_STATUSES) {
        expect(transition(action, status, 'system'), `${action} ${status}`).toEqual({ ok: true, to: status });
        expect(transition(action, status, 'staff'), `${action} ${status}`).toEqual({ ok: false, reason: 'actor' });
        expect(transition(action, status, 'applicant'), `${action} ${status}`).toEqual({ ok: false, reason: 'actor' });
      }
      for (const status of [DRAFT, ...FINAL_STATUSES]) expect(transition(action, status, 'system'), `${action} ${status}`).toEqual({ ok: false, reason: 'status' });
      // Never offered on a page: staff and applicants do not see them.
      for (const status of STATUSES) {
        expect(allowedActions(status, 'staff')).not.toContain(action);
        expect(allowedActions(status, 'applicant')).not.toContain(action);
      }
    }
  });
});

describe('allowedActions', () => {
  it('lists exactly the actions the table allows the actor in that status', () => {
    for (const status of STATUSES) {
      for (const actor of ACTORS) {
        const expected = (Object.keys(EXPECTED) as TWorkflowAction[]).filter((a) => EXPECTED[a][0] === actor && EXPECTED[a][1][status] && a !== 'extendDeadline');
        expect(allowedActions(status, actor).sort(), `${status} ${actor}`).toEqual(expected.sort());
      }
    }
  });

  it('offers the extension once, and only where the law allows one', () => {
    expect(allowedActions('IN_REVIEW', 'staff', { maxExtensionDays: 15 })).toContain('extendDeadline');
    expect(allowedActions('IN_REVIEW', 'staff', { maxExtensionDays: 15, deadlineExtended: true })).not.toContain('extendDeadline');
    // Only a term that still runs may be extended (OG 27/2002 art. 9, Law 544/2001 art. 7).
    expect(allowedActions('IN_REVIEW', 'staff', { maxExtensionDays: 15, termOver: true })).not.toContain('extendDeadline');
    expect(allowedActions('IN_REVIEW', 'staff', { maxExtensionDays: 0 })).not.toContain('extendDeadline');
    expect(allowedActions('APPROVED', 'staff', { maxExtensionDays: 15 })).not.toContain('extendDeadline');
  });
});

describe('the fee lifecycle', () => {
  it('moves a fee as the payment actions do', () => {
    expect(FEE_WORKFLOW).toEqual({
      submitPayment: { from: ['REQUESTED'], to: 'PROOF_SUBMITTED' },
      confirmPayment: { from: ['REQUESTED', 'PROOF_SUBMITTED'], to: 'PAID' },
      rejectPayment: { from: ['REQUESTED', 'PROOF_SUBMITTED'], to: 'REQUESTED' },
      payOnline: { from: ['REQUESTED', 'PROOF_SUBMITTED'], to: 'PAID' },
    });
    expect(['REQUESTED', 'PROOF_SUBMITTED', 'PAID', 'CANCELLED'].filter((s) => isFeePayable(s as never))).toEqual(['REQUESTED', 'PROOF_SUBMITTED']);
  });
});

describe('uploads by status', () => {
  it('the applicant: documents in a draft or for a request for information, a proof while the fee is awaited, attachments while open', () => {
    const where = (kind: 'APPLICANT' | 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT' | 'RESPONSE', actor: TActor = 'applicant') => STATUSES.filter((s) => mayUpload(actor, kind, s)).sort();
    expect(where('APPLICANT')).toEqual(['DRAFT', 'NEEDS_INFO']);
    expect(where('PAYMENT_PROOF')).toEqual(['AWAITING_PAYMENT']);
    expect(where('MESSAGE_ATTACHMENT')).toEqual([...OPEN_STATUSES].sort());
    expect(where('RESPONSE')).toEqual([]);
    expect(where('RESPONSE', 'staff')).toEqual([...OPEN_STATUSES].sort());
    expect(where('MESSAGE_ATTACHMENT', 'staff')).toEqual([...OPEN_STATUSES].sort());
    expect(where('APPLICANT', 'staff')).toEqual([]);
    expect(where('APPLICANT', 'system')).toEqual([]);
    expect(STATUSES.filter(mayRemoveUpload).sort()).toEqual(['DRAFT', ...OPEN_STATUSES].sort());
  });
});

describe('status groups', () => {
  it('splits every status into a draft, the open ones and the final ones, with no overlap', () => {
    const all = [DRAFT, ...OPEN_STATUSES, ...FINAL_STATUSES];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.values(RequestStatus).sort());
    expect(FILED_STATUSES).toEqual([...OPEN_STATUSES, ...FINAL_STATUSES]);
    expect(Object.values(RequestStatus).filter(isDraft)).toEqual([DRAFT]);
    expect(FILED).toEqual({ not: DRAFT });
  });

  it('counts as answered only an approval or a rejection (the statuses the answer actions lead to)', () => {
    expect([...ANSWERED_STATUSES].sort()).toEqual([WORKFLOW.approve.to, WORKFLOW.reject.to].sort());
  });
});
