import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from '@/lib/accounts/validation/common-passwords';
import { checkPassword, isCommonPassword, passwordStrength } from '@/lib/accounts/validation/password';
import { zPassword } from '@/lib/accounts/validation';

const reasonOf = (password: string, context?: Parameters<typeof checkPassword>[1]) => {
  const result = checkPassword(password, context);
  return result.ok ? 'ok' : result.reason;
};

describe('COMMON_PASSWORDS', () => {
  it('holds at least 2,000 entries', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(2000);
  });

  it('is lower-cased, without blanks or surrounding whitespace', () => {
    for (const entry of COMMON_PASSWORDS) {
      expect(entry, entry).toBe(entry.toLowerCase());
      expect(entry, entry).toMatch(/^\S+$/);
    }
  });

  it('includes many entries long enough to pass the length rule', () => {
    const long = [...COMMON_PASSWORDS].filter((entry) => [...entry].length >= 12);
    expect(long.length).toBeGreaterThanOrEqual(500);
  });

  it.each([
    '123456', 'password', 'qwerty', '111111', 'iloveyou', 'parola', 'parola123', 'bucuresti', 'romania',
    'steaua', 'dinamo', 'qwertyuiopasdf', '123456789012', 'passwordpassword', 'parolaparola', 'iloveyou1234',
    'password2025', 'alexandru1234', 'p@ssw0rd', 'aaaaaaaaaaaa', '123123123123',
  ])('contains %s', (entry) => {
    expect(COMMON_PASSWORDS.has(entry)).toBe(true);
  });
});

describe('checkPassword', () => {
  it('accepts a long enough uncommon password, with no composition rules', () => {
    expect(checkPassword('lumina de pe deal')).toEqual({ ok: true });
    expect(checkPassword('corabiaverdeplutește')).toEqual({ ok: true });
    expect(checkPassword('cal baie fereastră nouă')).toEqual({ ok: true });
  });

  it('requires at least 12 characters', () => {
    expect(checkPassword('')).toEqual({ ok: false, reason: 'tooShort' });
    expect(reasonOf('x7#kQ!m2Lp9')).toBe('tooShort'); // 11
    expect(reasonOf('x7#kQ!m2Lp9z')).toBe('ok'); // 12
  });

  it('allows at most 128 characters', () => {
    const base = 'ab1c2d3e4f5g6h7i';
    expect(reasonOf(base.repeat(8))).toBe('ok'); // 128
    expect(reasonOf(`${base.repeat(8)}x`)).toBe('tooLong'); // 129
  });

  it('counts Unicode code points, not UTF-16 units', () => {
    // 6 emoji are 12 UTF-16 units but only 6 characters.
    expect('🔑🔒🐻🌲🚲🎲'.length).toBe(12);
    expect(reasonOf('🔑🔒🐻🌲🚲🎲')).toBe('tooShort');
    expect(reasonOf('🔑🔒🐻🌲🚲🎲🔑🔒🐻🌲🚲🎲')).toBe('ok');
    // 128 emoji are 256 UTF-16 units but within the limit.
    expect(reasonOf('🐻🌲'.repeat(64))).toBe('ok');
    expect(reasonOf(`${'🐻🌲'.repeat(64)}🐻`)).toBe('tooLong');
    // Romanian letters count once each.
    expect(reasonOf('ăîșțâăîșțâăî')).toBe('ok');
    expect(reasonOf('ăîșțâăîșțâă')).toBe('tooShort');
  });

  it('rejects common passwords case-insensitively, including long ones', () => {
    expect(checkPassword('qwertyuiopasdf')).toEqual({ ok: false, reason: 'common' });
    expect(reasonOf('PasswordPassword')).toBe('common');
    expect(reasonOf('PAROLAPAROLA')).toBe('common');
    expect(reasonOf('IloveYou1234')).toBe('common');
    expect(reasonOf('123456789012')).toBe('common');
    expect(reasonOf('Alexandru2025')).toBe('common');
  });

  it('rejects common passwords typed with diacritics', () => {
    expect(reasonOf('iubireaMeaMare')).toBe('common');
    expect(reasonOf('bucureștibucurești')).toBe('common');
    expect(isCommonPassword('Parolă')).toBe(true);
  });

  it('reports the length before the common list', () => {
    expect(reasonOf('password')).toBe('tooShort');
  });

  it('rejects the email, its local part or a name, case-insensitively', () => {
    const context = { email: 'Ion.Popescu1980@example.ro', names: ['Alexandrescu', 'Constantinescu'] };
    expect(checkPassword('ion.popescu1980', context)).toEqual({ ok: false, reason: 'containsPersonal' });
    expect(reasonOf('ION.POPESCU1980', context)).toBe('containsPersonal');
    expect(reasonOf('ion.popescu1980@example.ro', context)).toBe('containsPersonal');
    expect(reasonOf('constantinescu', context)).toBe('containsPersonal');
    expect(reasonOf('AlexandrescuConstantinescu', context)).toBe('containsPersonal');
    expect(reasonOf('Alexandrescu Constantinescu', context)).toBe('containsPersonal');
    expect(reasonOf('ion.popescu1980 și prietenii', context)).toBe('ok');
  });

  it('compares names without regard to diacritics', () => {
    expect(reasonOf('stefanescu-tanase', { names: ['Ștefănescu-Tănase'] })).toBe('containsPersonal');
    expect(reasonOf('Ștefănescu-Tănase', { names: ['stefanescu-tanase'] })).toBe('containsPersonal');
  });

  it('ignores empty personal details', () => {
    expect(reasonOf('un cal verde zboară', { email: '', names: ['', '  '] })).toBe('ok');
    expect(reasonOf('un cal verde zboară', {})).toBe('ok');
  });
});

