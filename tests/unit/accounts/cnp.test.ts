import { describe, expect, it } from 'vitest';
import { cnpControlDigit, validateCnp } from '@/lib/accounts/validation/cnp';
import { zCnp } from '@/lib/accounts/validation';

// 15 June 2025, local time: the "today" of every test unless stated otherwise.
const TODAY = new Date(2025, 5, 15, 12, 0, 0);

const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

// An independent implementation of the control digit, to build valid CNPs for the date tests.
function withControl(first12: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first12[i]), 0);
  const remainder = sum % 11;
  return first12 + String(remainder === 10 ? 1 : remainder);
}

const reasonOf = (value: string, today = TODAY) => {
  const result = validateCnp(value, today);
  return result.ok ? 'ok' : result.reason;
};

describe('validateCnp', () => {
  it('accepts the reference vectors', () => {
    expect(validateCnp('1800101123450', TODAY)).toEqual({
      ok: true,
      birthDate: new Date(Date.UTC(1980, 0, 1)),
      sex: 'M',
      countyCode: '12',
    });
    expect(validateCnp('5240508700015', TODAY)).toEqual({
      ok: true,
      birthDate: new Date(Date.UTC(2024, 4, 8)),
      sex: 'M',
      countyCode: '70',
    });
    // The demo-data CNP.
    expect(validateCnp('1800101270018', TODAY)).toMatchObject({ ok: true, countyCode: '27' });
  });

  it('rejects a wrong control digit', () => {
    expect(validateCnp('1800101123456', TODAY)).toEqual({ ok: false, reason: 'checksum' });
    for (let digit = 1; digit <= 9; digit++) {
      expect(reasonOf(`180010112345${digit}`)).toBe('checksum');
    }
  });

  it('uses 1 as the control digit when the remainder is 10', () => {
    expect(cnpControlDigit('180010112005')).toBe(1);
    expect(reasonOf('1800101120051')).toBe('ok');
    expect(reasonOf('1800101120050')).toBe('checksum');
  });

  it('computes the control digit of the reference vectors', () => {
    expect(cnpControlDigit('180010112345')).toBe(0);
    expect(cnpControlDigit('524050870001')).toBe(5);
    expect(cnpControlDigit('180010127001')).toBe(8);
  });

  it('defaults today to the current date', () => {
    expect(validateCnp('1800101123450').ok).toBe(true);
    // Born 1 January 2099: in the future whenever these tests run.
    expect(validateCnp(withControl('599010112345'))).toEqual({ ok: false, reason: 'future' });
  });

  describe('format', () => {
    it.each([
      ['empty', ''],
      ['12 digits', '180010112345'],
      ['14 digits', '18001011234500'],
      ['letters', '18001011234A0'],
      ['all letters', 'abcdefghijklm'],
      ['inner spaces', '180 0101 123450'],
      ['dashes', '1-800101-123450'],
      ['a sign', '+800101123450'],
      ['non-ASCII digits', '١٨٠٠١٠١١٢٣٤٥٠'],
      ['fullwidth digits', '１８００１０１１２３４５０'],
    ])('rejects %s', (_label, value) => {
      expect(validateCnp(value, TODAY)).toEqual({ ok: false, reason: 'format' });
    });

    it('ignores spaces, tabs and newlines around the number', () => {
      expect(reasonOf('  1800101123450  ')).toBe('ok');
      expect(reasonOf('\t1800101123450\n')).toBe('ok');
    });

    it('rejects a first digit of 0 or 9', () => {
      expect(reasonOf(withControl('080010112345'))).toBe('format');
      expect(reasonOf(withControl('980010112345'))).toBe('format');
    });
  });

  describe('sex and century', () => {
    it.each([
      ['1', 'M', 1980],
      ['2', 'F', 1980],
      ['3', 'M', 1880],
      ['4', 'F', 1880],
      ['5', 'M', 2080],
      ['6', 'F', 2080],
    ])('first digit %s → %s born in %i', (first, sex, year) => {
      const today = new Date(2090, 0, 1);
      const result = validateCnp(withControl(`${first}80010112345`), today);
      expect(result).toEqual({ ok: true, birthDate: new Date(Date.UTC(year, 0, 1)), sex, countyCode: '12' });
    });

    it('places foreign residents (7/8) in the latest century that is not in the future', () => {
      const birthYear = (cnp: string) => {
        const result = validateCnp(withControl(cnp), TODAY);
        return result.ok ? result.birthDate.getUTCFullYear() : result.reason;
      };
      expect(birthYear('700010112345')).toBe(2000);
      expect(birthYear('725010112345')).toBe(2025);
      expect(birthYear('726010112345')).toBe(1926);
      expect(birthYear('899010112345')).toBe(1999);
      expect(validateCnp(withControl('880010112345'), TODAY)).toMatchObject({ ok: true, sex: 'F' });
      // yy equal to this year but a later day of it: 2025, so still in the future.
      expect(reasonOf(withControl('725123112345'))).toBe('future');
    });
  });

  describe('birth date', () => {
    it.each([
      ['31 February', '180023112345'],
      ['30 February', '180023012345'],
      ['31 April', '180043112345'],
      ['31 June', '180063112345'],
      ['31 September', '180093112345'],
      ['31 November', '180113112345'],
      ['month 00', '180000112345'],
      ['month 13', '180130112345'],
      ['day 00', '180010012345'],
      ['day 32', '180013212345'],
    ])('rejects %s', (_label, first12) => {
      expect(reasonOf(withControl(first12))).toBe('date');
    });

    it('accepts the last day of each month', () => {
      for (const mmdd of ['0131', '0229', '0331', '0430', '0531', '0630', '0731', '0831', '0930', '1031', '1130', '1231']) {
        expect(reasonOf(withControl(`180${mmdd}12345`))).toBe('ok');
      }
    });

    it('accepts 29 February only in leap years', () => {
      expect(reasonOf(withControl('160022912345'))).toBe('ok'); // 1960
      expect(reasonOf(withControl('161022912345'))).toBe('date'); // 1961
      expect(reasonOf(withControl('196022912345'))).toBe('ok'); // 1996
      expect(reasonOf(withControl('100022912345'))).toBe('date'); // 1900: divisible by 100, not by 400
      expect(reasonOf(withControl('500022912345'))).toBe('ok'); // 2000: divisible by 400
      expect(reasonOf(withControl('524022912345'))).toBe('ok'); // 2024
      expect(reasonOf(withControl('523022912345'))).toBe('date'); // 2023
      expect(reasonOf(withControl('388022912345'))).toBe('ok'); // 1888
      expect(reasonOf(withControl('390022912345'))).toBe('date'); // 1890
    });

    it('rejects a birth date in the future', () => {
      expect(reasonOf(withControl('525061612345'))).toBe('future'); // tomorrow
      expect(reasonOf(withControl('530010112345'))).toBe('future'); // 2030
      expect(reasonOf(withControl('699123112345'))).toBe('future'); // 2099
    });

    it('accepts someone born today or yesterday', () => {
      expect(validateCnp(withControl('525061512345'), TODAY)).toMatchObject({
        ok: true,
        birthDate: new Date(Date.UTC(2025, 5, 15)),
      });
      expect(reasonOf(withControl('525061412345'))).toBe('ok');
    });

    it('compares calendar days, not times: born today is fine at any hour', () => {
      const earlyMorning = new Date(2025, 5, 15, 0, 0, 1);
      const lateEvening = new Date(2025, 5, 15, 23, 59, 59);
      expect(reasonOf(withControl('525061512345'), earlyMorning)).toBe('ok');
      expect(reasonOf(withControl('525061512345'), lateEvening)).toBe('ok');
      expect(reasonOf(withControl('525061612345'), lateEvening)).toBe('future');
    });

    it('reports an impossible date before the checksum', () => {
      expect(reasonOf('1800231123450')).toBe('date');
    });
  });

  describe('county code', () => {
    it.each(['00', '47', '48', '49', '50', '53', '60', '69', '71', '80', '99'])('rejects %s', (county) => {
      expect(reasonOf(withControl(`1800101${county}345`))).toBe('county');
    });

    it.each(['01', '12', '27', '40', '41', '46', '51', '52', '70'])('accepts %s', (county) => {
      expect(validateCnp(withControl(`1800101${county}345`), TODAY)).toMatchObject({ ok: true, countyCode: county });
    });

    it('reports the county before the checksum', () => {
      expect(reasonOf('1800101993450')).toBe('county');
    });
  });
});

describe('zCnp', () => {
  const schema = zCnp(() => TODAY);

  it('parses a valid CNP to its trimmed digits', () => {
    expect(schema.parse(' 1800101123450 ')).toBe('1800101123450');
  });

  it.each([
    ['1800101123456', 'cnp.checksum'],
    ['18001011234', 'cnp.format'],
    ['1800231123450', 'cnp.date'],
    [withControl('530010112345'), 'cnp.future'],
    [withControl('180010199345'), 'cnp.county'],
  ])('reports %s as %s', (value, key) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([key]);
  });

  it('reports a non-string as cnp.format', () => {
    expect(schema.safeParse(1800101123450).error?.issues[0]?.message).toBe('cnp.format');
  });

  it('reads the clock on every parse by default', () => {
    expect(zCnp().safeParse(withControl('599010112345')).error?.issues[0]?.message).toBe('cnp.future');
  });
});
