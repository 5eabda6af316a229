import { describe, expect, it } from 'vitest';
import { buildAnswersSchema, isConditionMet } from '@/lib/services/form/answers';
import { parseServiceDefinition, type TServiceDefinitionInput } from '@/lib/services/form/definition';
import { normalizeIban } from '@/lib/services/form/iban';

const label = (ro: string) => ({ ro, en: ro });

const DEFINITION: TServiceDefinitionInput = {
  delivery: 'electronic',
  fields: [
    { key: 'applicantName', type: 'text', label: label('Nume'), required: true, minLength: 3, maxLength: 60, prefill: 'fullName' },
    { key: 'cnp', type: 'cnp', label: label('CNP'), required: true, prefill: 'cnp' },
    {
      key: 'propertyType',
      type: 'radio',
      label: label('Tip imobil'),
      required: true,
      options: [
        { value: 'teren', label: label('Teren') },
        { value: 'cladire', label: label('Clădire') },
      ],
    },
    { key: 'cadastralNumber', type: 'text', label: label('Număr cadastral'), required: true, pattern: '\\d{3,10}', visibleWhen: { field: 'propertyType', equals: 'teren' } },
    { key: 'area', type: 'number', label: label('Suprafața (mp)'), min: 1, max: 100000, visibleWhen: { field: 'propertyType', equals: ['teren', 'cladire'] } },
    { key: 'since', type: 'date', label: label('Data dobândirii'), max: 'today' },
    { key: 'iban', type: 'iban', label: label('IBAN') },
    { key: 'phone', type: 'phone', label: label('Telefon') },
    { key: 'address', type: 'address', label: label('Adresa imobilului'), required: true },
    { key: 'agree', type: 'checkbox', label: label('Declar pe propria răspundere'), required: true },
  ],
  documents: [{ key: 'identity', name: label('Act de identitate'), required: true, accept: ['application/pdf', 'image/jpeg'], maxSizeMb: 5 }],
};

const ADDRESS = { county: 'Neamț', locality: 'Roman', street: 'Str. Cuza Vodă', number: '3', postalCode: '611002' };
const now = () => new Date('2026-11-28T10:00:00Z');

