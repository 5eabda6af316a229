/*
 * The rule for a new password: 12 to 128 characters (no composition rules, NIST SP 800-63B),
 * not the person's email or name, and not guessable: the zxcvbn-ts estimate must reach
 * `PASSWORD_MIN_SCORE`. The estimator's dictionaries are loaded on first use, so importing this
 * module (and the schemas built on it) costs a page nothing until a new password is checked.
 */
import { z } from 'zod';
import type { TPasswordEstimate } from './password-strength';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's "safely unguessable" (about 10^8 guesses or more); below it a password is refused. */
export const PASSWORD_MIN_SCORE = 3;

export type TPasswordError = 'tooShort' | 'tooLong' | 'weak' | 'containsPersonal';

export type TPasswordCheck = { ok: true; estimate: TPasswordEstimate } | { ok: false; reason: TPasswordError; estimate?: TPasswordEstimate };

export type TPasswordContext = { email?: string; names?: readonly string[] };

/** Loads the estimator (and its dictionaries) once; the browser fetches it as a separate chunk. */
export const loadPasswordEstimator = () => import('./password-strength');

// Code points, not UTF-16 units: "ăîșțâ" or an emoji counts as what the user typed.
const codePointLength = (value: string): number => [...value].length;

const withoutDiacritics = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '');

const comparable = (value: string): string => withoutDiacritics(value.normalize('NFC').toLowerCase());

/** The length rule alone, which needs no dictionary. */
export function checkPasswordLength(password: string): TPasswordError | null {
  const length = codePointLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  return null;
}

/**
 * The person's details as the estimator's "user inputs": the email, its local part and the pieces
 * of it ("ion.popescu1980" → "ion", "popescu", "1980"), and each name and the names joined.
 */
export function passwordUserInputs(context: TPasswordContext = {}): string[] {
  const values = new Set<string>();
  const email = context.email?.trim().toLowerCase();
  if (email) {
    values.add(email);
    const local = email.slice(0, Math.max(0, email.lastIndexOf('@'))) || email;
    values.add(local);
    for (const piece of local.split(/[^\p{L}\p{N}]+/u)) if (piece.length >= 3) values.add(piece);
  }
  const names = (context.names ?? []).map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  for (const name of names) {
    values.add(name);
    for (const piece of name.split(/[^\p{L}]+/u)) if (piece.length >= 3) values.add(piece);
  }
  if (names.length > 1) values.add(names.join(''));
  return [...values];
}

/** Whether the password is exactly the email, its local part or a name (ignoring case, diacritics, spaces). */
function isPersonalDetail(password: string, context: TPasswordContext): boolean {
  const squash = (value: string) => comparable(value).replace(/\s+/g, '');
  const candidate = squash(password);
  return passwordUserInputs(context).some((value) => squash(value) === candidate);
}

/**
 * Checks a new password against the whole rule. `containsPersonal` when it is the person's email
 * or name, or guessable only because of them; `weak` when it is guessable anyway. The estimate
 * (with the library's feedback) comes back so that the caller can show what to change.
 */
export async function checkPassword(password: string, context: TPasswordContext = {}): Promise<TPasswordCheck> {
  const lengthError = checkPasswordLength(password);
  if (lengthError) return { ok: false, reason: lengthError };
  if (isPersonalDetail(password, context)) return { ok: false, reason: 'containsPersonal' };

  const { estimatePassword } = await loadPasswordEstimator();
  const general = estimatePassword(password);
  if (general.score < PASSWORD_MIN_SCORE) return { ok: false, reason: 'weak', estimate: general };
  const inputs = passwordUserInputs(context);
  if (inputs.length === 0) return { ok: true, estimate: general };
  const personal = estimatePassword(password, inputs);
  if (personal.score < PASSWORD_MIN_SCORE) return { ok: false, reason: 'containsPersonal', estimate: personal };
  return { ok: true, estimate: personal };
}

/**
 * A new-password field: the length rule, then the estimate (`password.<reason>`). The check is
 * asynchronous because the estimator loads on demand: parse with `parseAsync`/`safeParseAsync`
 * (react-hook-form's zod resolver and the server actions do). The check against the person's own
 * details needs them, so schemas that have them refine with `checkPassword` and the context.
 */
export function zPassword() {
  // Not trimmed, unlike the other fields: spaces are legitimate password characters, and changing
  // what was typed would make the stored password differ from the one the user types at sign-in.
  return z.string({ error: 'password.tooShort' }).superRefine(async (value, ctx) => {
    const result = await checkPassword(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `password.${result.reason}` });
  });
}
