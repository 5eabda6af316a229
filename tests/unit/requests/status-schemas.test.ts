import { describe, expect, it } from 'vitest';
import { generateAccessCode, normalizeAccessCode } from '@/lib/requests/access-code';
import { readTypedRegistrationNumber, ZStatusLookupSchema } from '@/lib/requests/schemas/status';

const parse = (registrationNumber: unknown, accessCode: unknown) => ZStatusLookupSchema.safeParse({ registrationNumber, accessCode });
const errorsOf = (registrationNumber: unknown, accessCode: unknown) => {
  const result = parse(registrationNumber, accessCode);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the status lookup input', () => {
  it('reads the registration number as people type it', () => {
    for (const typed of ['RMN-2026-000123', 'rmn-2026-000123', ' rmn 2026 123 ', 'RMN2026000123', 'RMN–2026–000123', 'rmn/2026/123', '2026-000123', '2026 123', '2026/000123', '2026000123']) {
      expect(parse(typed, 'K7MP-Q2XW'), typed).toMatchObject({ success: true, data: { registrationNumber: 'RMN-2026-000123' } });
    }
  });

  it('reads the access code in any case, with or without the dash or spaces', () => {
    for (const typed of ['K7MP-Q2XW', 'k7mp-q2xw', 'K7MPQ2XW', ' k7mp q2xw ', 'K7MP – Q2XW']) {
      expect(parse('RMN-2026-000123', typed), typed).toMatchObject({ success: true, data: { accessCode: 'K7MPQ2XW' } });
    }
  });

  it('accepts every code the portal prints, read the way the server reads it', () => {
    for (let i = 0; i < 500; i++) {
      const code = generateAccessCode();
      const result = parse('RMN-2026-000001', code.toLowerCase());
      expect(result.success, code).toBe(true);
      expect(result.data?.accessCode).toBe(normalizeAccessCode(code));
    }
  });

  it('says what is missing next to each field', () => {
    expect(errorsOf('', '')).toEqual({ registrationNumber: 'registrationNumber.required', accessCode: 'accessCode.required' });
    expect(errorsOf('   ', ' - ')).toEqual({ registrationNumber: 'registrationNumber.required', accessCode: 'accessCode.required' });
    expect(errorsOf(undefined, undefined)).toEqual({ registrationNumber: 'registrationNumber.required', accessCode: 'accessCode.required' });
  });

  it('refuses garbage with the key of the field', () => {
    for (const typed of ['123', 'RMN-123', 'ABC-2026-000123', 'RMN-2026-000000', 'RMN-1999-000123', '26-000123', 'RMN-2026-', "'; DROP TABLE x --", 'x'.repeat(41)]) {
      expect(errorsOf(typed, 'K7MP-Q2XW'), typed).toEqual({ registrationNumber: 'registrationNumber.invalid' });
    }
    // Seven or nine characters, and the look-alikes the alphabet leaves out (0, 1, I, O).
    for (const typed of ['K7MP-Q2X', 'K7MP-Q2XWA', 'K7MP-Q2X0', 'K7MP-Q2X1', 'K7MP-Q2XI', 'K7MP-Q2XO', 'K'.repeat(41)]) {
      expect(errorsOf('RMN-2026-000123', typed), typed).toEqual({ accessCode: 'accessCode.invalid' });
    }
  });

  it('takes no other fields', () => {
    expect(ZStatusLookupSchema.safeParse({ registrationNumber: 'RMN-2026-000123', accessCode: 'K7MP-Q2XW', ip: '10.0.0.1' }).success).toBe(false);
  });

  it('parses its own output again to the same values (the server parses what the browser sent)', () => {
    const once = ZStatusLookupSchema.parse({ registrationNumber: '2026 123', accessCode: 'k7mp q2xw' });
    expect(ZStatusLookupSchema.parse(once)).toEqual(once);
  });

  it('leaves a number it cannot read unread (the page ignores a bad ?number=)', () => {
    expect(readTypedRegistrationNumber('RMN-2026-000123')).toBe('RMN-2026-000123');
    expect(readTypedRegistrationNumber('hello')).toBeNull();
  });
});
