/**
 * A service's form, as data: the fields and the documents to upload, stored in an immutable
 * ServiceVersion. This schema validates a definition when it is loaded or published.
 */
import { z } from 'zod';

export const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'email', 'phone', 'cnp', 'cui', 'iban', 'address'] as const;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** Profile data a field can be filled in from. */
export const PREFILL_SOURCES = ['fullName', 'firstName', 'lastName', 'cnp', 'cui', 'organizationName', 'email', 'phone', 'address'] as const;

const ZLocalizedSchema = z.object({ ro: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type TLocalized = z.infer<typeof ZLocalizedSchema>;

const ZKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/, 'keys are camelCase, 1–50 characters');

/** Shown only when another field has this value (or one of these values). */
const ZConditionSchema = z
  .object({ field: ZKeySchema, equals: z.union([z.string(), z.boolean(), z.array(z.string()).min(1)]) })
  .strict();
export type TCondition = z.infer<typeof ZConditionSchema>;

const ZOptionSchema = z.object({ value: z.string().min(1).max(100), label: ZLocalizedSchema }).strict();

export const ZFieldSchema = z
  .object({
    key: ZKeySchema,
    type: z.enum(FIELD_TYPES),
    label: ZLocalizedSchema,
    help: ZLocalizedSchema.optional(),
    required: z.boolean().default(false),
    /** number: value range; date: ISO dates (YYYY-MM-DD) or "today". */
    min: z.union([z.number(), z.string()]).optional(),
    max: z.union([z.number(), z.string()]).optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(10_000).optional(),
    /** A regular expression the whole text value must match. */
    pattern: z.string().optional(),
    options: z.array(ZOptionSchema).min(1).optional(),
    visibleWhen: ZConditionSchema.optional(),
    prefill: z.enum(PREFILL_SOURCES).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    const needsOptions = field.type === 'select' || field.type === 'radio';
    if (needsOptions && !field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `${field.type} needs options` });
    if (!needsOptions && field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `${field.type} takes no options` });
    if (field.pattern !== undefined) {
      try {
        new RegExp(field.pattern, 'u');
      } catch {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'invalid regular expression' });
      }
    }
    for (const bound of ['min', 'max'] as const) {
      const value = field[bound];
      if (value === undefined) continue;
      const ok = field.type === 'number' ? typeof value === 'number' : field.type === 'date' && typeof value === 'string' && (value === 'today' || /^\d{4}-\d{2}-\d{2}$/.test(value));
      if (!ok) ctx.addIssue({ code: 'custom', path: [bound], message: `${bound} does not fit a ${field.type} field` });
    }
  });
export type TField = z.infer<typeof ZFieldSchema>;

export const ZDocumentRequirementSchema = z
  .object({
    key: ZKeySchema,
    name: ZLocalizedSchema,
    help: ZLocalizedSchema.optional(),
    required: z.boolean().default(false),
    accept: z.array(z.enum(DOCUMENT_TYPES)).min(1),
    maxSizeMb: z.number().positive().max(25),
    maxFiles: z.number().int().min(1).max(10).default(1),
    visibleWhen: ZConditionSchema.optional(),
  })
  .strict();
export type TDocumentRequirement = z.infer<typeof ZDocumentRequirementSchema>;

export const ZServiceDefinitionSchema = z
  .object({
    fields: z.array(ZFieldSchema).min(1),
    documents: z.array(ZDocumentRequirementSchema).default([]),
    /** "electronic": the answer arrives in the portal; "counter": it is picked up at the city hall. */
    delivery: z.enum(['electronic', 'counter']),
  })
  .strict()
  .superRefine((definition, ctx) => {
    const seen = new Map<string, TField>();
    definition.fields.forEach((field, index) => {
      if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'key'], message: `duplicate field key ${field.key}` });
      const condition = field.visibleWhen;
      // A condition may only look at a field above it, so that the form reads top to bottom.
      if (condition && !seen.has(condition.field)) {
        ctx.addIssue({ code: 'custom', path: ['fields', index, 'visibleWhen'], message: `unknown or later field ${condition.field}` });
      }
      seen.set(field.key, field);
    });
    const documentKeys = new Set<string>();
    definition.documents.forEach((document, index) => {
      if (documentKeys.has(document.key)) ctx.addIssue({ code: 'custom', path: ['documents', index, 'key'], message: `duplicate document key ${document.key}` });
      documentKeys.add(document.key);
      if (document.visibleWhen && !seen.has(document.visibleWhen.field)) {
        ctx.addIssue({ code: 'custom', path: ['documents', index, 'visibleWhen'], message: `unknown field ${document.visibleWhen.field}` });
      }
    });
  });
export type TServiceDefinition = z.output<typeof ZServiceDefinitionSchema>;
export type TServiceDefinitionInput = z.input<typeof ZServiceDefinitionSchema>;

/** Validates a stored definition; throws with every problem listed. */
export function parseServiceDefinition(value: unknown): TServiceDefinition {
  const result = ZServiceDefinitionSchema.safeParse(value);
  if (!result.success) {
    throw new Error(`Invalid service definition:\n${result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data;
}
