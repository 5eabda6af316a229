/*
 * Validation for accounts: CNP, CUI, phone numbers, passwords and addresses, plus zod schemas for
 * forms. Every failure is a message key that the UI translates, never text. The keys:
 *
 *   cnp.format cnp.date cnp.future cnp.county cnp.checksum
 *   cui.format cui.checksum
 *   phone.invalid
 *   password.tooShort password.tooLong password.weak password.containsPersonal
 *   address.county address.locality address.street address.number address.building
 *   address.staircase address.apartment address.postalCode
 *
 * (password.containsPersonal comes only from checkPassword with the user's details, not zPassword;
 * the password rule and its schema live in ./password.)
 */
import { z } from 'zod';
import { validateCnp } from './cnp';
import { validateCui } from './cui';
import { normalizePhone } from './phone';

export * from './address';
export * from './cnp';
export * from './cui';
export * from './password';
export * from './phone';

/**
 * A CNP field: trimmed, then checked with `validateCnp` (`cnp.<reason>`). `now` is read on every
 * parse, so a long-lived schema never judges birth dates against a stale day.
 */
export function zCnp(now: () => Date = () => new Date()) {
  return z
    .string({ error: 'cnp.format' })
    .trim()
    .superRefine((value, ctx) => {
      const result = validateCnp(value, now());
      if (!result.ok) ctx.addIssue({ code: 'custom', message: `cnp.${result.reason}` });
    });
}

/** A CUI/CIF field: parses to the bare digits (no spaces, no RO prefix); `cui.<reason>`. */
export function zCui() {
  return z
    .string({ error: 'cui.format' })
    .trim()
    .transform((value, ctx) => {
      const result = validateCui(value);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: `cui.${result.reason}` });
        return z.NEVER;
      }
      return result.cui;
    });
}

/** A phone field: parses to E.164 (`+40722123456`); `phone.invalid`. */
export function zPhone() {
  return z
    .string({ error: 'phone.invalid' })
    .trim()
    .transform((value, ctx) => {
      const phone = normalizePhone(value);
      if (phone === null) {
        ctx.addIssue({ code: 'custom', message: 'phone.invalid' });
        return z.NEVER;
      }
      return phone;
    });
}
