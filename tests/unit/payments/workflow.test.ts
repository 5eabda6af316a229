/** The online payment's state machine (lib/requests/workflow.ts PAYMENT_WORKFLOW), every pair. */
import { describe, expect, it } from 'vitest';
import type { PaymentStatus } from '@/lib/generated/prisma/enums';
import { isPaymentOpen, PAYMENT_WORKFLOW, paymentTransition, type TPaymentAction } from '@/lib/requests/workflow';

const STATUSES: PaymentStatus[] = ['CREATED', 'PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED'];

/** The whole table: what each action does from each status (null: not allowed). */
const EXPECTED: Record<TPaymentAction, Partial<Record<PaymentStatus, PaymentStatus>>> = {
  open: { CREATED: 'PENDING' },
  // The provider's signed "paid" wins also after the portal gave up on the payment.
  pay: { CREATED: 'PAID', PENDING: 'PAID', FAILED: 'PAID', EXPIRED: 'PAID' },
  fail: { CREATED: 'FAILED', PENDING: 'FAILED' },
  expire: { CREATED: 'EXPIRED', PENDING: 'EXPIRED' },
  refund: { PAID: 'REFUNDED' },
};

describe('the payment state machine', () => {
  for (const action of Object.keys(PAYMENT_WORKFLOW) as TPaymentAction[]) {
    for (const status of STATUSES) {
      const expected = EXPECTED[action][status] ?? null;
      it(`${action} from ${status} → ${expected ?? 'refused'}`, () => {
        expect(paymentTransition(action, status)).toBe(expected);
      });
    }
  }

  it('has no action the table above does not know', () => {
    expect(Object.keys(PAYMENT_WORKFLOW).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('never leaves PAID except by a refund, and never leaves REFUNDED', () => {
    const fromPaid = (Object.keys(PAYMENT_WORKFLOW) as TPaymentAction[]).filter((action) => paymentTransition(action, 'PAID'));
    expect(fromPaid).toEqual(['refund']);
    expect((Object.keys(PAYMENT_WORKFLOW) as TPaymentAction[]).filter((action) => paymentTransition(action, 'REFUNDED'))).toEqual([]);
  });

  it('calls CREATED and PENDING open, and nothing else', () => {
    expect(STATUSES.filter(isPaymentOpen)).toEqual(['CREATED', 'PENDING']);
  });
});
