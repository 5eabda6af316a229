/** IBAN check (ISO 13616): country length where known, then mod 97 = 1. Returns the compact upper-case form. */
const LENGTHS: Record<string, number> = { RO: 24, DE: 22, FR: 27, IT: 27, ES: 24, AT: 20, BE: 16, NL: 18, HU: 28, BG: 22, MD: 24, GB: 22 };

export function normalizeIban(value: string): string | null {
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return null;
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return null;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? iban : null;
}
