/**
 * Turns a service definition into the zod schema of its answers, used by react-hook-form in the
 * browser and by the server on submit. Hidden fields (their condition is not met) are neither
 * validated nor kept. Errors are message keys (`form.*`, or the identity validators' keys).
 */
import { z } from 'zod';
import { validateCnp, validateCui, normalizePhone, ZAddressSchema } from '@/lib/accounts/validation';
import { normalizeIban } from '@/lib/services/form/iban';
import type { TCondition, TField, TServiceDefinition } from '@/lib/services/form/definition';
import { isDay, todayInRomania } from '@/lib/time';

export type TAnswerValue = string | number | boolean | Record<string, string | undefined>;
export type TAnswers = Record<string, TAnswerValue>;

/** Whether a condition holds for the answers given so far (a hidden field has no answer). */
export function isConditionMet(condition: TCondition | undefined, answers: Record<string, unknown>): boolean {
  if (!condition) return true;
  const value = answers[condition.field];
  if (Array.isArray(condition.equals)) return typeof value === 'string' && condition.equals.includes(value);
  return value === condition.equals;
}

/** Not answered: nothing, an unticked box, blank text, or an address with every part blank. */
export const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === false || (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && value !== null && Object.values(value).every((v) => v === undefined || v === null || String(v).trim() === ''));

/** A date field's min/max as an ISO date ("today" on the Romanian calendar); numbers are not date bounds. */
export function resolveDateBound(bound: number | string | undefined, now: Date = new Date()): string | undefined {
  if (bound === undefined || typeof bound === 'number') return undefined;
  return bound === 'today' ? todayInRomania(now) : bound;
}

type TResult = { ok: true; value: TAnswerValue } | { ok: false; issues: { path: (string | number)[]; message: string }[] };
const fail = (message: string, path: (string | number)[] = []): TResult => ({ ok: false, issues: [{ path, message }] });

function validateText(field: TField, text: string): TResult {
  const length = [...text].length;
  if (field.minLength !== undefined && length < field.minLength) return fail('form.tooShort');
  if (field.maxLength !== undefined && length > field.maxLength) return fail('form.tooLong');
  if (field.pattern !== undefined && !new RegExp(`^(?:${field.pattern})$`, 'u').test(text)) return fail('form.pattern');
  return { ok: true, value: text };
}

/** Validates one visible, non-empty answer. */
function validateValue(field: TField, raw: unknown, now: Date): TResult {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof text === 'string' ? validateText(field, text) : fail('form.required');
    case 'email': {
      const email = typeof text === 'string' ? text.toLowerCase() : '';
      return z.email().safeParse(email).success ? validateText(field, email) : fail('email.invalid');
    }
    case 'number': {
      const number = typeof text === 'number' ? text : typeof text === 'string' ? Number(text.replace(',', '.')) : NaN;
      if (!Number.isFinite(number)) return fail('form.number');
      if (typeof field.min === 'number' && number < field.min) return fail('form.tooSmall');
      if (typeof field.max === 'number' && number > field.max) return fail('form.tooBig');
      return { ok: true, value: number };
    }
    case 'date': {
      if (typeof text !== 'string' || !isDay(text)) return fail('form.date');
      const min = resolveDateBound(field.min, now);
      const max = resolveDateBound(field.max, now);
      if (min && text < min) return fail('form.dateTooEarly');
      if (max && text > max) return fail('form.dateTooLate');
      return { ok: true, value: text };
    }
    case 'select':
    case 'radio':
      return typeof text === 'string' && field.options?.some((o) => o.value === text) ? { ok: true, value: text } : fail('form.option');
    case 'checkbox':
      return raw === true ? { ok: true, value: true } : fail('form.required');
    case 'phone': {
      const phone = typeof text === 'string' ? normalizePhone(text) : null;
      return phone ? { ok: true, value: phone } : fail('phone.invalid');
    }
    case 'cnp': {
      const result = typeof text === 'string' ? validateCnp(text, now) : ({ ok: false, reason: 'format' } as const);
      return result.ok ? { ok: true, value: text as string } : fail(`cnp.${result.reason}`);
    }
    case 'cui': {
      const result = typeof text === 'string' ? validateCui(text) : ({ ok: false, reason: 'format' } as const);
      return result.ok ? { ok: true, value: result.cui } : fail(`cui.${result.reason}`);
    }
    case 'iban': {
      const iban = typeof text === 'string' ? normalizeIban(text) : null;
      return iban ? { ok: true, value: iban } : fail('iban.invalid');
    }
    case 'address': {
      const parsed = ZAddressSchema.safeParse(raw);
      if (parsed.success) return { ok: true, value: parsed.data };
      return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: i.message })) };
    }
  }
}

/**
 * The schema of a definition's answers. Its output keeps only the visible, filled-in fields, with
 * normalized values (numbers as numbers, CUI as digits, phone as E.164, IBAN compact).
 */
export function buildAnswersSchema(definition: Pick<TServiceDefinition, 'fields'>, { now = () => new Date() }: { now?: () => Date } = {}) {
  return z.record(z.string(), z.unknown()).transform((answers, ctx): TAnswers => {
    const clean: TAnswers = {};
    const today = now();
    for (const field of definition.fields) {
      if (!isConditionMet(field.visibleWhen, clean)) continue;
      const raw = answers[field.key];
      if (isEmpty(raw) && !(field.required && field.type === 'address')) {
        if (field.required) ctx.addIssue({ code: 'custom', path: [field.key], message: 'form.required' });
        continue;
      }
      // A required address left blank is checked part by part, so that each part says what it needs.
      const result = validateValue(field, raw ?? {}, today);
      if (result.ok) clean[field.key] = result.value;
      else for (const issue of result.issues) ctx.addIssue({ code: 'custom', path: [field.key, ...issue.path], message: issue.message });
    }
    return clean;
  });
}
