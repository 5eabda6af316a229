'use server';

import { redirect } from 'next/navigation';
import { citizenAction, type TActionResult } from '@/lib/actions';
import { startOnlinePayment } from '@/lib/payments/online-payment';
import { ZStartOnlinePaymentSchema } from '@/lib/payments/schemas';

const start = citizenAction.form(ZStartOnlinePaymentSchema, async (data, { user }) => redirect((await startOnlinePayment(user, data)).redirectUrl), {
  // A session that expired while the page was open: sign in and come back to the request.
  signInNext: (fields) => `/requests/${encodeURIComponent(typeof fields.requestId === 'string' ? fields.requestId : '')}`,
});

/** "Plătiți online": sends the applicant to the provider's payment page, or says why not. */
export async function startOnlinePaymentAction(_previous: TActionResult<never> | null, form: FormData): Promise<TActionResult<never>> {
  return start(form);
}
