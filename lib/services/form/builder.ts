/**
 * The form builder's operations on a working copy: pure functions that take a copy and return a
 * new one, never changing the one they are given (the builder keeps the previous copy to compare
 * and to save). A working copy may not validate yet; `validateWorkingCopy` says what is wrong, at
 * the builder's paths ("fields.2.pattern"), as message keys of `serviceBuilder.errors`, with the
 * same schema that validates seeded definitions and "Publică".
 *
 * Removing a field removes the conditions that looked at it (on fields and documents) and says
 * which; moving a field below a field whose condition looks at it keeps the condition, which is
 * then flagged by validation ("conditionLater") until it is changed or the field moved back.
 */
import type { z } from 'zod';
import type { TWorkingCopy, TWorkingDocument, TWorkingField } from '@/lib/services/admin/form-schemas';
import { toSearchText } from '@/lib/services/search-text';
import { ZDocumentRequirementSchema, ZFieldSchema, ZServiceDefinitionSchema, type TServiceDefinition } from '@/lib/services/form/definition';

export type { TWorkingCopy, TWorkingDocument, TWorkingField };
export type TFieldType = TWorkingField['type'];
export type TWorkingCondition = NonNullable<TWorkingField['visibleWhen']>;

const KEY_MAX = 50;

/** Types that take a list of options. */
export const hasOptions = (type: TFieldType) => type === 'select' || type === 'radio';
/** Types whose text can be limited in length and checked with a pattern. */
export const hasTextRules = (type: TFieldType) => type === 'text' || type === 'textarea' || type === 'email';
/** Types that take min/max: numbers and dates. */
export const hasBounds = (type: TFieldType) => type === 'number' || type === 'date';
/** Types that can be filled in from the applicant's account. */
export const hasPrefill = (type: TFieldType) => !['select', 'radio', 'checkbox', 'number', 'date'].includes(type);

