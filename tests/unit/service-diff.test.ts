import { describe, expect, it } from 'vitest';
import { parseServiceDefinition, type TServiceDefinitionInput } from '@/lib/services/form/definition';
import { diffDefinitions } from '@/lib/services/form/diff';
import { SEED_SERVICES } from '@/prisma/seed/services';

const label = (ro: string, en = ro) => ({ ro, en });

const BASE: TServiceDefinitionInput = {
  delivery: 'electronic',
  fields: [
    { key: 'fullName', type: 'text', label: label('Nume', 'Name'), required: true, maxLength: 100, prefill: 'fullName' },
    { key: 'purpose', type: 'select', label: label('Scopul', 'Purpose'), required: true, options: [{ value: 'notariat', label: label('Notariat', 'Notary') }, { value: 'banca', label: label('Bancă', 'Bank') }] },
    { key: 'other', type: 'textarea', label: label('Alte detalii', 'Other details'), visibleWhen: { field: 'purpose', equals: 'banca' } },
    { key: 'count', type: 'number', label: label('Număr de exemplare', 'Copies'), min: 1, max: 5 },
    { key: 'declaration', type: 'checkbox', label: label('Declar pe propria răspundere', 'I declare'), required: true },
  ],
  documents: [
    { key: 'identity', name: label('Act de identitate', 'Identity document'), required: true, accept: ['application/pdf', 'image/jpeg'], maxSizeMb: 5 },
    { key: 'proxy', name: label('Împuternicire', 'Power of attorney'), accept: ['application/pdf'], maxSizeMb: 5 },
  ],
};

/** A copy of BASE changed by `edit`, parsed like a published version. */
function variant(edit: (d: TServiceDefinitionInput) => void) {
  const copy = structuredClone(BASE);
  edit(copy);
  return parseServiceDefinition(copy);
}
const base = () => parseServiceDefinition(structuredClone(BASE));

