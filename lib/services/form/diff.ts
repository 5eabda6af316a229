/**
 * What changed between two form definitions, as a person reads it: fields and documents added,
 * removed, changed (property by property, options added / removed / relabelled) and moved, and the
 * change of delivery. Pure: the versions page renders it in the reader's language.
 */
import type { TDocumentRequirement, TField, TLocalized, TServiceDefinition } from '@/lib/services/form/definition';

export const FIELD_PROPERTIES = ['label', 'help', 'type', 'required', 'min', 'max', 'minLength', 'maxLength', 'pattern', 'visibleWhen', 'prefill'] as const;
export const DOCUMENT_PROPERTIES = ['name', 'help', 'required', 'accept', 'maxSizeMb', 'maxFiles', 'visibleWhen'] as const;

export type TFieldProperty = (typeof FIELD_PROPERTIES)[number];
export type TDocumentProperty = (typeof DOCUMENT_PROPERTIES)[number];

/** One property's value before and after (undefined: not set). */
export type TPropertyChange<P extends string> = { property: P; from: unknown; to: unknown };

type TOption = NonNullable<TField['options']>[number];
export type TOptionsDiff = {
  added: TOption[];
  removed: TOption[];
  relabelled: { value: string; from: TLocalized; to: TLocalized }[];
  /** The same options in another order. */
  reordered: boolean;
};

export type TFieldChange = { key: string; label: TLocalized; changes: TPropertyChange<TFieldProperty>[]; options: TOptionsDiff | null };
export type TDocumentChange = { key: string; name: TLocalized; changes: TPropertyChange<TDocumentProperty>[] };
/** An item that is in both versions at another place in the order (positions from 1). */
export type TMove = { key: string; label: TLocalized; from: number; to: number };

export type TDefinitionDiff = {
  fields: { added: TField[]; removed: TField[]; changed: TFieldChange[]; moved: TMove[] };
  documents: { added: TDocumentRequirement[]; removed: TDocumentRequirement[]; changed: TDocumentChange[]; moved: TMove[] };
  delivery: { from: TServiceDefinition['delivery']; to: TServiceDefinition['delivery'] } | null;
  /** Nothing at all changed. */
  identical: boolean;
};

/** Equal as data (key order does not matter; an absent value equals undefined). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}

/** The keys in both lists that keep their relative order (a longest common subsequence); the others moved. */
function stableKeys(from: string[], to: string[]): Set<string> {
  const n = from.length;
  const m = to.length;
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lengths[i]![j] = from[i] === to[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (from[i] === to[j]) {
      kept.add(from[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

function diffList<T extends { key: string }, P extends string>(from: T[], to: T[], properties: readonly P[], labelOf: (item: T) => TLocalized) {
  const before = new Map(from.map((item) => [item.key, item]));
  const after = new Map(to.map((item) => [item.key, item]));
  const added = to.filter((item) => !before.has(item.key));
  const removed = from.filter((item) => !after.has(item.key));
  const changed: { key: string; label: TLocalized; changes: TPropertyChange<P>[]; old: T; current: T }[] = [];
  for (const item of to) {
    const old = before.get(item.key);
    if (!old) continue;
    const changes = properties
      .filter((property) => !same((old as Record<string, unknown>)[property], (item as Record<string, unknown>)[property]))
      .map((property) => ({ property, from: (old as Record<string, unknown>)[property], to: (item as Record<string, unknown>)[property] }));
    changed.push({ key: item.key, label: labelOf(item), changes, old, current: item });
  }
  const commonFrom = from.filter((item) => after.has(item.key)).map((item) => item.key);
  const commonTo = to.filter((item) => before.has(item.key)).map((item) => item.key);
  const kept = stableKeys(commonFrom, commonTo);
  const moved: TMove[] = to
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => before.has(item.key) && !kept.has(item.key))
    .map(({ item, index }) => ({ key: item.key, label: labelOf(item), from: from.findIndex((old) => old.key === item.key) + 1, to: index + 1 }));
  return { added, removed, changed, moved };
}

function diffOptions(from: TField['options'], to: TField['options']): TOptionsDiff | null {
  if (same(from, to)) return null;
  const before = new Map((from ?? []).map((o) => [o.value, o]));
  const after = new Map((to ?? []).map((o) => [o.value, o]));
  const added = (to ?? []).filter((o) => !before.has(o.value));
  const removed = (from ?? []).filter((o) => !after.has(o.value));
  const relabelled = (to ?? []).flatMap((o) => {
    const old = before.get(o.value);
    return old && !same(old.label, o.label) ? [{ value: o.value, from: old.label, to: o.label }] : [];
  });
  const commonFrom = (from ?? []).filter((o) => after.has(o.value)).map((o) => o.value);
  const commonTo = (to ?? []).filter((o) => before.has(o.value)).map((o) => o.value);
  return { added, removed, relabelled, reordered: !same(commonFrom, commonTo) };
}

/** The differences from definition `from` to definition `to`. */
export function diffDefinitions(from: TServiceDefinition, to: TServiceDefinition): TDefinitionDiff {
  const fields = diffList(from.fields, to.fields, FIELD_PROPERTIES, (field) => field.label);
  const fieldChanges: TFieldChange[] = fields.changed
    .map(({ key, label, changes, old, current }) => ({ key, label, changes, options: diffOptions(old.options, current.options) }))
    .filter((change) => change.changes.length > 0 || change.options !== null);
  const documents = diffList(from.documents, to.documents, DOCUMENT_PROPERTIES, (document) => document.name);
  const documentChanges: TDocumentChange[] = documents.changed.filter((c) => c.changes.length > 0).map(({ key, label, changes }) => ({ key, name: label, changes }));
  const delivery = from.delivery === to.delivery ? null : { from: from.delivery, to: to.delivery };
  const identical =
    fields.added.length + fields.removed.length + fieldChanges.length + fields.moved.length + documents.added.length + documents.removed.length + documentChanges.length + documents.moved.length === 0 &&
    delivery === null;
  return {
    fields: { added: fields.added, removed: fields.removed, changed: fieldChanges, moved: fields.moved },
    documents: { added: documents.added, removed: documents.removed, changed: documentChanges, moved: documents.moved },
    delivery,
    identical,
  };
}
