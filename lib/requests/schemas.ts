/** Inputs of the request actions, shared by the browser forms and the server actions. */
import { z } from 'zod';

const ZId = z.string().min(1).max(40);

/** What a draft may hold per field, before validation: form values as the browser has them. */
const ZDraftValue = z.union([
  z.string().max(10_000),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.record(z.string().max(30), z.string().max(200).optional()),
]);

export const ZSaveDraftSchema = z
  .object({
    serviceSlug: z.string().min(1).max(100),
    /** Made by the browser when the form opens, so that racing autosaves create one draft. */
    draftKey: z.uuid(),
    requestId: ZId.optional(),
    answers: z.record(z.string().max(50), ZDraftValue).refine((answers) => Object.keys(answers).length <= 200),
  })
  .strict();
export type TSaveDraft = z.input<typeof ZSaveDraftSchema>;

export const ZRequestIdSchema = z.object({ requestId: ZId }).strict();

export const ZStartUploadSchema = z
  .object({
    requestId: ZId,
    requirementKey: z.string().min(1).max(50),
    fileName: z.string().min(1).max(300),
    contentType: z.string().max(100),
    sizeBytes: z.number().int().min(0),
  })
  .strict();
export type TStartUpload = z.input<typeof ZStartUploadSchema>;

export const ZDocumentIdSchema = z.object({ documentId: ZId }).strict();
