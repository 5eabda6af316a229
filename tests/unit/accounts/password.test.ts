import { describe, expect, it } from 'vitest';
import { ZRegisterSchema, ZResetPasswordSchema } from '@/lib/accounts/schemas';
import { checkPassword, checkPasswordLength, passwordUserInputs, PASSWORD_MIN_SCORE, zPassword } from '@/lib/accounts/validation/password';
import { estimatePassword } from '@/lib/accounts/validation/password-strength';
import ro from '@/lib/i18n/messages/ro.json';
import en from '@/lib/i18n/messages/en.json';

const reasonOf = async (password: string, context?: Parameters<typeof checkPassword>[1]) => {
  const result = await checkPassword(password, context);
  return result.ok ? 'ok' : result.reason;
};

// The first check builds the estimator's dictionaries, which takes a moment on a slow machine.
const SLOW = 30_000;

describe('checkPasswordLength', () => {
  it('requires 12 to 128 code points, not UTF-16 units', () => {
    expect(checkPasswordLength('')).toBe('tooShort');
    expect(checkPasswordLength('x7#kQ!m2Lp9')).toBe('tooShort'); // 11
    expect(checkPasswordLength('x7#kQ!m2Lp9z')).toBe(null); // 12
    // 6 emoji are 12 UTF-16 units but only 6 characters.
    expect(checkPasswordLength('🔑🔒🐻🌲🚲🎲')).toBe('tooShort');
    expect(checkPasswordLength('🐻🌲'.repeat(64))).toBe(null);
    expect(checkPasswordLength(`${'🐻🌲'.repeat(64)}🐻`)).toBe('tooLong');
    expect(checkPasswordLength('ăîșțâăîșțâă')).toBe('tooShort');
    expect(checkPasswordLength('ab1c2d3e4f5g6h7i'.repeat(8))).toBe(null);
    expect(checkPasswordLength(`${'ab1c2d3e4f5g6h7i'.repeat(8)}x`)).toBe('tooLong');
  });
});

describe('estimatePassword', () => {
  it(
    'scores a passphrase of unrelated words as safe, with no composition rules',
    () => {
      for (const password of ['lumina de pe deal', 'corabiaverdeplutește', 'cal baie fereastră nouă', 'x7#kQ!m2Lp9z']) {
        expect(estimatePassword(password).score, password).toBeGreaterThanOrEqual(PASSWORD_MIN_SCORE);
      }
    },
    SLOW,
  );

  it.each([
    // International leaks (the common dictionary) and keyboard walks, however long.
    'password1234', 'PasswordPassword', 'qwertyuiopasdf', 'iloveyou1234', '123456789012', 'abcabcabcabc', 'aaaaaaaaaaaa',
    // Romanian favourites from our own dictionary, decorated the usual ways.
    'parola123456', 'Parolamea2025', 'teiubescmult12', 'Steaua1986!', 'dinamobucuresti', 'primariaroman1', 'Alexandru2025',
    // The same words typed with diacritics.
    'iubireaMeaMare', 'bucureștibucurești', 'parolămea2026',
  ])('finds %s guessable', (password) => {
    expect(estimatePassword(password).score).toBeLessThan(PASSWORD_MIN_SCORE);
  }, SLOW);

  it('explains why, with keys the portal translates in both languages', () => {
    expect(estimatePassword('parola123456')).toMatchObject({ warning: 'similarToCommon', suggestions: ['anotherWord'] });
    expect(estimatePassword('PasswordPassword')).toMatchObject({ warning: 'extendedRepeat', suggestions: expect.arrayContaining(['repeated']) });
    expect(estimatePassword('Alexandru2025').warning).toBe('commonNames');
    const keys = (group: 'warning' | 'suggestion') => Object.keys(ro.auth.password[group]).sort();
    expect(keys('warning')).toEqual(Object.keys(en.auth.password.warning).sort());
    expect(keys('suggestion')).toEqual(Object.keys(en.auth.password.suggestion).sort());
    for (const password of ['parola123456', 'PasswordPassword', 'Alexandru2025', 'qwertyuiop', '1980-05-12', 'Teiubesc', 'drowssap2', 'p@r0l@m3@']) {
      const { warning, suggestions } = estimatePassword(password);
      if (warning) expect(keys('warning'), password).toContain(warning);
      for (const suggestion of suggestions) expect(keys('suggestion'), password).toContain(suggestion);
    }
  }, SLOW);

  it('counts the person’s own details as the first words tried', () => {
    const inputs = passwordUserInputs({ email: 'sorin.lupu@example.ro', names: ['Sorin', 'Lupu-Constantinescu'] });
    expect(inputs).toEqual(expect.arrayContaining(['sorin.lupu@example.ro', 'sorin.lupu', 'sorin', 'lupu', 'lupu-constantinescu', 'constantinescu']));
    expect(estimatePassword('constantinescu1', inputs)).toMatchObject({ warning: 'userInputs' });
    expect(estimatePassword('constantinescu1', inputs).score).toBeLessThan(estimatePassword('constantinescu1').score);
  }, SLOW);
});

