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

const ZAnswers = z.record(z.string().max(50), ZDraftValue).refine((answers) => Object.keys(answers).length <= 200);

export const ZSaveDraftSchema = z
  .object({
    serviceSlug: z.string().min(1).max(100),
    /** Made by the browser when the form opens, so that racing autosaves create one draft. */
    draftKey: z.uuid(),
    requestId: ZId.optional(),
    answers: ZAnswers,
  })
  .strict();
export type TSaveDraft = z.input<typeof ZSaveDraftSchema>;

export const ZRequestIdSchema = z.object({ requestId: ZId }).strict();


// ───────────── the applicant's actions on a filed request ─────────────

/** The request's `version` the page was rendered with: a stale page is refused. */
const ZTarget = { requestId: ZId, version: z.number().int().min(1) };
const ZDocumentIds = z.array(ZId).max(10).default([]);
const ZOptionalText = (max: number) => z.string().trim().max(max, 'form.tooLong').optional().transform((v) => v || undefined);

export const ZApplicantMessageSchema = z.object({ ...ZTarget, body: z.string().trim().min(1, 'form.required').max(5000, 'form.tooLong'), documentIds: ZDocumentIds }).strict();
export const ZProvideInfoSchema = z.object({ ...ZTarget, answers: ZAnswers, documentIds: ZDocumentIds, body: ZOptionalText(5000) }).strict();
export const ZPaymentProofSchema = z.object({ ...ZTarget, documentIds: ZDocumentIds, body: ZOptionalText(2000) }).strict();
export const ZWithdrawSchema = z.object({ ...ZTarget, body: ZOptionalText(2000) }).strict();
