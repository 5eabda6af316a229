/**
 * The verification code printed on every document the city hall issues (and in its QR): 12
 * characters of Crockford's base32 without I, L, O, U (no look-alikes, no accidental words), about
 * 60 bits from the system's random source, printed "XXXX-XXXX-XXXX". People copy it from paper, so
 * the lookup forgives case, dashes and spaces, and reads O as 0 and I/L as 1, as Crockford intends.
 * No `server-only`: the /verify form checks the same shape in the browser.
 */
import { z } from 'zod';

export const VERIFICATION_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 12;
const PATTERN = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** As typed: upper case, without separators, O→0 and I/L→1. May still be invalid (check with isVerificationCode). */
export function normalizeVerificationCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const isVerificationCode = (normalized: string) => PATTERN.test(normalized);

/** "7KQ2M9XP4TRA" → "7KQ2-M9XP-4TRA". */
export function formatVerificationCode(normalized: string): string {
  return normalized.match(/.{1,4}/g)?.join('-') ?? normalized;
}

/** A new random code, normalized (as stored). 256 is a multiple of 32: taking the low 5 bits of each byte is unbiased. */
export function newVerificationCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(VERIFICATION_CODE_LENGTH));
  return Array.from(bytes, (b) => VERIFICATION_ALPHABET[b & 31]).join('');
}

/** A code as typed by someone: normalized, then of the right shape (message `verify.codeInvalid`). */
export const ZVerificationCodeSchema = z
  .string()
  .trim()
  .min(1, 'verify.codeRequired')
  .max(40, 'verify.codeInvalid')
  .transform(normalizeVerificationCode)
  .refine(isVerificationCode, 'verify.codeInvalid');

export const ZVerifyCodeSchema = z.object({ code: ZVerificationCodeSchema }).strict();

/** The SHA-256 the browser computed of a dropped file; optionally against one issued document (its code). */
export const ZVerifyHashSchema = z
  .object({
    sha256: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{64}$/, 'verify.hashInvalid'),
    code: ZVerificationCodeSchema.optional(),
  })
  .strict();
