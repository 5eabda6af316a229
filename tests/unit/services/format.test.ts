import { describe, expect, it } from 'vitest';
import { parseServiceDefinition, type TField, type TServiceDefinitionInput } from '@/lib/services/form/definition';
import { formatAnswer, formatAnswers, visibleFields } from '@/lib/services/form/format';
import { SEED_SERVICES } from '@/prisma/seed/services';

const L = (ro: string, en: string) => ({ ro, en });

const DEFINITION: TServiceDefinitionInput = {
  delivery: 'electronic',
  fields: [
    { key: 'fullName', type: 'text', label: L('Nume și prenume', 'Full name'), required: true },
    { key: 'details', type: 'textarea', label: L('Detalii', 'Details') },
    { key: 'email', type: 'email', label: L('E-mail', 'Email') },
    { key: 'phone', type: 'phone', label: L('Telefon', 'Phone') },
    { key: 'cnp', type: 'cnp', label: L('CNP', 'CNP') },
    { key: 'cui', type: 'cui', label: L('CUI', 'CUI') },
    {
      key: 'propertyType',
      type: 'radio',
      label: L('Tip imobil', 'Property type'),
      required: true,
      options: [
        { value: 'cladire', label: L('Clădire', 'Building') },
        { value: 'teren', label: L('Teren', 'Land') },
      ],
    },
    {
      key: 'landCategory',
      type: 'select',
      label: L('Categoria de folosință', 'Land use category'),
      visibleWhen: { field: 'propertyType', equals: 'teren' },
      options: [
        { value: 'arabil', label: L('Arabil', 'Arable land') },
        { value: 'vie', label: L('Vie', 'Vineyard') },
      ],
    },
    // Depends on a field that is itself hidden for a building: hidden too.
    { key: 'vineyardRows', type: 'number', label: L('Număr de rânduri', 'Number of rows'), visibleWhen: { field: 'landCategory', equals: 'vie' } },
    { key: 'builtArea', type: 'number', label: L('Suprafața construită (m²)', 'Built area (m²)'), visibleWhen: { field: 'propertyType', equals: ['cladire'] } },
    { key: 'since', type: 'date', label: L('Data dobândirii', 'Date acquired'), max: 'today' },
    { key: 'iban', type: 'iban', label: L('IBAN', 'IBAN') },
    { key: 'propertyAddress', type: 'address', label: L('Adresa imobilului', 'Property address') },
    { key: 'newsletter', type: 'checkbox', label: L('Doresc noutăți', 'Send me news') },
    { key: 'declaration', type: 'checkbox', label: L('Declar pe propria răspundere', 'I declare'), required: true },
  ],
};

