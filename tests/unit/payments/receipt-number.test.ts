import { describe, expect, it } from 'vitest';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';

describe('payment receipt numbers', () => {
  const paidAt = new Date('2026-06-15T10:00:00Z');

  it('are CH-<year of payment>-<the payment number on 6 digits>', () => {
    expect(paymentReceiptNumber({ number: 123, paidAt })).toBe('CH-2026-000123');
    expect(paymentReceiptNumber({ number: 1, paidAt })).toBe('CH-2026-000001');
    expect(paymentReceiptNumber({ number: 999_999, paidAt })).toBe('CH-2026-999999');
    // Past a million payments the number grows a digit rather than wrapping.
    expect(paymentReceiptNumber({ number: 1_000_000, paidAt })).toBe('CH-2026-1000000');
  });

  it('take the year of the city hall calendar (New Year in Romania comes two hours before UTC)', () => {
    expect(paymentReceiptNumber({ number: 7, paidAt: new Date('2026-12-31T21:59:59Z') })).toBe('CH-2026-000007');
    expect(paymentReceiptNumber({ number: 7, paidAt: new Date('2026-12-31T22:00:00Z') })).toBe('CH-2027-000007');
  });

  it('refuse what is not a payment number or a date', () => {
    expect(() => paymentReceiptNumber({ number: 0, paidAt })).toThrow(RangeError);
    expect(() => paymentReceiptNumber({ number: 1.5, paidAt })).toThrow(RangeError);
    expect(() => paymentReceiptNumber({ number: 1, paidAt: new Date('not a date') })).toThrow(RangeError);
  });
});
