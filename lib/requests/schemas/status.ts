/**
 * The public status lookup's input ("Verifică stadiul unei cereri"): the registration number and the
 * access code as people copy them from the receipt. One schema for the browser (react-hook-form)
 * and the server action; errors are message keys under `validation.*`.
 */
import { z } from 'zod';
import { ACCESS_CODE_PATTERN, normalizeAccessCode } from '@/lib/requests/access-code-format';
import { parseRegistrationNumber, REGISTRATION_PREFIX } from '@/lib/requests/registration-number';

/**
 * "rmn 2026 123", "RMN–2026–000123" (a phone's long dash), "2026/123" or "2026-000123" (the year
 * is always four digits, so a number without the prefix is unambiguous). Null when it is not one.
 */
export function readTypedRegistrationNumber(input: string): string | null {
  const text = input.trim().replace(/[\u2010-\u2015\u2212/._]/g, '-');
  const prefixed = /^\d/.test(text) ? `${REGISTRATION_PREFIX}-${text}` : text;
  return parseRegistrationNumber(prefixed)?.value ?? null;
}

export const ZStatusLookupSchema = z
  .object({
    registrationNumber: z
      .string({ error: 'registrationNumber.required' })
      .max(40, 'registrationNumber.invalid')
      .transform((value, ctx) => {
        if (value.trim() === '') {
          ctx.addIssue({ code: 'custom', message: 'registrationNumber.required' });
          return z.NEVER;
        }
        const number = readTypedRegistrationNumber(value);
        if (!number) {
          ctx.addIssue({ code: 'custom', message: 'registrationNumber.invalid' });
          return z.NEVER;
        }
        return number;
      }),
    accessCode: z
      .string({ error: 'accessCode.required' })
      .max(40, 'accessCode.invalid')
      .transform((value, ctx) => {
        const code = normalizeAccessCode(value);
        if (code === '') {
          ctx.addIssue({ code: 'custom', message: 'accessCode.required' });
          return z.NEVER;
        }
        if (!ACCESS_CODE_PATTERN.test(code)) {
          ctx.addIssue({ code: 'custom', message: 'accessCode.invalid' });
          return z.NEVER;
        }
        return code;
      }),
  })
  .strict();

export type TStatusLookupInput = z.input<typeof ZStatusLookupSchema>;
export type TStatusLookup = z.output<typeof ZStatusLookupSchema>;
