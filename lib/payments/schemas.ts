/** Inputs of the payment forms: the fee panel's "Plătiți online", /taxes, the test provider's page. */
import { z } from 'zod';

/** A key the page draws once per form: the same form sent twice is the same payment. */
const zIdempotencyKey = z.uuid();

// The form posts strings; `version` is the request's version the page was rendered with.
export const ZStartOnlinePaymentSchema = z.object({ requestId: z.string().min(1).max(40), version: z.coerce.number().int().min(1), idempotencyKey: zIdempotencyKey }).strict();
export type TStartOnlinePayment = z.input<typeof ZStartOnlinePaymentSchema>;

/** The obligations ticked on /taxes (checkboxes: one value or several). */
export const ZStartTaxPaymentSchema = z
  .object({
    obligationIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(40)).min(1, 'taxes.noneSelected').max(200)),
    idempotencyKey: zIdempotencyKey,
  })
  .strict();
export type TStartTaxPayment = z.input<typeof ZStartTaxPaymentSchema>;

/** A button of the test provider's page. */
export const ZTestProviderOutcomeSchema = z.object({ orderId: z.string().min(1).max(40), outcome: z.enum(['paid', 'failed', 'abandon']) }).strict();
export type TTestProviderOutcome = z.infer<typeof ZTestProviderOutcomeSchema>;

/**
 * The tax office's refund form (/admin/payments/[id]): the payment, the reason that goes to the
 * audit log, and the confirmation box, which must be ticked (a browser posts "on", the form true).
 */
export const ZRefundPaymentSchema = z
  .object({
    paymentId: z.string().min(1).max(40),
    reason: z.string().trim().min(1, 'paymentsAdmin.errors.reasonRequired').min(5, 'paymentsAdmin.errors.reasonTooShort').max(500, 'paymentsAdmin.errors.reasonTooLong'),
    confirm: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.literal(true, { error: 'paymentsAdmin.errors.confirmRequired' })),
  })
  .strict();
export type TRefundPayment = z.input<typeof ZRefundPaymentSchema>;