describe('checkPassword', () => {
  it('reports the length before anything else', async () => {
    expect(await reasonOf('password')).toBe('tooShort');
    expect(await reasonOf('x'.repeat(129))).toBe('tooLong');
  });

  it('refuses a guessable password as weak, with the feedback to show', async () => {
    const result = await checkPassword('parola123456');
    expect(result).toMatchObject({ ok: false, reason: 'weak', estimate: { warning: 'similarToCommon' } });
    expect(await reasonOf('lumina de pe deal')).toBe('ok');
  }, SLOW);

  it('refuses the email, its local part or a name, ignoring case, diacritics and spaces', async () => {
    const context = { email: 'Ion.Popescu1980@example.ro', names: ['Alexandrescu', 'Ștefănescu-Tănase'] };
    expect(await reasonOf('ion.popescu1980', context)).toBe('containsPersonal');
    expect(await reasonOf('ION.POPESCU1980@example.ro', context)).toBe('containsPersonal');
    expect(await reasonOf('stefanescu-tanase', context)).toBe('containsPersonal');
    expect(await reasonOf('ion.popescu1980', {})).toBe('ok');
  }, SLOW);

  it('refuses a password guessable only because of the person’s details', async () => {
    const context = { email: 'mirela.vasilescu@example.ro', names: ['Mirela', 'Vasilescu'] };
    expect(await reasonOf('vasilescumirela', {})).toBe('ok');
    expect(await reasonOf('Mirela.Vasilescu!', {})).toBe('ok');
    expect(await reasonOf('Mirela.Vasilescu!', context)).toBe('containsPersonal');
    expect(await reasonOf('vasilescumirela', context)).toBe('containsPersonal');
    expect(await reasonOf('un cal verde zboară', context)).toBe('ok');
    expect(await reasonOf('un cal verde zboară', { email: '', names: ['', '  '] })).toBe('ok');
  }, SLOW);
});

describe('the schemas', () => {
  const messages = async (value: unknown) => (await zPassword().safeParseAsync(value)).error?.issues.map((issue) => issue.message);

  it('zPassword keeps a good password unchanged, spaces included, and reports password.<reason>', async () => {
    expect(await zPassword().parseAsync('  lumina de pe deal  ')).toBe('  lumina de pe deal  ');
    expect(await messages('short')).toEqual(['password.tooShort']);
    expect(await messages('x'.repeat(129))).toEqual(['password.tooLong']);
    expect(await messages('passwordpassword')).toEqual(['password.weak']);
    expect(await messages(undefined)).toEqual(['password.tooShort']);
  }, SLOW);

  it('the reset schema refuses a guessable password and a mismatch', async () => {
    const token = 'a'.repeat(32);
    const result = await ZResetPasswordSchema.safeParseAsync({ token, password: 'Parolamea2025', passwordConfirm: 'Parolamea2025' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['password'], message: 'password.weak' })]);
    const mismatch = await ZResetPasswordSchema.safeParseAsync({ token, password: 'lumina de pe deal', passwordConfirm: 'lumina de pe munte' });
    expect(mismatch.error?.issues).toEqual([expect.objectContaining({ path: ['passwordConfirm'], message: 'password.mismatch' })]);
  }, SLOW);

  it('the registration schema refuses a password built on the name typed in the form', async () => {
    const person = {
      accountType: 'PERSON',
      firstName: 'Mirela',
      lastName: 'Vasilescu',
      cnp: '1800101123450',
      address: { county: 'Neamț', locality: 'Roman', street: 'Strada Ștefan cel Mare', number: '10', postalCode: '611001' },
      email: 'mirela.v@example.ro',
      phone: '0722123456',
      acceptTerms: true,
      acceptPrivacy: true,
    };
    const result = await ZRegisterSchema.safeParseAsync({ ...person, password: 'vasilescumirela', passwordConfirm: 'vasilescumirela' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['password', 'password.containsPersonal']);
  }, SLOW);
});
