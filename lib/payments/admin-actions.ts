'use server';

/**
 * The tax office's actions on a payment (/admin/payments/[id]). The wrapper lets staff in; whether
 * this member of staff works with payments, and whether the payment may be refunded, is decided by
 * refundPayment next to the data.
 */
import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions';
import { refundPayment } from '@/lib/payments/payments';
import { ZRefundPaymentSchema } from '@/lib/payments/schemas';

/** "Restituie plata": the provider gives the money back, the payment is REFUNDED, audited with the reason. */
export const refundPaymentAction = staffAction(ZRefundPaymentSchema, async ({ paymentId, reason }, { user, request }) => {
  await refundPayment({ actor: user, paymentId, reason, requestInfo: request });
  revalidatePath(`/admin/payments/${paymentId}`);
  revalidatePath('/admin/payments');
});
