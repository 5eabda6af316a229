import { describe, expect, it } from 'vitest';
import { normalizeCui, validateCui } from '@/lib/accounts/validation/cui';
import { zCui } from '@/lib/accounts/validation';

// An independent implementation of the control digit, to build valid codes of every length.
function withControl(body: string): string {
  const key = '753217532'.slice(9 - body.length);
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * Number(key[i]), 0);
  return body + String(((sum * 10) % 11) % 10);
}

const reasonOf = (value: string) => {
  const result = validateCui(value);
  return result.ok ? 'ok' : result.reason;
};

describe('normalizeCui', () => {
  it.each([
    ['4221306', { cui: '4221306', vatPrefix: false }],
    ['RO4221306', { cui: '4221306', vatPrefix: true }],
    ['ro4221306', { cui: '4221306', vatPrefix: true }],
    ['RO 4221306', { cui: '4221306', vatPrefix: true }],
    ['  RO 42 21 306 ', { cui: '4221306', vatPrefix: true }],
    ['4221 306', { cui: '4221306', vatPrefix: false }],
  ])('%j → %j', (value, expected) => {
    expect(normalizeCui(value)).toEqual(expected);
  });

  it('leaves anything else in place for validation to reject', () => {
    expect(normalizeCui('ROX123')).toEqual({ cui: 'X123', vatPrefix: true });
    expect(normalizeCui('DE123')).toEqual({ cui: 'DE123', vatPrefix: false });
    expect(normalizeCui('')).toEqual({ cui: '', vatPrefix: false });
  });
});

describe('validateCui', () => {
  it('accepts the reference vectors', () => {
    expect(validateCui('4221306')).toEqual({ ok: true, cui: '4221306', vatPrefix: false });
    expect(validateCui('RO4221306')).toEqual({ ok: true, cui: '4221306', vatPrefix: true });
    expect(validateCui('RO 4221306')).toEqual({ ok: true, cui: '4221306', vatPrefix: true });
    expect(validateCui('ro4221306')).toEqual({ ok: true, cui: '4221306', vatPrefix: true });
    expect(validateCui('12345674')).toEqual({ ok: true, cui: '12345674', vatPrefix: false });
  });

  it('rejects a wrong control digit', () => {
    expect(validateCui('12345678')).toEqual({ ok: false, reason: 'checksum' });
    expect(reasonOf('4221307')).toBe('checksum');
    expect(reasonOf('RO4221300')).toBe('checksum');
  });

  it('accepts exactly one control digit for every body', () => {
    const valid = [...'0123456789'].filter((digit) => validateCui(`422130${digit}`).ok);
    expect(valid).toEqual(['6']);
  });

  it('maps a remainder of 10 to the control digit 0', () => {
    // A 3-digit body uses the key's tail 5, 3, 2; find one whose sum ×10 mod 11 is 10.
    const body = Array.from({ length: 1000 }, (_, n) => String(100 + n)).find((candidate) => {
      const sum = Number(candidate[0]) * 5 + Number(candidate[1]) * 3 + Number(candidate[2]) * 2;
      return (sum * 10) % 11 === 10;
    });
    expect(body).toBeDefined();
    expect(reasonOf(`${body}0`)).toBe('ok');
  });

  it('accepts every length from 2 to 10 digits', () => {
    for (const body of ['1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '987654321']) {
      const cui = withControl(body);
      expect(validateCui(cui), cui).toMatchObject({ ok: true, cui });
    }
  });

  it.each([
    ['empty', ''],
    ['only the prefix', 'RO'],
    ['one digit', '7'],
    ['11 digits', `${withControl('987654321')}0`],
    ['a leading zero', '04221306'],
    ['zero', '00'],
    ['letters', '42213O6'],
    ['another country prefix', 'DE4221306'],
    ['a doubled prefix', 'RORO4221306'],
    ['dashes', '4221-306'],
    ['a negative number', '-4221306'],
  ])('rejects %s as format', (_label, value) => {
    expect(validateCui(value)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('zCui', () => {
  it('parses to the bare digits', () => {
    expect(zCui().parse(' RO 4221306 ')).toBe('4221306');
    expect(zCui().parse('12345674')).toBe('12345674');
  });

  it('reports cui.<reason>', () => {
    expect(zCui().safeParse('12345678').error?.issues.map((issue) => issue.message)).toEqual(['cui.checksum']);
    expect(zCui().safeParse('0123').error?.issues.map((issue) => issue.message)).toEqual(['cui.format']);
    expect(zCui().safeParse(4221306).error?.issues[0]?.message).toBe('cui.format');
  });
});