/** "Numărul cadastral al terenului" → "numarulCadastralAlTerenului": no diacritics, camelCase, starts with a letter. */
export function keyFromLabel(label: string): string {
  const words = toSearchText(label).split(' ').filter(Boolean);
  let key = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  key = key.replace(/[^a-zA-Z0-9]/g, '');
  if (!/^[a-z]/.test(key)) key = `camp${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  return key.slice(0, KEY_MAX);
}

/** The first of `base`, `base2`, `base3`… that `taken` does not hold, within the key's 50 characters. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, KEY_MAX - String(n).length)}${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Whether `key` is what the builder made from `label` (the label's key, or it numbered): it may follow a renamed label. */
function isDerivedKey(key: string, label: string): boolean {
  const base = keyFromLabel(label);
  if (key === base) return true;
  for (let digits = 1; digits <= 3; digits++) {
    const n = key.slice(-digits);
    if (/^\d+$/.test(n) && Number(n) >= 2 && key === `${base.slice(0, KEY_MAX - n.length)}${n}`) return true;
  }
  return false;
}

const fieldKeys = (copy: TWorkingCopy, except?: number) => copy.fields.filter((_, index) => index !== except).map((field) => field.key);
const documentKeys = (copy: TWorkingCopy, except?: number) => copy.documents.filter((_, index) => index !== except).map((document) => document.key);

function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item!);
  return next;
}

/** Drops the properties set to undefined, so that a stored copy has no `"min": null` leftovers. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An empty form to start from: one text field, no documents, the answer in the portal. */
export function startingCopy(): TWorkingCopy {
  return addField({ fields: [], documents: [], delivery: 'electronic' }, 'text').copy;
}

const NEW_FIELD_LABEL = { ro: 'Câmp nou', en: 'New field' };

function newOption(existing: readonly { value: string }[], number: number) {
  const label = { ro: `Opțiunea ${number}`, en: `Option ${number}` };
  return { value: uniqueKey(keyFromLabel(label.ro), existing.map((o) => o.value)), label };
}

/** Adds a field of `type` at `at` (default: the end); returns the copy and where the field is. */
export function addField(copy: TWorkingCopy, type: TFieldType, at: number = copy.fields.length): { copy: TWorkingCopy; index: number } {
  const index = Math.max(0, Math.min(copy.fields.length, at));
  const field: TWorkingField = { key: uniqueKey(keyFromLabel(NEW_FIELD_LABEL.ro), fieldKeys(copy)), type, label: { ...NEW_FIELD_LABEL }, required: false };
  if (hasOptions(type)) field.options = [newOption([], 1)];
  const fields = [...copy.fields];
  fields.splice(index, 0, field);
  return { copy: { ...copy, fields }, index };
}

/** Moves a field to `to` (clamped to the list). */
export function moveField(copy: TWorkingCopy, from: number, to: number): TWorkingCopy {
  return { ...copy, fields: move(copy.fields, from, to) };
}

/** A copy of the field right below it, with a new unique key and "(copie)" in its labels. */
export function duplicateField(copy: TWorkingCopy, index: number): { copy: TWorkingCopy; index: number } {
  const field = copy.fields[index];
  if (!field) return { copy, index };
  const duplicate: TWorkingField = structuredClone(field);
  duplicate.key = uniqueKey(field.key.replace(/\d+$/, '') || field.key, fieldKeys(copy));
  duplicate.label = { ro: `${field.label.ro} (copie)`, en: `${field.label.en} (copy)` };
  const fields = [...copy.fields];
  fields.splice(index + 1, 0, duplicate);
  return { copy: { ...copy, fields }, index: index + 1 };
}

/** Removes a field, and every condition (of fields and documents) that looked at it; `cleared` names what lost its condition. */
export function removeField(copy: TWorkingCopy, index: number): { copy: TWorkingCopy; cleared: string[] } {
  const removed = copy.fields[index];
  if (!removed) return { copy, cleared: [] };
  const cleared: string[] = [];
  const unlink = <T extends { key: string; visibleWhen?: TWorkingCondition }>(item: T): T => {
    if (item.visibleWhen?.field !== removed.key) return item;
    cleared.push(item.key);
    const rest = { ...item };
    delete rest.visibleWhen;
    return rest;
  };
  const fields = copy.fields.filter((_, i) => i !== index).map(unlink);
  const documents = copy.documents.map(unlink);
  return { copy: { ...copy, fields, documents }, cleared };
}

/** Conditions that looked at `from` now look at `to` (a renamed key). */
function renameConditionTarget(copy: TWorkingCopy, from: string, to: string): TWorkingCopy {
  const relink = <T extends { visibleWhen?: TWorkingCondition }>(item: T): T => (item.visibleWhen?.field === from ? { ...item, visibleWhen: { ...item.visibleWhen, field: to } } : item);
  return { ...copy, fields: copy.fields.map(relink), documents: copy.documents.map(relink) };
}

export type TFieldPatch = Partial<{ [K in keyof TWorkingField]: TWorkingField[K] | undefined }>;

/**
 * Changes a field's properties (undefined removes one). A new key is followed by the conditions
 * that looked at the old one; a new Romanian label renames a key the builder made from the old
 * label, so that keys stay readable without being typed. A new type drops what it does not take.
 */
export function setField(copy: TWorkingCopy, index: number, patch: TFieldPatch): TWorkingCopy {
  const field = copy.fields[index];
  if (!field) return copy;
  let next: TWorkingField = compact({ ...field, ...patch } as TWorkingField);
  if (patch.label && patch.key === undefined && patch.label.ro !== field.label.ro && isDerivedKey(field.key, field.label.ro) && keyFromLabel(patch.label.ro)) {
    next.key = uniqueKey(keyFromLabel(patch.label.ro), fieldKeys(copy, index));
  }
  if (patch.type && patch.type !== field.type) next = retype(next, patch.type);
  const fields = copy.fields.map((f, i) => (i === index ? next : f));
  const updated = { ...copy, fields };
  return next.key !== field.key ? renameConditionTarget(updated, field.key, next.key) : updated;
}

/** The field as the new type takes it: options added or dropped, bounds and text rules kept only where they apply. */
function retype(field: TWorkingField, type: TFieldType): TWorkingField {
  const next: TWorkingField = { ...field, type };
  if (hasOptions(type)) next.options = field.options?.length ? field.options : [newOption([], 1)];
  else delete next.options;
  if (!hasTextRules(type)) {
    delete next.minLength;
    delete next.maxLength;
    delete next.pattern;
  }
  // A number's bounds are not a date's, and other types take none.
  delete next.min;
  delete next.max;
  if (!hasPrefill(type)) delete next.prefill;
  return next;
}

/** Adds an option at the end of a select or radio field. */
export function addOption(copy: TWorkingCopy, fieldIndex: number): TWorkingCopy {
  const field = copy.fields[fieldIndex];
  if (!field) return copy;
  const options = field.options ?? [];
  return setField(copy, fieldIndex, { options: [...options, newOption(options, options.length + 1)] });
}

/** Conditions on `fieldKey` that named `from` now name `to` (undefined: the value is gone). */
function mapConditionValues(copy: TWorkingCopy, fieldKey: string, from: string, to: string | undefined): TWorkingCopy {
  const remap = <T extends { visibleWhen?: TWorkingCondition }>(item: T): T => {
    const condition = item.visibleWhen;
    if (!condition || condition.field !== fieldKey) return item;
    const { equals } = condition;
    if (Array.isArray(equals)) {
      if (!equals.includes(from)) return item;
      const values = to === undefined ? equals.filter((v) => v !== from) : equals.map((v) => (v === from ? to : v));
      return { ...item, visibleWhen: { ...condition, equals: values } };
    }
    if (equals === from) return { ...item, visibleWhen: { ...condition, equals: to ?? '' } };
    return item;
  };
  return { ...copy, fields: copy.fields.map(remap), documents: copy.documents.map(remap) };
}

/** Removes an option; conditions that named it no longer do (an emptied one is flagged by validation). */
export function removeOption(copy: TWorkingCopy, fieldIndex: number, optionIndex: number): TWorkingCopy {
  const field = copy.fields[fieldIndex];
  const option = field?.options?.[optionIndex];
  if (!field || !option) return copy;
  const next = setField(copy, fieldIndex, { options: field.options!.filter((_, i) => i !== optionIndex) });
  return mapConditionValues(next, field.key, option.value, undefined);
}

export function moveOption(copy: TWorkingCopy, fieldIndex: number, from: number, to: number): TWorkingCopy {
  const field = copy.fields[fieldIndex];
  if (!field?.options) return copy;
  return setField(copy, fieldIndex, { options: move(field.options, from, to) });
}

/**
 * Changes an option's label or value. A new Romanian label renames a value the builder made from
 * the old label; a new value is followed by the conditions that named the old one.
 */
export function setOption(copy: TWorkingCopy, fieldIndex: number, optionIndex: number, patch: { value?: string; label?: { ro: string; en: string } }): TWorkingCopy {
  const field = copy.fields[fieldIndex];
  const option = field?.options?.[optionIndex];
  if (!field || !option) return copy;
  const next = { ...option, ...compact(patch) };
  if (patch.label && patch.value === undefined && patch.label.ro !== option.label.ro && isDerivedKey(option.value, option.label.ro) && keyFromLabel(patch.label.ro)) {
    next.value = uniqueKey(keyFromLabel(patch.label.ro), field.options!.filter((_, i) => i !== optionIndex).map((o) => o.value));
  }
  const updated = setField(copy, fieldIndex, { options: field.options!.map((o, i) => (i === optionIndex ? next : o)) });
  return next.value !== option.value ? mapConditionValues(updated, field.key, option.value, next.value) : updated;
}

/** The fields a field's condition may look at: those above it (every field, for a document). */
export function conditionCandidates(copy: TWorkingCopy, fieldIndex?: number): TWorkingField[] {
  return fieldIndex === undefined ? copy.fields : copy.fields.slice(0, Math.max(0, fieldIndex));
}

/** What a new condition on `target` starts with: its first option, a ticked box, or a text to type. */
export function defaultConditionValue(target: TWorkingField): TWorkingCondition['equals'] {
  if (hasOptions(target.type)) return target.options?.[0] ? [target.options[0].value] : [];
  if (target.type === 'checkbox') return true;
  return '';
}

/**
 * Shows the field only when an earlier field has a value (or one of values); null removes the
 * condition. A condition on a field that is not above is kept and flagged by validation.
 */
export function setCondition(copy: TWorkingCopy, fieldIndex: number, condition: TWorkingCondition | null): TWorkingCopy {
  return setField(copy, fieldIndex, { visibleWhen: condition ?? undefined });
}

// ─────────────────────────────── documents ───────────────────────────────

const NEW_DOCUMENT_NAME = { ro: 'Document nou', en: 'New document' };

export function addDocument(copy: TWorkingCopy, at: number = copy.documents.length): { copy: TWorkingCopy; index: number } {
  const index = Math.max(0, Math.min(copy.documents.length, at));
  const document: TWorkingDocument = {
    key: uniqueKey(keyFromLabel(NEW_DOCUMENT_NAME.ro), documentKeys(copy)),
    name: { ...NEW_DOCUMENT_NAME },
    required: false,
    accept: ['application/pdf'],
    maxSizeMb: 10,
    maxFiles: 1,
  };
  const documents = [...copy.documents];
  documents.splice(index, 0, document);
  return { copy: { ...copy, documents }, index };
}

export function moveDocument(copy: TWorkingCopy, from: number, to: number): TWorkingCopy {
  return { ...copy, documents: move(copy.documents, from, to) };
}

export function duplicateDocument(copy: TWorkingCopy, index: number): { copy: TWorkingCopy; index: number } {
  const document = copy.documents[index];
  if (!document) return { copy, index };
  const duplicate: TWorkingDocument = structuredClone(document);
  duplicate.key = uniqueKey(document.key.replace(/\d+$/, '') || document.key, documentKeys(copy));
  duplicate.name = { ro: `${document.name.ro} (copie)`, en: `${document.name.en} (copy)` };
  const documents = [...copy.documents];
  documents.splice(index + 1, 0, duplicate);
  return { copy: { ...copy, documents }, index: index + 1 };
}

export function removeDocument(copy: TWorkingCopy, index: number): TWorkingCopy {
  return { ...copy, documents: copy.documents.filter((_, i) => i !== index) };
}

export type TDocumentPatch = Partial<{ [K in keyof TWorkingDocument]: TWorkingDocument[K] | undefined }>;

/** Changes a document requirement (undefined removes a property); a new Romanian name renames a key made from the old one. */
export function setDocument(copy: TWorkingCopy, index: number, patch: TDocumentPatch): TWorkingCopy {
  const document = copy.documents[index];
  if (!document) return copy;
  const next = compact({ ...document, ...patch } as TWorkingDocument);
  if (patch.name && patch.key === undefined && patch.name.ro !== document.name.ro && isDerivedKey(document.key, document.name.ro) && keyFromLabel(patch.name.ro)) {
    next.key = uniqueKey(keyFromLabel(patch.name.ro), documentKeys(copy, index));
  }
  return { ...copy, documents: copy.documents.map((d, i) => (i === index ? next : d)) };
}

export function setDelivery(copy: TWorkingCopy, delivery: TWorkingCopy['delivery']): TWorkingCopy {
  return { ...copy, delivery };
}

/** A help text with one language changed: none at all when both languages are empty. */
export function withHelpText(help: TWorkingField['help'], language: 'ro' | 'en', text: string): TWorkingField['help'] {
  const next = { ro: help?.ro ?? '', en: help?.en ?? '', [language]: text };
  return next.ro.trim() === '' && next.en.trim() === '' ? undefined : next;
}

// ─────────────────────────────── validation ───────────────────────────────

/** What can be wrong with a working copy: message keys of `serviceBuilder.errors`. */
export const BUILDER_ERRORS = [
  'fieldsRequired',
  'keyFormat',
  'keyDuplicate',
  'textRequired',
  'conditionLater',
  'conditionUnknown',
  'conditionValueRequired',
  'patternInvalid',
  'optionsRequired',
  'optionValueRequired',
  'optionValueTooLong',
  'boundNumber',
  'boundDate',
  'lengthInvalid',
  'acceptRequired',
  'maxSizeInvalid',
  'maxFilesInvalid',
  'invalid',
] as const;
export type TBuilderError = (typeof BUILDER_ERRORS)[number];

/** Errors by builder path ("fields.2.pattern", "documents.0.accept", "fields"). */
export type TBuilderErrors = Record<string, TBuilderError[]>;

type TIssue = z.core.$ZodIssue;

/** The builder's message for one issue of the definition schema, given where it is (`item`: the field or document). */
function errorOf(issue: TIssue, section: string | undefined, item: { type?: string } | undefined): TBuilderError {
  const path = issue.path.map(String);
  const last = path.at(-1);
  if (path.includes('visibleWhen')) {
    if (path.includes('equals')) return 'conditionValueRequired';
    return section === 'documents' ? 'conditionUnknown' : 'conditionLater';
  }
  if (path.includes('options')) {
    if (last === 'options') return 'optionsRequired';
    if (last === 'value') return issue.code === 'too_big' ? 'optionValueTooLong' : 'optionValueRequired';
    if (last === 'ro' || last === 'en') return 'textRequired';
  }
  switch (last) {
    case 'fields':
      return 'fieldsRequired';
    case 'key':
      return issue.code === 'custom' && issue.message.startsWith('duplicate') ? 'keyDuplicate' : 'keyFormat';
    case 'ro':
    case 'en':
      return 'textRequired';
    case 'pattern':
      return 'patternInvalid';
    case 'min':
    case 'max':
      return item?.type === 'date' ? 'boundDate' : 'boundNumber';
    case 'minLength':
    case 'maxLength':
      return 'lengthInvalid';
    case 'accept':
      return 'acceptRequired';
    case 'maxSizeMb':
      return 'maxSizeInvalid';
    case 'maxFiles':
      return 'maxFilesInvalid';
    default:
      return 'invalid';
  }
}

function collect(errors: TBuilderErrors, copy: TWorkingCopy, issues: readonly TIssue[], prefix: (string | number)[] = []) {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path].map((p) => (typeof p === 'symbol' ? String(p.description) : p));
    const [section, index] = path;
    const list = section === 'fields' ? copy.fields : section === 'documents' ? copy.documents : undefined;
    const item = list && typeof index === 'number' ? (list[index] as { type?: string } | undefined) : undefined;
    // A bound on a label's language goes on that language; everything else on the property it is about.
    const name = path.join('.');
    const error = errorOf({ ...issue, path } as TIssue, typeof section === 'string' ? section : undefined, item);
    const at = (errors[name] ??= []);
    if (!at.includes(error)) at.push(error);
  }
}

/**
 * Checks a working copy with the definition schema (the one seeds and "Publică" use). Each field
 * and document is checked on its own too, so that one wrong field does not hide the others'
 * errors. `ok` is exactly the definition schema's verdict; `definition` is then what is published.
 */
export function validateWorkingCopy(copy: TWorkingCopy): { ok: true; definition: TServiceDefinition } | { ok: false; errors: TBuilderErrors } {
  const whole = ZServiceDefinitionSchema.safeParse(copy);
  if (whole.success) return { ok: true, definition: whole.data };
  const errors: TBuilderErrors = {};
  copy.fields.forEach((field, index) => {
    const result = ZFieldSchema.safeParse(field);
    if (!result.success) collect(errors, copy, result.error.issues, ['fields', index]);
  });
  copy.documents.forEach((document, index) => {
    const result = ZDocumentRequirementSchema.safeParse(document);
    if (!result.success) collect(errors, copy, result.error.issues, ['documents', index]);
  });
  collect(errors, copy, whole.error.issues);
  // The schema checks keys and conditions across fields only once every field is valid; the same rules, said at once.
  const seen = new Set<string>();
  copy.fields.forEach((field, index) => {
    if (seen.has(field.key)) collect(errors, copy, [{ code: 'custom', path: ['fields', index, 'key'], message: 'duplicate', input: field.key }]);
    if (field.visibleWhen && !seen.has(field.visibleWhen.field)) collect(errors, copy, [{ code: 'custom', path: ['fields', index, 'visibleWhen'], message: 'later', input: field.visibleWhen }]);
    seen.add(field.key);
  });
  const seenDocuments = new Set<string>();
  copy.documents.forEach((document, index) => {
    if (seenDocuments.has(document.key)) collect(errors, copy, [{ code: 'custom', path: ['documents', index, 'key'], message: 'duplicate', input: document.key }]);
    if (document.visibleWhen && !seen.has(document.visibleWhen.field)) {
      collect(errors, copy, [{ code: 'custom', path: ['documents', index, 'visibleWhen'], message: 'unknown', input: document.visibleWhen }]);
    }
    seenDocuments.add(document.key);
  });
  return { ok: false, errors };
}

/** What a builder path is about, to name it in a list of problems: a field or a document (position from 1, its Romanian label or key), or the form. */
export function problemTarget(copy: TWorkingCopy, path: string): { kind: 'field'; position: number; label: string } | { kind: 'document'; position: number; name: string } | { kind: 'form' } {
  const field = /^fields\.(\d+)/.exec(path);
  if (field) {
    const index = Number(field[1]);
    return { kind: 'field', position: index + 1, label: copy.fields[index]?.label.ro || copy.fields[index]?.key || '' };
  }
  const document = /^documents\.(\d+)/.exec(path);
  if (document) {
    const index = Number(document[1]);
    return { kind: 'document', position: index + 1, name: copy.documents[index]?.name.ro || copy.documents[index]?.key || '' };
  }
  return { kind: 'form' };
}

/** The errors of one item ("fields.2"), by property path below it ("pattern", "label.ro", "options.1.value"). */
export function errorsUnder(errors: TBuilderErrors, prefix: string): TBuilderErrors {
  const out: TBuilderErrors = {};
  for (const [path, list] of Object.entries(errors)) {
    if (path === prefix) out[''] = list;
    else if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = list;
  }
  return out;
}