describe('service definitions', () => {
  it('parse with defaults', () => {
    const definition = parseServiceDefinition(DEFINITION);
    expect(definition.fields[5]?.required).toBe(false);
    expect(definition.documents[0]?.maxFiles).toBe(1);
  });

  it('reject duplicate keys, conditions on unknown or later fields, options on the wrong types, bad bounds and patterns', () => {
    const broken = {
      delivery: 'counter',
      fields: [
        { key: 'a', type: 'text', label: label('A'), visibleWhen: { field: 'b', equals: 'x' } },
        { key: 'b', type: 'select', label: label('B') },
        { key: 'b', type: 'text', label: label('B2'), options: [{ value: 'x', label: label('X') }] },
        { key: 'c', type: 'number', label: label('C'), min: 'today' },
        { key: 'd', type: 'text', label: label('D'), pattern: '(' },
      ],
      documents: [],
    };
    let message = '';
    try {
      parseServiceDefinition(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('fields.0.visibleWhen: unknown or later field b');
    expect(message).toContain('fields.1.options: select needs options');
    expect(message).toContain('fields.2.key: duplicate field key b');
    expect(message).toContain('fields.2.options: text takes no options');
    expect(message).toContain('fields.3.min: min does not fit a number field');
    expect(message).toContain('fields.4.pattern: invalid regular expression');
  });

  it('refuse unknown properties and a missing English label', () => {
    expect(() => parseServiceDefinition({ ...DEFINITION, extra: 1 })).toThrow();
    expect(() => parseServiceDefinition({ delivery: 'electronic', fields: [{ key: 'x', type: 'text', label: { ro: 'X' } }] })).toThrow(/label\.en/);
  });
});

describe('answers schema built from a definition', () => {
  const schema = buildAnswersSchema(parseServiceDefinition(DEFINITION), { now });
  const valid = {
    applicantName: 'Ion Popescu',
    cnp: '1800101270018',
    propertyType: 'teren',
    cadastralNumber: '51234',
    area: '350,5',
    since: '2020-05-01',
    iban: 'RO49 AAAA 1B31 0075 9384 0000',
    phone: '0722 123 456',
    address: ADDRESS,
    agree: true,
  };

  it('accepts valid answers and normalizes them', () => {
    expect(schema.parse(valid)).toEqual({
      ...valid,
      area: 350.5,
      iban: 'RO49AAAA1B31007593840000',
      phone: '+40722123456',
    });
  });

  it('does not validate nor keep a hidden field (condition not met)', () => {
    const result = schema.parse({ ...valid, propertyType: 'cladire', cadastralNumber: 'not digits' });
    expect(result).not.toHaveProperty('cadastralNumber');
    expect(result.area).toBe(350.5);
  });

  it('reports every error with the field path and a message key', () => {
    const result = schema.safeParse({
      applicantName: 'Io',
      cnp: '1800101123456',
      propertyType: 'teren',
      cadastralNumber: '12',
      area: '0',
      since: '2027-01-01',
      iban: 'RO49AAAA1B31007593840001',
      phone: '12',
      address: { ...ADDRESS, postalCode: '6110' },
      agree: false,
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(issues).toEqual({
      applicantName: 'form.tooShort',
      cnp: 'cnp.checksum',
      cadastralNumber: 'form.pattern',
      area: 'form.tooSmall',
      since: 'form.dateTooLate',
      iban: 'iban.invalid',
      phone: 'phone.invalid',
      'address.postalCode': 'address.postalCode',
      agree: 'form.required',
    });
  });

  it('requires what is required and leaves optional empty fields out', () => {
    const result = schema.safeParse({ propertyType: '', area: '', since: '' });
    const paths = (result.error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual([
      'applicantName',
      'cnp',
      'propertyType',
      'address.county',
      'address.locality',
      'address.street',
      'address.number',
      'address.postalCode',
      'agree',
    ]);
  });

  it('names each missing or invalid part of an address, never the address as a whole', () => {
    const issuesOf = (address: unknown) =>
      Object.fromEntries((schema.safeParse({ ...valid, address }).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(issuesOf({ locality: 'Roman' })).toEqual({
      'address.county': 'address.county',
      'address.street': 'address.street',
      'address.number': 'address.number',
      'address.postalCode': 'address.postalCode',
    });
    expect(issuesOf({ county: '', locality: '', street: '', number: '', postalCode: '' })).toEqual({
      'address.county': 'address.county',
      'address.locality': 'address.locality',
      'address.street': 'address.street',
      'address.number': 'address.number',
      'address.postalCode': 'address.postalCode',
    });
    expect(issuesOf({ ...ADDRESS, county: 'Narnia', number: '' })).toEqual({ 'address.county': 'address.county', 'address.number': 'address.number' });
  });

  it('lets an optional address stay blank, but not half-filled', () => {
    const optional = buildAnswersSchema({ fields: [{ key: 'mail', type: 'address', label: { ro: 'Adresa de corespondență', en: 'Mailing address' }, required: false }] } as never);
    expect(optional.parse({ mail: { county: '', locality: '' } })).toEqual({});
    expect((optional.safeParse({ mail: { locality: 'Roman' } }).error?.issues ?? []).map((i) => i.path.join('.'))).toContain('mail.street');
  });

  it('rejects an option that is not in the list and an impossible date', () => {
    const result = schema.safeParse({ ...valid, propertyType: 'castel', since: '2026-02-30' });
    const issues = (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues).toEqual(['propertyType:form.option', 'since:form.date']);
  });

  it('conditions match a value or one of several', () => {
    expect(isConditionMet({ field: 'a', equals: 'x' }, { a: 'x' })).toBe(true);
    expect(isConditionMet({ field: 'a', equals: ['x', 'y'] }, { a: 'y' })).toBe(true);
    expect(isConditionMet({ field: 'a', equals: true }, { a: true })).toBe(true);
    expect(isConditionMet({ field: 'a', equals: 'x' }, {})).toBe(false);
    expect(isConditionMet(undefined, {})).toBe(true);
  });
});

describe('IBAN', () => {
  it('accepts valid IBANs in any spacing and case, and refuses a wrong check or length', () => {
    expect(normalizeIban('ro49 aaaa 1b31 0075 9384 0000')).toBe('RO49AAAA1B31007593840000');
    expect(normalizeIban('DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(normalizeIban('RO49AAAA1B31007593840001')).toBeNull();
    expect(normalizeIban('RO49AAAA1B3100759384000')).toBeNull();
    expect(normalizeIban('not an iban')).toBeNull();
  });
});