const definition = parseServiceDefinition(DEFINITION);
const field = (key: string): TField => {
  const found = definition.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

const ADDRESS = { county: 'Neamț', locality: 'Roman', street: 'X', number: '5', building: 'A', staircase: '1', apartment: '3', postalCode: '611022' };

describe('formatAnswer', () => {
  it('shows text, e-mail, phone, CNP and CUI as stored', () => {
    expect(formatAnswer(field('fullName'), 'Ion Popescu', 'ro')).toBe('Ion Popescu');
    expect(formatAnswer(field('details'), 'Rândul 1\nRândul 2', 'en')).toBe('Rândul 1\nRândul 2');
    expect(formatAnswer(field('email'), 'ion@exemplu.ro', 'ro')).toBe('ion@exemplu.ro');
    expect(formatAnswer(field('phone'), '+40722123456', 'ro')).toBe('+40722123456');
    expect(formatAnswer(field('cnp'), '1800101270018', 'en')).toBe('1800101270018');
    expect(formatAnswer(field('cui'), '18547290', 'ro')).toBe('18547290');
  });

  it('shows the label of the chosen option in the language asked for, or the raw value when it is unknown', () => {
    expect(formatAnswer(field('propertyType'), 'teren', 'ro')).toBe('Teren');
    expect(formatAnswer(field('propertyType'), 'teren', 'en')).toBe('Land');
    expect(formatAnswer(field('landCategory'), 'vie', 'ro')).toBe('Vie');
    expect(formatAnswer(field('landCategory'), 'vie', 'en')).toBe('Vineyard');
    expect(formatAnswer(field('landCategory'), 'livada', 'ro')).toBe('livada');
  });

  it('answers a checkbox with Da/Nu or Yes/No', () => {
    expect(formatAnswer(field('declaration'), true, 'ro')).toBe('Da');
    expect(formatAnswer(field('declaration'), true, 'en')).toBe('Yes');
    expect(formatAnswer(field('newsletter'), false, 'ro')).toBe('Nu');
    expect(formatAnswer(field('newsletter'), undefined, 'en')).toBe('No');
  });

  it('writes dates as 28.11.2026 in Romanian and 28 November 2026 in English, whatever the time zone', () => {
    expect(formatAnswer(field('since'), '2026-11-28', 'ro')).toBe('28.11.2026');
    expect(formatAnswer(field('since'), '2026-11-28', 'en')).toBe('28 November 2026');
    expect(formatAnswer(field('since'), '2026-01-01', 'ro')).toBe('01.01.2026');
    expect(formatAnswer(field('since'), 'not a date', 'ro')).toBe('not a date');
  });

  it('writes numbers in the notation of the language, without rounding', () => {
    expect(formatAnswer(field('builtArea'), 12345.5, 'ro')).toBe('12.345,5');
    expect(formatAnswer(field('builtArea'), 12345.5, 'en')).toBe('12,345.5');
    expect(formatAnswer(field('builtArea'), 0.125, 'ro')).toBe('0,125');
    // A value straight from the form (a string, with a decimal comma) reads the same.
    expect(formatAnswer(field('builtArea'), '12345,5', 'en')).toBe('12,345.5');
    expect(formatAnswer(field('builtArea'), 0, 'ro')).toBe('0');
  });

  it('groups the IBAN by four characters', () => {
    expect(formatAnswer(field('iban'), 'RO49AAAA1B31007593840000', 'ro')).toBe('RO49 AAAA 1B31 0075 9384 0000');
    expect(formatAnswer(field('iban'), 'ro49 aaaa1b31007593840000', 'en')).toBe('RO49 AAAA 1B31 0075 9384 0000');
  });

  it('writes the address on one line', () => {
    expect(formatAnswer(field('propertyAddress'), ADDRESS, 'ro')).toBe('Str. X nr. 5, bl. A, sc. 1, ap. 3, Roman, jud. Neamț, 611022');
    expect(formatAnswer(field('propertyAddress'), ADDRESS, 'en')).toBe('5 X, block A, staircase 1, apt 3, Roman, Neamț county, 611022');
  });

  it('leaves out the missing parts of an address and does not repeat the kind of street', () => {
    const house = { county: 'Neamț', locality: 'Roman', street: 'Bulevardul Republicii', number: '12', postalCode: '611005' };
    expect(formatAnswer(field('propertyAddress'), house, 'ro')).toBe('Bulevardul Republicii nr. 12, Roman, jud. Neamț, 611005');
    expect(formatAnswer(field('propertyAddress'), house, 'en')).toBe('12 Bulevardul Republicii, Roman, Neamț county, 611005');
    expect(formatAnswer(field('propertyAddress'), { ...house, street: 'Str. Ștefan cel Mare', building: '' }, 'ro')).toBe('Str. Ștefan cel Mare nr. 12, Roman, jud. Neamț, 611005');
    expect(formatAnswer(field('propertyAddress'), { ...house, street: 'Piața Roman-Vodă' }, 'ro')).toBe('Piața Roman-Vodă nr. 12, Roman, jud. Neamț, 611005');
    // "Al." abbreviates a first name here, not an alley.
    expect(formatAnswer(field('propertyAddress'), { ...house, street: 'Al. I. Cuza' }, 'ro')).toBe('Str. Al. I. Cuza nr. 12, Roman, jud. Neamț, 611005');
  });

  it('does not call București a county', () => {
    const capital = { county: 'București', locality: 'Sector 3', street: 'Calea Călărașilor', number: '1', postalCode: '030167' };
    expect(formatAnswer(field('propertyAddress'), capital, 'ro')).toBe('Calea Călărașilor nr. 1, Sector 3, București, 030167');
    expect(formatAnswer(field('propertyAddress'), capital, 'en')).toBe('1 Calea Călărașilor, Sector 3, București, 030167');
  });

  it('gives an empty text for an empty answer', () => {
    expect(formatAnswer(field('fullName'), '  ', 'ro')).toBe('');
    expect(formatAnswer(field('builtArea'), undefined, 'ro')).toBe('');
    expect(formatAnswer(field('propertyAddress'), { county: '', locality: '' }, 'ro')).toBe('');
  });
});

describe('formatAnswers', () => {
  const answers = {
    fullName: 'Ion Popescu',
    details: '',
    email: 'ion@exemplu.ro',
    propertyType: 'cladire',
    // Left over from an earlier choice of "teren": hidden, so not listed.
    landCategory: 'vie',
    vineyardRows: 12,
    builtArea: 85.5,
    since: '2026-11-28',
    propertyAddress: ADDRESS,
    newsletter: false,
    declaration: true,
  };

  it('lists the visible, filled-in answers in definition order, in Romanian', () => {
    expect(formatAnswers(definition, answers, 'ro')).toEqual([
      { key: 'fullName', label: 'Nume și prenume', value: 'Ion Popescu' },
      { key: 'email', label: 'E-mail', value: 'ion@exemplu.ro' },
      { key: 'propertyType', label: 'Tip imobil', value: 'Clădire' },
      { key: 'builtArea', label: 'Suprafața construită (m²)', value: '85,5' },
      { key: 'since', label: 'Data dobândirii', value: '28.11.2026' },
      { key: 'propertyAddress', label: 'Adresa imobilului', value: 'Str. X nr. 5, bl. A, sc. 1, ap. 3, Roman, jud. Neamț, 611022' },
      { key: 'declaration', label: 'Declar pe propria răspundere', value: 'Da' },
    ]);
  });

  it('follows the conditions, also through a hidden field, in English', () => {
    const land = { ...answers, propertyType: 'teren' };
    expect(formatAnswers(definition, land, 'en').map((a) => [a.key, a.value])).toEqual([
      ['fullName', 'Ion Popescu'],
      ['email', 'ion@exemplu.ro'],
      ['propertyType', 'Land'],
      ['landCategory', 'Vineyard'],
      ['vineyardRows', '12'],
      ['since', '28 November 2026'],
      ['propertyAddress', '5 X, block A, staircase 1, apt 3, Roman, Neamț county, 611022'],
      ['declaration', 'Yes'],
    ]);
    expect(formatAnswers(definition, { ...land, landCategory: 'arabil' }, 'en').map((a) => a.key)).not.toContain('vineyardRows');
  });

  it('lists nothing for no answers', () => {
    expect(formatAnswers(definition, {}, 'ro')).toEqual([]);
  });
});

describe('visibleFields', () => {
  it('hides a field whose condition looks at a hidden field', () => {
    const keys = (answers: Record<string, unknown>) => visibleFields(definition, answers).map((f) => f.key);
    expect(keys({ propertyType: 'cladire', landCategory: 'vie' })).not.toContain('vineyardRows');
    expect(keys({ propertyType: 'teren', landCategory: 'vie' })).toEqual(expect.arrayContaining(['landCategory', 'vineyardRows']));
    expect(keys({})).not.toContain('builtArea');
  });

  it('formats an answer of every field of the seeded services', () => {
    for (const service of SEED_SERVICES) {
      for (const f of parseServiceDefinition(service.definition).fields) {
        const sample = f.options?.[0]?.value ?? (f.type === 'checkbox' ? true : f.type === 'address' ? ADDRESS : f.type === 'date' ? '2026-11-28' : f.type === 'number' ? 3 : 'x');
        for (const locale of ['ro', 'en'] as const) {
          const shown = formatAnswer(f, sample, locale);
          const label = `${service.slug}.${f.key} (${locale})`;
          // What each kind of answer must read as, not merely "something".
          if (f.options) expect(shown, label).toBe(f.options[0]!.label[locale]);
          else if (f.type === 'checkbox') expect(shown, label).toBe(locale === 'ro' ? 'Da' : 'Yes');
          else if (f.type === 'address') expect(shown, label).toContain('Roman');
          else if (f.type === 'date') expect(shown, label).toBe(locale === 'ro' ? '28.11.2026' : '28 November 2026');
          else if (f.type === 'number') expect(shown, label).toBe('3');
          else expect(shown.toLowerCase(), label).toContain('x');
        }
      }
    }
  });
});
