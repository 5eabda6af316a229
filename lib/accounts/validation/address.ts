import { z } from 'zod';

export type TCounty = { code: string; name: string };

// The 41 counties and the capital, in Romanian alphabetical order, with comma-below ș and ț.
export const COUNTIES: readonly TCounty[] = [
  { code: 'AB', name: 'Alba' },
  { code: 'AR', name: 'Arad' },
  { code: 'AG', name: 'Argeș' },
  { code: 'BC', name: 'Bacău' },
  { code: 'BH', name: 'Bihor' },
  { code: 'BN', name: 'Bistrița-Năsăud' },
  { code: 'BT', name: 'Botoșani' },
  { code: 'BV', name: 'Brașov' },
  { code: 'BR', name: 'Brăila' },
  { code: 'B', name: 'București' },
  { code: 'BZ', name: 'Buzău' },
  { code: 'CS', name: 'Caraș-Severin' },
  { code: 'CL', name: 'Călărași' },
  { code: 'CJ', name: 'Cluj' },
  { code: 'CT', name: 'Constanța' },
  { code: 'CV', name: 'Covasna' },
  { code: 'DB', name: 'Dâmbovița' },
  { code: 'DJ', name: 'Dolj' },
  { code: 'GL', name: 'Galați' },
  { code: 'GR', name: 'Giurgiu' },
  { code: 'GJ', name: 'Gorj' },
  { code: 'HR', name: 'Harghita' },
  { code: 'HD', name: 'Hunedoara' },
  { code: 'IL', name: 'Ialomița' },
  { code: 'IS', name: 'Iași' },
  { code: 'IF', name: 'Ilfov' },
  { code: 'MM', name: 'Maramureș' },
  { code: 'MH', name: 'Mehedinți' },
  { code: 'MS', name: 'Mureș' },
  { code: 'NT', name: 'Neamț' },
  { code: 'OT', name: 'Olt' },
  { code: 'PH', name: 'Prahova' },
  { code: 'SM', name: 'Satu Mare' },
  { code: 'SJ', name: 'Sălaj' },
  { code: 'SB', name: 'Sibiu' },
  { code: 'SV', name: 'Suceava' },
  { code: 'TR', name: 'Teleorman' },
  { code: 'TM', name: 'Timiș' },
  { code: 'TL', name: 'Tulcea' },
  { code: 'VS', name: 'Vaslui' },
  { code: 'VL', name: 'Vâlcea' },
  { code: 'VN', name: 'Vrancea' },
];

// Old keyboard layouts and pasted text still produce the cedilla ş ţ (and decomposed forms);
// they mean the same letters, so they are accepted and stored as the canonical comma-below name.
const canonicalLetters = (value: string): string =>
  value.normalize('NFC').replace(/ş/g, 'ș').replace(/Ş/g, 'Ș').replace(/ţ/g, 'ț').replace(/Ţ/g, 'Ț');

const COUNTY_BY_NAME: ReadonlyMap<string, TCounty> = new Map(COUNTIES.map((county) => [county.name, county]));

/** The county with this exact name (cedilla ş ţ accepted for ș ț), or undefined. */
export function findCounty(name: string): TCounty | undefined {
  return COUNTY_BY_NAME.get(canonicalLetters(name.trim()));
}

/** Whether `name` is the name of a Romanian county or București (cedilla ş ţ accepted for ș ț). */
export function isCounty(name: string): boolean {
  return findCounty(name) !== undefined;
}

// Optional parts of the address: a blank field in the form means "not given", not "".
const optionalPart = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .max(20, key)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const ZAddressSchema = z.object({
  county: z
    .string({ error: 'address.county' })
    .transform((name, ctx) => {
      const county = findCounty(name);
      if (!county) {
        ctx.addIssue({ code: 'custom', message: 'address.county' });
        return z.NEVER;
      }
      return county.name;
    }),
  locality: z.string({ error: 'address.locality' }).trim().min(2, 'address.locality').max(100, 'address.locality'),
  street: z.string({ error: 'address.street' }).trim().min(2, 'address.street').max(150, 'address.street'),
  number: z.string({ error: 'address.number' }).trim().min(1, 'address.number').max(20, 'address.number'),
  building: optionalPart('address.building'),
  staircase: optionalPart('address.staircase'),
  apartment: optionalPart('address.apartment'),
  postalCode: z.string({ error: 'address.postalCode' }).trim().regex(/^\d{6}$/, 'address.postalCode'),
});

export type TAddressInput = z.input<typeof ZAddressSchema>;
export type TAddress = z.output<typeof ZAddressSchema>;

/** An address as the profile tables store it (empty optional parts as null). */
export function toAddressColumns(address: TAddress) {
  return {
    county: address.county,
    locality: address.locality,
    street: address.street,
    number: address.number,
    building: address.building ?? null,
    staircase: address.staircase ?? null,
    apartment: address.apartment ?? null,
    postalCode: address.postalCode,
  };
}
