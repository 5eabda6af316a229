'use server';

import { redirect } from 'next/navigation';
import { citizenAction, type TActionResult } from '@/lib/actions';
import { requireUser } from '@/lib/auth/session';
import { startOnlinePayment } from '@/lib/payments/online-payment';
import { ZStartOnlinePaymentSchema } from '@/lib/payments/schemas';

const start = citizenAction(ZStartOnlinePaymentSchema, async (data, { user }) => redirect((await startOnlinePayment(user, data)).redirectUrl));

/** "Plătiți online": sends the applicant to the provider's payment page, or says why not. */
export async function startOnlinePaymentAction(_previous: TActionResult<never> | null, form: FormData): Promise<TActionResult<never>> {
  const input = { requestId: String(form.get('requestId') ?? ''), version: String(form.get('version') ?? '') };
  // A session that expired while the page was open: sign in and come back to the request.
  await requireUser(`/requests/${encodeURIComponent(input.requestId)}`);
  return start(input);
}
