/**
 * Inputs of the form builder. A working copy is a definition being edited: its shape is checked
 * here (types, sizes, no unknown properties), while what makes it publishable (keys unique,
 * conditions on earlier fields, valid patterns, options present) is the definition schema's job,
 * run by the builder on every change and by "Publică" before anything is written.
 */
import { z } from 'zod';
import { DOCUMENT_TYPES, FIELD_TYPES, PREFILL_SOURCES } from '@/lib/services/form/definition';

const zId = z.string().min(1).max(40);
const zText = z.string().max(2000);
const zLocalized = z.object({ ro: zText, en: zText }).strict();
const zKey = z.string().max(100);
/** A bound or length as typed: a number, or text the definition schema will judge (a date, or a mistake). */
const zBound = z.union([z.number(), z.string().max(40)]);

const ZWorkingConditionSchema = z
  .object({ field: zKey, equals: z.union([z.string().max(200), z.boolean(), z.array(z.string().max(200)).max(100)]) })
  .strict();

const ZWorkingOptionSchema = z.object({ value: z.string().max(200), label: zLocalized }).strict();

export const ZWorkingFieldSchema = z
  .object({
    key: zKey,
    type: z.enum(FIELD_TYPES),
    label: zLocalized,
    help: zLocalized.optional(),
    required: z.boolean().optional(),
    min: zBound.optional(),
    max: zBound.optional(),
    minLength: zBound.optional(),
    maxLength: zBound.optional(),
    pattern: z.string().max(500).optional(),
    options: z.array(ZWorkingOptionSchema).max(100).optional(),
    visibleWhen: ZWorkingConditionSchema.optional(),
    prefill: z.enum(PREFILL_SOURCES).optional(),
  })
  .strict();
export type TWorkingField = z.infer<typeof ZWorkingFieldSchema>;

export const ZWorkingDocumentSchema = z
  .object({
    key: zKey,
    name: zLocalized,
    help: zLocalized.optional(),
    required: z.boolean().optional(),
    accept: z.array(z.enum(DOCUMENT_TYPES)).max(DOCUMENT_TYPES.length),
    maxSizeMb: zBound,
    maxFiles: zBound.optional(),
    visibleWhen: ZWorkingConditionSchema.optional(),
  })
  .strict();
export type TWorkingDocument = z.infer<typeof ZWorkingDocumentSchema>;

export const DELIVERY_MODES = ['electronic', 'counter'] as const;

export const ZWorkingCopySchema = z
  .object({
    fields: z.array(ZWorkingFieldSchema).max(200),
    documents: z.array(ZWorkingDocumentSchema).max(50),
    delivery: z.enum(DELIVERY_MODES),
  })
  .strict();
/** A definition being edited in the builder: the definition's shape, not yet its rules. */
export type TWorkingCopy = z.infer<typeof ZWorkingCopySchema>;

/** Saves the builder's working copy; `revision` is the one the page was showing. */
export const ZSaveWorkingCopySchema = z.object({ serviceId: zId, revision: z.number().int().min(0), copy: ZWorkingCopySchema }).strict();
export type TSaveWorkingCopyInput = z.input<typeof ZSaveWorkingCopySchema>;

/** Publishing or discarding the working copy the page shows (`revision`). */
export const ZServiceFormRevisionSchema = z.object({ serviceId: zId, revision: z.number().int().min(0) }).strict();
export type TServiceFormRevisionInput = z.input<typeof ZServiceFormRevisionSchema>;
