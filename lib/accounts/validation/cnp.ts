export type TCnpError = 'format' | 'date' | 'future' | 'county' | 'checksum';

export type TCnpResult =
  | { ok: true; birthDate: Date; sex: 'M' | 'F'; countyCode: string }
  | { ok: false; reason: TCnpError };

const CNP_WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9] as const;

// 01–40 are the counties, 41–46 the Bucharest sectors, 51/52 Călărași and Giurgiu (created after
// the original numbering), 70 the code used for CNPs issued since 2024 regardless of county.
const isValidCountyCode = (code: number): boolean =>
  (code >= 1 && code <= 46) || code === 51 || code === 52 || code === 70;

/** The CNP control digit for its first 12 digits (the input must be at least 12 ASCII digits). */
export function cnpControlDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < CNP_WEIGHTS.length; i++) {
    sum += Number(digits[i]) * (CNP_WEIGHTS[i] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? 1 : remainder;
}

function birthYear(sexDigit: number, yy: number, today: Date): number | null {
  switch (sexDigit) {
    case 1:
    case 2:
      return 1900 + yy;
    case 3:
    case 4:
      return 1800 + yy;
    case 5:
    case 6:
      return 2000 + yy;
    case 7:
    case 8:
      // Foreign residents carry no century in the first digit: a year not yet reached this century
      // must be from the previous one.
      return yy > today.getFullYear() % 100 ? 1900 + yy : 2000 + yy;
    default:
      return null;
  }
}

/**
 * Validates a Romanian personal numeric code (CNP) and extracts the birth date (UTC midnight),
 * sex and county code. Surrounding whitespace is ignored; `today` is read in local time.
 */
export function validateCnp(value: string, today: Date = new Date()): TCnpResult {
  const cnp = value.trim();
  if (!/^\d{13}$/.test(cnp)) return { ok: false, reason: 'format' };

  const sexDigit = Number(cnp[0]);
  const year = birthYear(sexDigit, Number(cnp.slice(1, 3)), today);
  if (year === null) return { ok: false, reason: 'format' };

  const month = Number(cnp.slice(3, 5));
  const day = Number(cnp.slice(5, 7));
  // Date.UTC rolls 31 Feb over into March, so a real date is one that survives the round trip.
  const birthDate = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    day < 1 ||
    birthDate.getUTCFullYear() !== year ||
    birthDate.getUTCMonth() !== month - 1 ||
    birthDate.getUTCDate() !== day
  ) {
    return { ok: false, reason: 'date' };
  }

  // Calendar dates compared as YYYYMMDD so the time of day and the time zone offset don't matter.
  const birthKey = year * 10000 + month * 100 + day;
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (birthKey > todayKey) return { ok: false, reason: 'future' };

  const countyCode = cnp.slice(7, 9);
  if (!isValidCountyCode(Number(countyCode))) return { ok: false, reason: 'county' };

  if (cnpControlDigit(cnp) !== Number(cnp[12])) return { ok: false, reason: 'checksum' };

  return { ok: true, birthDate, sex: sexDigit % 2 === 1 ? 'M' : 'F', countyCode };
}
