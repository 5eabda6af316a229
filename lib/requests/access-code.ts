/**
 * The access code printed on the receipt: with the registration number it lets anyone holding the
 * paper check the status without an account. Random, 8 characters from an alphabet without look-alike
 * characters (about 40 bits), shown once and stored only as a hash.
 */
import crypto from 'node:crypto';
import { ACCESS_CODE_ALPHABET as ALPHABET, normalizeAccessCode } from '@/lib/requests/access-code-format';

export { normalizeAccessCode };

export function generateAccessCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export function hashAccessCode(code: string): string {
  return crypto.createHash('sha256').update(`access-code:${normalizeAccessCode(code)}`).digest('hex');
}

export function accessCodeMatches(input: string, hash: string | null | undefined): boolean {
  if (!hash) return false;
  const a = Buffer.from(hashAccessCode(input), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
