/** Input of the "Plătiți online" form on the request page. */
import { z } from 'zod';

// The form posts strings; `version` is the request's version the page was rendered with.
export const ZStartOnlinePaymentSchema = z.object({ requestId: z.string().min(1).max(40), version: z.coerce.number().int().min(1) }).strict();
export type TStartOnlinePayment = z.input<typeof ZStartOnlinePaymentSchema>;
