import { describe, expect, it } from 'vitest';
import { RequestStatus } from '@/lib/generated/prisma/enums';
import { FINAL_STATUSES, OPEN_STATUSES, transition, WORKFLOW, type TActor, type TWorkflowAction } from '@/lib/requests/workflow';

const STATUSES = Object.values(RequestStatus);
const ACTORS: TActor[] = ['applicant', 'staff', 'system'];

// The lifecycle of ARCHITECTURE.md, written out independently of the module: action → [actor, from → to].
const EXPECTED: Record<TWorkflowAction, [TActor, Partial<Record<RequestStatus, RequestStatus>>]> = {
  submit: ['applicant', { DRAFT: 'SUBMITTED' }],
  withdraw: ['applicant', { SUBMITTED: 'WITHDRAWN', IN_REVIEW: 'WITHDRAWN', NEEDS_INFO: 'WITHDRAWN', AWAITING_PAYMENT: 'WITHDRAWN', PAYMENT_SUBMITTED: 'WITHDRAWN' }],
  messageFromApplicant: ['applicant', { SUBMITTED: 'SUBMITTED', IN_REVIEW: 'IN_REVIEW', NEEDS_INFO: 'NEEDS_INFO', AWAITING_PAYMENT: 'AWAITING_PAYMENT', PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED' }],
  provideInfo: ['applicant', { NEEDS_INFO: 'IN_REVIEW' }],
  submitPayment: ['applicant', { AWAITING_PAYMENT: 'PAYMENT_SUBMITTED' }],
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
