import { describe, expect, it, vi } from 'vitest';
import { DEMO_PAYMENT_IBAN, parseEnv } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { defaultMunicipalitySettings, municipalityFrom, parseSender, paymentAccount, senderFrom, telHref } from '@/lib/settings/municipality';
import { ZMunicipalitySettingsSchema, ZUpdateMunicipalitySettingsSchema, type TMunicipalitySettingsInput } from '@/lib/settings/schemas';

const VALID: TMunicipalitySettingsInput = {
  nameRo: 'Primăria Municipiului Roman',
  nameEn: 'Roman City Hall',
  shortNameRo: 'Primăria Roman',
  shortNameEn: 'Roman City Hall',
  street: 'Piața Roman-Vodă nr. 1',
  postalCode: '611022',
  city: 'Roman',
  county: 'Neamț',
  countryRo: 'România',
  countryEn: 'Romania',
  phone: '0233 741 119',
  fax: '',
  email: 'Primaria@PrimariaRoman.ro',
  website: 'https://www.primariaroman.ro/',
  dpoEmail: 'dpo@primariaroman.ro',
  hoursRo: 'Luni – Vineri: 08:00 – 16:00\n\n  Sâmbătă, duminică:   închis  \n',
  hoursEn: ['Monday – Friday: 08:00 – 16:00'],
  iban: 'ro49 aaaa 1b31 0075 9384 0000',
  beneficiary: 'Municipiul Roman',
  beneficiaryFiscalCode: '',
  emailSenderName: 'Primăria Municipiului Roman',
};

const errorsOf = (input: unknown) => {
  const result = ZMunicipalitySettingsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the municipality settings schema', () => {
  it('accepts a valid IBAN in any spacing and case, and stores it compact and upper-case', () => {
    const settings = ZMunicipalitySettingsSchema.parse(VALID);
    expect(settings.iban).toBe('RO49AAAA1B31007593840000');
    expect(ZMunicipalitySettingsSchema.parse({ ...VALID, iban: 'RO80-TREZ-4922-440X-XXXX-XXXX' }).iban).toBe(DEMO_PAYMENT_IBAN);
  });

  it('refuses an IBAN whose control digits are wrong, one of the wrong length, and an empty one', () => {
    expect(errorsOf({ ...VALID, iban: 'RO48AAAA1B31007593840000' })).toEqual({ iban: 'settings.ibanInvalid' });
    expect(errorsOf({ ...VALID, iban: 'RO49AAAA1B3100759384000' })).toEqual({ iban: 'settings.ibanInvalid' });
    expect(errorsOf({ ...VALID, iban: 'not an iban' })).toEqual({ iban: 'settings.ibanInvalid' });
    expect(errorsOf({ ...VALID, iban: '   ' })).toEqual({ iban: 'settings.ibanRequired' });
  });

  it('normalizes the rest: trimmed text, lower-cased emails, hours one per line without empty rows, empty optional fields as none', () => {
    const settings = ZMunicipalitySettingsSchema.parse({ ...VALID, nameRo: '  Primăria   Municipiului Roman ', phone: ' 0233  741 119 ' });
    expect(settings).toMatchObject({
      nameRo: 'Primăria Municipiului Roman',
      phone: '0233 741 119',
      email: 'primaria@primariaroman.ro',
      website: 'https://www.primariaroman.ro',
      hoursRo: ['Luni – Vineri: 08:00 – 16:00', 'Sâmbătă, duminică: închis'],
      hoursEn: ['Monday – Friday: 08:00 – 16:00'],
      fax: null,
      beneficiaryFiscalCode: null,
    });
    expect(ZMunicipalitySettingsSchema.parse({ ...VALID, fax: '0233 741 701', beneficiaryFiscalCode: 'RO 2613583' })).toMatchObject({ fax: '0233 741 701', beneficiaryFiscalCode: '2613583' });
  });

  it('requires every field but the fax and the fiscal code, each with its own message', () => {
    const empty = Object.fromEntries(Object.keys(VALID).map((key) => [key, ''])) as Record<string, string>;
    expect(errorsOf(empty)).toEqual({
      nameRo: 'settings.nameRequired',
      nameEn: 'settings.nameRequired',
      shortNameRo: 'settings.nameRequired',
      shortNameEn: 'settings.nameRequired',
      street: 'settings.streetRequired',
      postalCode: 'address.postalCode',
      city: 'settings.cityRequired',
      county: 'settings.countyRequired',
      countryRo: 'settings.countryRequired',
      countryEn: 'settings.countryRequired',
      phone: 'phone.invalid',
      email: 'email.invalid',
      website: 'settings.websiteInvalid',
      dpoEmail: 'email.invalid',
      hoursRo: 'settings.hoursRequired',
      hoursEn: 'settings.hoursRequired',
      iban: 'settings.ibanRequired',
      beneficiary: 'settings.beneficiaryRequired',
      emailSenderName: 'settings.senderRequired',
    });
  });

  it('refuses what would be wrong on the pages: a bad phone or fax, a site that is not http(s), too many hour lines, quotes in the sender', () => {
    expect(errorsOf({ ...VALID, phone: '741 119', fax: '12' })).toEqual({ phone: 'phone.invalid', fax: 'phone.invalid' });
    expect(errorsOf({ ...VALID, website: 'javascript:alert(1)' })).toEqual({ website: 'settings.websiteInvalid' });
    expect(errorsOf({ ...VALID, hoursRo: Array.from({ length: 11 }, (_, i) => `Rândul ${i}`).join('\n') })).toEqual({ hoursRo: 'settings.hoursTooMany' });
    expect(errorsOf({ ...VALID, emailSenderName: 'Primăria "Roman" <x>' })).toEqual({ emailSenderName: 'settings.senderCharacters' });
    expect(errorsOf({ ...VALID, beneficiaryFiscalCode: '12345' })).toHaveProperty('beneficiaryFiscalCode');
  });

  it('refuses fields it does not know, and a save that does not say which version it changes', () => {
    expect(ZMunicipalitySettingsSchema.safeParse({ ...VALID, updatedById: 'x' }).success).toBe(false);
    expect(ZUpdateMunicipalitySettingsSchema.safeParse(VALID).success).toBe(false);
    expect(ZUpdateMunicipalitySettingsSchema.safeParse({ ...VALID, expectedUpdatedAt: null }).success).toBe(true);
    expect(ZUpdateMunicipalitySettingsSchema.safeParse({ ...VALID, expectedUpdatedAt: '2026-12-07T02:00:00.000Z' }).success).toBe(true);
  });

  it('has a message in both languages for every error key of the settings', () => {
    for (const locale of ['ro', 'en'] as const) {
      const errors = messages[locale].errors.settings as Record<string, string>;
      for (const key of ['nameRequired', 'streetRequired', 'cityRequired', 'countyRequired', 'countryRequired', 'tooLong', 'websiteInvalid', 'hoursRequired', 'hoursTooMany', 'hoursLineTooLong', 'ibanRequired', 'ibanInvalid', 'beneficiaryRequired', 'senderRequired', 'senderCharacters', 'stale']) {
        expect(errors[key], `${locale}: ${key}`).toBeTruthy();
      }
    }
    expect(messages.ro.errors.settings.ibanInvalid).toMatch(/^IBAN invalid: verificați cifrele de control/);
  });
});

