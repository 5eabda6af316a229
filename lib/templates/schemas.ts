/** Inputs of the answer templates' actions, shared by the forms and the server actions. */
import { z } from 'zod';
import { ANSWER_TEMPLATE_KINDS } from '@/lib/templates/defaults';
import { unknownFields } from '@/lib/templates/merge';

const ZId = z.string().min(1).max(40);
export const ZTemplateKindSchema = z.enum(ANSWER_TEMPLATE_KINDS);

const ZText = (max: number) => z.string().trim().min(1, 'form.required').max(max, 'form.tooLong');

/**
 * A save of a service's template of one kind. `expectedVersion` is the number of the version the
 * page showed (0: none yet, the built-in text): a save naming an older one is refused. The browser
 * already refuses merge fields that do not exist; the server checks `raspuns.<cheie>` against the
 * service's current form too.
 */
export const ZSaveTemplateSchema = z
  .object({
    serviceId: ZId,
    kind: ZTemplateKindSchema,
    expectedVersion: z.number().int().min(0),
    title: ZText(200),
    body: ZText(20000),
    legalBasis: ZText(2000),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const name of ['title', 'body', 'legalBasis'] as const) {
      if (unknownFields([value[name]], null).length > 0) ctx.addIssue({ code: 'custom', path: [name], message: 'templates.unknownField' });
    }
  });
export type TSaveTemplate = z.output<typeof ZSaveTemplateSchema>;

/**
 * The clerk's preview of the document a decision would issue: the request, the kind, the clerk's
 * text as typed, and what the kind needs (the fee, the information asked for). Lenient on purpose:
 * a value not filled in yet prints as "—", the decision's own form checks it.
 */
export const ZPreviewAnswerSchema = z
  .object({
    requestId: ZId,
    /** The request's version the page shows; not checked (a preview changes nothing). */
    version: z.number().int().min(1).optional(),
    kind: ZTemplateKindSchema,
    body: z.string().max(5000, 'form.tooLong').default(''),
    fee: z.object({ amount: z.string().max(30).default(''), dueDate: z.string().max(10).default(''), legalBasis: z.string().max(300).default('') }).strict().optional(),
    info: z
      .object({
        dueDate: z.string().max(10).default(''),
        fields: z.array(z.string().max(50)).max(100).default([]),
        documents: z.array(z.string().max(50)).max(50).default([]),
        otherDocument: z.string().max(300).default(''),
      })
      .strict()
      .optional(),
  })
  .strict();
export type TPreviewAnswer = z.output<typeof ZPreviewAnswerSchema>;
