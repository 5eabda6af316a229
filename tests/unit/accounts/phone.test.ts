import { describe, expect, it } from 'vitest';
import { normalizePhone } from '@/lib/accounts/validation/phone';
import { zPhone } from '@/lib/accounts/validation';

describe('normalizePhone', () => {
  it.each([
    ['0722123456', '+40722123456'],
    ['0722 123 456', '+40722123456'],
    ['0722.123.456', '+40722123456'],
    ['0722-123-456', '+40722123456'],
    ['(0722) 123 456', '+40722123456'],
    ['  0722 123 456  ', '+40722123456'],
    ['0233 741 119', '+40233741119'],
    ['(0233) 741-119', '+40233741119'],
    ['021 315 2000', '+40213152000'],
    ['0371 123 456', '+40371123456'],
    ['+40722123456', '+40722123456'],
    ['+40 722 123 456', '+40722123456'],
    ['+40 (0)722 123 456', '+40722123456'],
    ['+40 233 741 119', '+40233741119'],
    ['0040722123456', '+40722123456'],
    ['0040 722 123 456', '+40722123456'],
  ])('Romanian %j → %s', (value, expected) => {
    expect(normalizePhone(value)).toBe(expected);
  });

  it.each([
    ['+33 1 23 45 67 89', '+33123456789'],
    ['+49 30 1234567', '+49301234567'],
    ['+1 (212) 555-0123', '+12125550123'],
    ['0049 30 1234567', '+49301234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+37312345', '+37312345'], // 8 digits, the shortest accepted
    ['+123456789012345', '+123456789012345'], // 15 digits, the longest E.164 allows
  ])('international %j → %s', (value, expected) => {
    expect(normalizePhone(value)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['only separators', ' - . ( ) '],
    ['9 national digits', '072212345'],
    ['11 national digits', '07221234567'],
    ['a national number starting 01', '0122123456'],
    ['a national number starting 04', '0422123456'],
    ['a premium 08 number', '0800123456'],
    ['a 09 number', '0900123456'],
    ['a short +40 number', '+4072212345'],
    ['a long +40 number', '+407221234567'],
    ['+40 with a 04 prefix', '+40422123456'],
    ['0040 with a short number', '004072212345'],
    ['no prefix at all', '722123456'],
    ['40 without a plus', '40722123456'],
    ['7 international digits', '+3312345'],
    ['16 international digits', '+1234567890123456'],
    ['a country code starting with 0', '+0123456789'],
    ['a plus in the middle', '0722+123456'],
    ['two pluses', '++40722123456'],
    ['letters', '0722 ABC 456'],
    ['a slash', '0722/123/456'],
    ['an extension', '0233741119 int 12'],
  ])('rejects %s', (_label, value) => {
    expect(normalizePhone(value)).toBeNull();
  });
});

describe('zPhone', () => {
  it('parses to E.164', () => {
    expect(zPhone().parse(' 0722 123 456 ')).toBe('+40722123456');
  });

  it('reports phone.invalid', () => {
    expect(zPhone().safeParse('123').error?.issues.map((issue) => issue.message)).toEqual(['phone.invalid']);
    expect(zPhone().safeParse(722123456).error?.issues[0]?.message).toBe('phone.invalid');
  });
});