describe('the version diff', () => {
  it('finds nothing between a definition and itself, nor when only key order in the JSON differs', () => {
    expect(diffDefinitions(base(), base()).identical).toBe(true);
    // As jsonb hands it back: the same data, keys in another order.
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverseKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) : value;
    expect(diffDefinitions(base(), reverseKeys(base()) as ReturnType<typeof base>).identical).toBe(true);
    for (const seed of SEED_SERVICES) {
      const definition = parseServiceDefinition(seed.definition);
      expect(diffDefinitions(definition, definition).identical, seed.slug).toBe(true);
    }
  });

  it('lists fields added and removed, with their labels', () => {
    const diff = diffDefinitions(
      base(),
      variant((d) => {
        d.fields.splice(3, 1);
        d.fields.splice(1, 0, { key: 'phone', type: 'phone', label: label('Telefon', 'Phone') });
      }),
    );
    expect(diff.fields.added.map((f) => [f.key, f.label.ro])).toEqual([['phone', 'Telefon']]);
    expect(diff.fields.removed.map((f) => [f.key, f.label.en])).toEqual([['count', 'Copies']]);
    expect(diff.fields.changed).toEqual([]);
    // Adding or removing another field moves nobody.
    expect(diff.fields.moved).toEqual([]);
    expect(diff.identical).toBe(false);
  });

  it('says which properties of a field changed, before and after', () => {
    const diff = diffDefinitions(
      base(),
      variant((d) => {
        const [name, , other, count] = d.fields as [Record<string, unknown>, unknown, Record<string, unknown>, Record<string, unknown>];
        name.label = label('Numele complet', 'Full name');
        name.required = false;
        name.maxLength = 150;
        name.pattern = '^[A-Za-z ]+$';
        delete name.prefill;
        name.help = label('Ca în actul de identitate', 'As in your ID');
        other.visibleWhen = { field: 'purpose', equals: ['banca', 'notariat'] };
        other.type = 'text';
        count.min = 2;
        delete count.max;
      }),
    );
    const byKey = Object.fromEntries(diff.fields.changed.map((c) => [c.key, c]));
    expect(Object.keys(byKey).sort()).toEqual(['count', 'fullName', 'other']);
    expect(byKey.fullName?.label).toEqual(label('Numele complet', 'Full name'));
    expect(byKey.fullName?.changes).toEqual([
      { property: 'label', from: label('Nume', 'Name'), to: label('Numele complet', 'Full name') },
      { property: 'help', from: undefined, to: label('Ca în actul de identitate', 'As in your ID') },
      { property: 'required', from: true, to: false },
      { property: 'maxLength', from: 100, to: 150 },
      { property: 'pattern', from: undefined, to: '^[A-Za-z ]+$' },
      { property: 'prefill', from: 'fullName', to: undefined },
    ]);
    expect(byKey.other?.changes).toEqual([
      { property: 'type', from: 'textarea', to: 'text' },
      { property: 'visibleWhen', from: { field: 'purpose', equals: 'banca' }, to: { field: 'purpose', equals: ['banca', 'notariat'] } },
    ]);
    expect(byKey.count?.changes).toEqual([
      { property: 'min', from: 1, to: 2 },
      { property: 'max', from: 5, to: undefined },
    ]);
    expect(byKey.fullName?.options).toBeNull();
  });

  it('lists options added, removed and relabelled, and a new order of the same options', () => {
    const diff = diffDefinitions(
      base(),
      variant((d) => {
        d.fields[1]!.options = [
          { value: 'banca', label: label('Bancă sau IFN', 'Bank or lender') },
          { value: 'instanta', label: label('Instanță', 'Court') },
        ];
      }),
    );
    expect(diff.fields.changed).toHaveLength(1);
    expect(diff.fields.changed[0]).toMatchObject({
      key: 'purpose',
      changes: [],
      options: {
        added: [{ value: 'instanta', label: label('Instanță', 'Court') }],
        removed: [{ value: 'notariat', label: label('Notariat', 'Notary') }],
        relabelled: [{ value: 'banca', from: label('Bancă', 'Bank'), to: label('Bancă sau IFN', 'Bank or lender') }],
        reordered: false,
      },
    });
    const swapped = diffDefinitions(
      base(),
      variant((d) => void d.fields[1]!.options!.reverse()),
    );
    expect(swapped.fields.changed[0]?.options).toEqual({ added: [], removed: [], relabelled: [], reordered: true });
  });

  it('finds a field moved to another place, and only that one', () => {
    const diff = diffDefinitions(
      base(),
      variant((d) => {
        const [moved] = d.fields.splice(3, 1);
        d.fields.unshift(moved!);
      }),
    );
    expect(diff.fields.moved).toEqual([{ key: 'count', label: label('Număr de exemplare', 'Copies'), from: 4, to: 1 }]);
    expect(diff.fields.added).toEqual([]);
    expect(diff.fields.changed).toEqual([]);
  });

  it('compares documents the same way, and the delivery', () => {
    const diff = diffDefinitions(
      base(),
      variant((d) => {
        d.delivery = 'counter';
        d.documents ??= [];
        d.documents[0]!.maxSizeMb = 10;
        d.documents[0]!.accept = ['application/pdf'];
        d.documents.reverse();
        d.documents.push({ key: 'plan', name: label('Plan de situație', 'Site plan'), accept: ['application/pdf'], maxSizeMb: 20, maxFiles: 3 });
        d.documents = d.documents.filter((doc) => doc.key !== 'proxy');
      }),
    );
    expect(diff.delivery).toEqual({ from: 'electronic', to: 'counter' });
    expect(diff.documents.added.map((doc) => doc.key)).toEqual(['plan']);
    expect(diff.documents.removed.map((doc) => doc.key)).toEqual(['proxy']);
    expect(diff.documents.changed).toEqual([
      {
        key: 'identity',
        name: label('Act de identitate', 'Identity document'),
        changes: [
          { property: 'accept', from: ['application/pdf', 'image/jpeg'], to: ['application/pdf'] },
          { property: 'maxSizeMb', from: 5, to: 10 },
        ],
      },
    ]);
    expect(diff.documents.moved).toEqual([]);
    expect(diff.fields).toEqual({ added: [], removed: [], changed: [], moved: [] });
  });

  it('reads a required flag left out as "not required" (the schema default), not as a change', () => {
    const explicit = variant((d) => {
      d.fields[2]!.required = false;
      d.documents ??= [];
      d.documents[1]!.required = false;
      d.documents[1]!.maxFiles = 1;
    });
    expect(diffDefinitions(base(), explicit).identical).toBe(true);
  });
});
