import { describe, expect, it } from 'vitest';
import { COUNTIES, ZAddressSchema, findCounty, isCounty } from '@/lib/accounts/validation/address';

const VALID = {
  county: 'Neamț',
  locality: 'Roman',
  street: 'Piața Roman-Vodă',
  number: '1',
  postalCode: '611022',
};

const messagesFor = (input: unknown) =>
  ZAddressSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);

describe('COUNTIES', () => {
  it('lists the 41 counties and București', () => {
    expect(COUNTIES).toHaveLength(42);
    expect(COUNTIES).toContainEqual({ code: 'B', name: 'București' });
  });

  it('has unique codes and names', () => {
    expect(new Set(COUNTIES.map((county) => county.code)).size).toBe(42);
    expect(new Set(COUNTIES.map((county) => county.name)).size).toBe(42);
  });

  it('uses one- or two-letter upper-case codes', () => {
    for (const { code } of COUNTIES) expect(code).toMatch(/^[A-Z]{1,2}$/);
  });

  it('spells the names with comma-below ș ț, never the cedilla ş ţ', () => {
    for (const { name } of COUNTIES) {
      expect(name).not.toMatch(/[şŞţŢ]/);
      expect(name).toBe(name.normalize('NFC'));
    }
  });

  it.each([
    ['NT', 'Neamț'],
    ['IS', 'Iași'],
    ['TM', 'Timiș'],
    ['AG', 'Argeș'],
    ['CT', 'Constanța'],
    ['MH', 'Mehedinți'],
    ['VL', 'Vâlcea'],
    ['BN', 'Bistrița-Năsăud'],
    ['CS', 'Caraș-Severin'],
    ['DB', 'Dâmbovița'],
    ['MM', 'Maramureș'],
    ['SJ', 'Sălaj'],
    ['SM', 'Satu Mare'],
    ['BT', 'Botoșani'],
    ['BR', 'Brăila'],
    ['CL', 'Călărași'],
    ['IL', 'Ialomița'],
    ['BZ', 'Buzău'],
    ['GL', 'Galați'],
    ['BV', 'Brașov'],
    ['IF', 'Ilfov'],
    ['CJ', 'Cluj'],
  ])('%s is %s', (code, name) => {
    expect(COUNTIES.find((county) => county.code === code)?.name).toBe(name);
  });

  it('is in Romanian alphabetical order', () => {
    const names = COUNTIES.map((county) => county.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('ro').compare));
  });
});

describe('isCounty', () => {
  it('accepts the county names', () => {
    for (const { name } of COUNTIES) expect(isCounty(name), name).toBe(true);
  });

  it('accepts the cedilla spelling and surrounding spaces', () => {
    expect(isCounty('Neamţ')).toBe(true);
    expect(isCounty('Timiş')).toBe(true);
    expect(isCounty(' Iași ')).toBe(true);
    expect(findCounty('Constanţa')).toEqual({ code: 'CT', name: 'Constanța' });
  });

  it.each(['', 'Neamt', 'neamț', 'NT', 'Bucuresti', 'Municipiul București', 'Roman', 'Chișinău'])('rejects %j', (name) => {
    expect(isCounty(name)).toBe(false);
  });
});

describe('ZAddressSchema', () => {
  it('parses a complete address, trimming the fields', () => {
    expect(
      ZAddressSchema.parse({
        county: ' Neamț ',
        locality: ' Roman ',
        street: ' Bulevardul Republicii ',
        number: ' 12A ',
        building: ' B3 ',
        staircase: 'A',
        apartment: '14',
        postalCode: ' 611005 ',
      }),
    ).toEqual({
      county: 'Neamț',
      locality: 'Roman',
      street: 'Bulevardul Republicii',
      number: '12A',
      building: 'B3',
      staircase: 'A',
      apartment: '14',
      postalCode: '611005',
    });
  });

  it('leaves out the optional parts when missing or blank', () => {
    expect(ZAddressSchema.parse(VALID)).toEqual(VALID);
    const parsed = ZAddressSchema.parse({ ...VALID, building: '', staircase: '   ', apartment: undefined });
    expect(parsed.building).toBeUndefined();
    expect(parsed.staircase).toBeUndefined();
    expect(parsed.apartment).toBeUndefined();
  });

  it('stores the canonical county name for a cedilla spelling', () => {
    expect(ZAddressSchema.parse({ ...VALID, county: 'Neamţ' }).county).toBe('Neamț');
  });

  it.each([
    ['county', 'Moldova', 'address.county'],
    ['county', '', 'address.county'],
    ['county', 42, 'address.county'],
    ['locality', 'R', 'address.locality'],
    ['locality', '  R  ', 'address.locality'],
    ['locality', 'x'.repeat(101), 'address.locality'],
    ['street', 'S', 'address.street'],
    ['street', 'x'.repeat(151), 'address.street'],
    ['number', '', 'address.number'],
    ['number', '   ', 'address.number'],
    ['number', '1'.repeat(21), 'address.number'],
    ['building', 'x'.repeat(21), 'address.building'],
    ['staircase', 'x'.repeat(21), 'address.staircase'],
    ['apartment', 'x'.repeat(21), 'address.apartment'],
    ['postalCode', '61102', 'address.postalCode'],
    ['postalCode', '6110222', 'address.postalCode'],
    ['postalCode', '611 022', 'address.postalCode'],
    ['postalCode', 'RO6110', 'address.postalCode'],
    ['postalCode', 611022, 'address.postalCode'],
  ])('rejects %s = %j with its key', (field, value, key) => {
    expect(messagesFor({ ...VALID, [field]: value })).toEqual([`${field}:${key}`]);
  });

  it('accepts the length limits', () => {
    expect(
      ZAddressSchema.safeParse({
        ...VALID,
        locality: 'xx',
        street: 'x'.repeat(150),
        number: 'x'.repeat(20),
        building: 'x'.repeat(20),
      }).success,
    ).toBe(true);
    expect(ZAddressSchema.safeParse({ ...VALID, locality: 'x'.repeat(100), street: 'xx' }).success).toBe(true);
  });

  it('reports every missing required field with its key', () => {
    expect(messagesFor({})).toEqual([
      'county:address.county',
      'locality:address.locality',
      'street:address.street',
      'number:address.number',
      'postalCode:address.postalCode',
    ]);
  });
});
