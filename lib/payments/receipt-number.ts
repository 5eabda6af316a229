/**
 * The number printed on a payment's receipt (chitanță electronică): `CH-<year>-<6 digits>`, the
 * year of the payment on Romanian time and the payment's own number (Payment.number, which is also
 * the provider's order id). The number is sequential over all years, not per year: it is the
 * portal's id of the payment, and the year only tells the reader when it was paid. Formatted here
 * once, so the PDF, the emails, /verify (IssuedDocument.registrationNumber) and the file name agree.
 * Pure: the emails and the pages use it too.
 */
import { todayInRomania } from '@/lib/time';

export const PAYMENT_RECEIPT_PREFIX = 'CH';

/** "CH-2026-000123" for payment 123 paid in 2026 (Romanian time); longer numbers are printed whole. */
export function paymentReceiptNumber(payment: { number: number; paidAt: Date }): string {
  if (!Number.isInteger(payment.number) || payment.number < 1) throw new RangeError(`bad payment number ${payment.number}`);
  if (Number.isNaN(payment.paidAt.getTime())) throw new RangeError('bad payment date');
  const year = todayInRomania(payment.paidAt).slice(0, 4);
  return `${PAYMENT_RECEIPT_PREFIX}-${year}-${String(payment.number).padStart(6, '0')}`;
}