describe('the defaults and the payment account', () => {
  it('without saved settings, shows the embedded identity and the environment account', () => {
    const config = parseEnv({});
    const municipality = municipalityFrom(null, config);
    expect(municipality.name.ro).toBe('Primăria Municipiului Roman');
    expect(municipality.address.street).toBe('Piața Roman-Vodă nr. 1');
    expect(municipality.phone).toBe('0233 741 119');
    expect(municipality.treasury).toEqual({ iban: DEMO_PAYMENT_IBAN, beneficiary: 'Municipiul Roman', fiscalCode: null });
    expect(municipality.emailSenderName).toBe('Primăria Municipiului Roman');
    // A stored value that no longer parses falls back to the defaults rather than breaking every page, and says so in the log.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(municipalityFrom({ nameRo: 1 }, config).name.ro).toBe('Primăria Municipiului Roman');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('[settings]'), expect.anything());
    logged.mockRestore();
  });

  it('takes the settings account unless the environment pins one; demo only while it is the demo account', () => {
    const saved = { iban: 'RO49AAAA1B31007593840000', beneficiary: 'Municipiul Roman - buget local', fiscalCode: '2613583' };
    expect(paymentAccount(saved, parseEnv({}))).toEqual({ ...saved, demo: false });
    expect(paymentAccount({ ...saved, iban: DEMO_PAYMENT_IBAN }, parseEnv({})).demo).toBe(true);
    const pinned = parseEnv({ PAYMENT_IBAN: 'RO80 TREZ 4922 440X XXXX XXXX', PAYMENT_BENEFICIARY: 'Trezoreria Roman' });
    expect(paymentAccount(saved, pinned)).toEqual({ iban: DEMO_PAYMENT_IBAN, beneficiary: 'Trezoreria Roman', fiscalCode: '2613583', demo: true });
    expect(paymentAccount(saved, parseEnv({ PAYMENT_BENEFICIARY: 'Trezoreria Roman' }))).toMatchObject({ iban: saved.iban, beneficiary: 'Trezoreria Roman' });
    expect(defaultMunicipalitySettings(parseEnv({ PAYMENT_IBAN: 'RO49AAAA1B31007593840000' })).iban).toBe('RO49AAAA1B31007593840000');
  });

  it('names the sender as the settings say, at the address of MAIL_FROM', () => {
    expect(parseSender('Primăria Municipiului Roman <portal@primariaroman.ro>')).toEqual({ name: 'Primăria Municipiului Roman', address: 'portal@primariaroman.ro' });
    expect(parseSender('portal@primariaroman.ro')).toEqual({ name: null, address: 'portal@primariaroman.ro' });
    expect(senderFrom('Primăria Roman', '"Portal" <portal@primariaroman.ro>')).toBe('"Primăria Roman" <portal@primariaroman.ro>');
    expect(senderFrom('Primăria Roman', 'portal@primariaroman.ro')).toBe('"Primăria Roman" <portal@primariaroman.ro>');
    expect(defaultMunicipalitySettings(parseEnv({ MAIL_FROM: 'portal@primariaroman.ro' })).emailSenderName).toBe('Primăria Municipiului Roman');
  });

  it('links a phone number as written to its international form', () => {
    expect(telHref('0233 741 119')).toBe('tel:+40233741119');
  });
});
