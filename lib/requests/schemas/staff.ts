/** Inputs of the back-office actions on a request, shared by the forms and the server actions. */
import { z } from 'zod';
import { ZDaySchema } from '@/lib/time';

const ZId = z.string().min(1).max(40);
/** The request's `version` the page was rendered with: a stale page is refused, never overwrites. */
const ZTarget = { requestId: ZId, version: z.number().int().min(1) };
const ZText = (max: number) => z.string().trim().min(1, 'form.required').max(max, 'form.tooLong');
const ZDocumentIds = z.array(ZId).max(10).default([]);
/** An optional text: left empty, it is not sent on (no empty note in the event or the fee). */
const ZOptionalText = (max: number) => z.string().trim().max(max, 'form.tooLong').optional().transform((v) => v || undefined);

export const ZTakeSchema = z.object(ZTarget).strict();
export const ZAssignSchema = z.object({ ...ZTarget, assigneeId: ZId }).strict();
export const ZNoteSchema = z.object({ ...ZTarget, body: ZText(5000) }).strict();
export const ZMessageSchema = z.object({ ...ZTarget, body: ZText(5000), documentIds: ZDocumentIds }).strict();

export const ZRequestInfoSchema = z
  .object({
    ...ZTarget,
    body: ZText(5000),
    /** Keys of the form's fields the applicant may change. */
    fields: z.array(z.string().max(50)).max(100).default([]),
    /** Keys of document requirements to (re)send. */
    documents: z.array(z.string().max(50)).max(50).default([]),
    /** Anything else to send, in words (e.g. "extras de carte funciară actualizat"). */
    otherDocument: ZOptionalText(300),
    dueDate: ZDaySchema,
  })
  .strict()
  .refine((v) => v.fields.length > 0 || v.documents.length > 0 || Boolean(v.otherDocument), { path: ['fields'], message: 'staffActions.checklistEmpty' });

/** Lei with up to two decimals ("125", "125,50", "1.250,00") in bani; null when not (yet) a valid amount of at least one ban. */
export function leiToBani(value: string): number | null {
  const normalized = value
    .replace(/\s/g, '')
    .replace(/\.(?=\d{3}(\D|$))/g, '')
    .replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(normalized)) return null;
  const bani = Math.round(Number(normalized) * 100);
  return bani >= 1 ? bani : null;
}

const ZLeiSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const bani = leiToBani(value);
    if (bani === null) {
      ctx.addIssue({ code: 'custom', message: 'staffActions.amount' });
      return z.NEVER;
    }
    return bani;
  });

export const ZRequestFeeSchema = z.object({ ...ZTarget, amount: ZLeiSchema, legalBasis: ZText(300), dueDate: ZDaySchema, instructions: ZOptionalText(2000) }).strict();
export const ZConfirmPaymentSchema = z.object(ZTarget).strict();
export const ZRejectPaymentSchema = z.object({ ...ZTarget, body: ZText(2000) }).strict();
export const ZApproveSchema = z.object({ ...ZTarget, body: ZText(5000), documentIds: ZDocumentIds }).strict();
export const ZRejectSchema = z.object({ ...ZTarget, body: ZText(5000) }).strict();
export const ZExtendSchema = z.object({ ...ZTarget, days: z.coerce.number().int('form.number').min(1, 'form.tooSmall').max(30, 'form.tooBig'), body: ZText(2000) }).strict();

/** The applicant's CNP/CUI, or (with `field`) a CNP/CUI answer of the form. */
export const ZRevealSchema = z.object({ requestId: ZId, field: z.string().max(50).optional() }).strict();