describe('passwordStrength', () => {
  it('is 0 for empty and common passwords', () => {
    expect(passwordStrength('')).toBe(0);
    expect(passwordStrength('password')).toBe(0);
    expect(passwordStrength('PasswordPassword')).toBe(0);
    expect(passwordStrength('qwertyuiopasdfghjklzxcvbnm')).toBe(0);
  });

  it('is at most 1 below the minimum length', () => {
    expect(passwordStrength('xk')).toBe(0);
    expect(passwordStrength('xkcdzq')).toBe(0);
    expect(passwordStrength('Xk7#qZ2!mL')).toBe(1);
  });

  it('grows with length', () => {
    expect(passwordStrength('lunadinpadure')).toBe(1); // 13, lowercase only
    expect(passwordStrength('lunadinpadurevine')).toBe(2); // 17
    expect(passwordStrength('lunadinpadurevineacasa')).toBe(3); // 22
    expect(passwordStrength('lunadinpadurevineacasaseara')).toBe(4); // 27
  });

  it('rewards variety at the same length', () => {
    expect(passwordStrength('lunadinpadure')).toBeLessThan(passwordStrength('Luna-din-Padure7'));
    expect(passwordStrength('Luna#dinPad7')).toBe(2);
    expect(passwordStrength('Luna#dinPadure7x')).toBe(3);
    expect(passwordStrength('Luna#dinPadure7xQ!23')).toBe(4);
  });

  it('is 1 for long but repetitive passwords', () => {
    expect(passwordStrength('zzzzzzzzzzzzzzzzzzzzzzzzy')).toBe(1);
    expect(passwordStrength('xyzxyzxyzxyzxyzxyzxyzxyz')).toBe(1);
  });

  it('never exceeds 4', () => {
    expect(passwordStrength('Aa1!Bb2@Cc3#Dd4$Ee5%Ff6^Gg7&Hh8*')).toBe(4);
  });
});

describe('zPassword', () => {
  const messages = (value: unknown) => zPassword().safeParse(value).error?.issues.map((issue) => issue.message);

  it('accepts a good password unchanged, spaces included', () => {
    expect(zPassword().parse('  lumina de pe deal  ')).toBe('  lumina de pe deal  ');
  });

  it('reports password.<reason>', () => {
    expect(messages('short')).toEqual(['password.tooShort']);
    expect(messages('x'.repeat(129))).toEqual(['password.tooLong']);
    expect(messages('passwordpassword')).toEqual(['password.common']);
    expect(messages(undefined)).toEqual(['password.tooShort']);
  });
});
