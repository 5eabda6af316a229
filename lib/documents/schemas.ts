/** Inputs of the upload actions (applicant and staff), shared by the uploader and the server actions. */
import { z } from 'zod';

const ZId = z.string().min(1).max(40);

export const ZStartUploadSchema = z
  .object({
    requestId: ZId,
    /** A document the form asks for (default), a proof of payment, or an attachment to a message. */
    purpose: z.enum(['APPLICANT', 'PAYMENT_PROOF', 'MESSAGE_ATTACHMENT']).default('APPLICANT'),
    requirementKey: z.string().min(1).max(50).optional(),
    fileName: z.string().min(1).max(300),
    contentType: z.string().max(100),
    sizeBytes: z.number().int().min(0),
  })
  .strict();
export type TStartUpload = z.input<typeof ZStartUploadSchema>;

export const ZDocumentIdSchema = z.object({ documentId: ZId }).strict();

export const ZStaffUploadSchema = z
  .object({ requestId: ZId, purpose: z.enum(['RESPONSE', 'MESSAGE_ATTACHMENT']), fileName: z.string().min(1).max(300), contentType: z.string().max(100), sizeBytes: z.number().int().min(0) })
  .strict();
