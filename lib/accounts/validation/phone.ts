// What people type between digit groups: "0722 123 456", "0722.123.456", "(0233) 741-119".
const SEPARATORS = /[\s.\-()]/g;

// National significant number after the 0 trunk prefix: 9 digits, landline (2x, 3x) or mobile (7x).
const ROMANIAN_NSN = /^[237]\d{8}$/;

function romanianE164(nsn: string): string | null {
  return ROMANIAN_NSN.test(nsn) ? `+40${nsn}` : null;
}

/**
 * Normalizes a phone number to E.164 (`+40722123456`), or returns null when it is not a valid
 * Romanian number (national `0…`, `+40…`, `0040…`) or an international `+<country><number>` of
 * 8 to 15 digits.
 */
export function normalizePhone(value: string): string | null {
  const compact = value.trim().replace(SEPARATORS, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return null;

  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith('0')) return compact.length === 10 ? romanianE164(compact.slice(1)) : null;
  else return null; // without a trunk or international prefix the number is ambiguous

  if (international.startsWith('40')) {
    const nsn = international.slice(2);
    // "+40 (0)722 123 456" is a common way of writing Romanian numbers; the 0 is the trunk prefix.
    return romanianE164(nsn.length === 10 && nsn.startsWith('0') ? nsn.slice(1) : nsn);
  }
  // Country codes never start with 0; E.164 allows at most 15 digits.
  if (!/^[1-9]\d{7,14}$/.test(international)) return null;
  return `+${international}`;
}
