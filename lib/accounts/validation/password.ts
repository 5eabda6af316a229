import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type TPasswordError = 'tooShort' | 'tooLong' | 'common' | 'containsPersonal';

export type TPasswordCheck = { ok: true } | { ok: false; reason: TPasswordError };

export type TPasswordContext = { email?: string; names?: string[] };

export type TPasswordStrength = 0 | 1 | 2 | 3 | 4;

// Code points, not UTF-16 units: "ăîșțâ" or an emoji counts as what the user typed.
const codePointLength = (value: string): number => [...value].length;

// Romanian users type the same word with or without diacritics (parolă / parola); both are common.
const withoutDiacritics = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '');

const comparable = (value: string): string => value.normalize('NFC').toLowerCase();

/** Whether the password (case- and diacritics-insensitively) is on the common-passwords list. */
export function isCommonPassword(password: string): boolean {
  const lower = comparable(password);
  return COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(withoutDiacritics(lower));
}

function personalValues(context: TPasswordContext): string[] {
  const values: string[] = [];
  const email = context.email?.trim();
  if (email) {
    values.push(email);
    const at = email.lastIndexOf('@');
    if (at > 0) values.push(email.slice(0, at));
  }
  const names = (context.names ?? []).map((name) => name.trim()).filter((name) => name !== '');
  values.push(...names);
  // The full name typed as one word ("ionpopescu") or with spaces is as guessable as each part.
  if (names.length > 1) values.push(names.join(''), names.join(' '));
  return values.map(comparable);
}

/**
 * Checks a password against the sign-up rules: 12 to 128 code points, no composition rules, not a
 * common password and not the user's email, email local part or name (case-insensitively).
 */
export function checkPassword(password: string, context: TPasswordContext = {}): TPasswordCheck {
  const length = codePointLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'tooShort' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'tooLong' };
  if (isCommonPassword(password)) return { ok: false, reason: 'common' };

  const candidate = comparable(password);
  const plain = withoutDiacritics(candidate);
  if (personalValues(context).some((value) => value === candidate || withoutDiacritics(value) === plain)) {
    return { ok: false, reason: 'containsPersonal' };
  }
  return { ok: true };
}

/**
 * A rough 0–4 strength for the hint shown while typing, from length and character variety; 0 for
 * an empty or common password, at most 1 below the minimum length. Not a security decision:
 * `checkPassword` is the rule.
 */
export function passwordStrength(password: string): TPasswordStrength {
  const chars = [...password];
  const length = chars.length;
  if (length === 0 || isCommonPassword(password)) return 0;

  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (length < PASSWORD_MIN_LENGTH) return length >= 8 && classes >= 2 ? 1 : 0;

  // Length matters most (a long lowercase passphrase is strong); variety makes up for some of it.
  let score = length >= 24 ? 4 : length >= 20 ? 3 : length >= 16 ? 2 : 1;
  if (classes >= 3) score += 1;
  // "aaaaaaaaaaab" or "abcabcabcabc" is long but barely better than one repeated character.
  const distinct = new Set(chars).size;
  if (distinct < Math.min(8, Math.ceil(length / 3))) score = 1;
  return Math.max(1, Math.min(4, score)) as TPasswordStrength;
}
