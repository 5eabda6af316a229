/**
 * The municipality's settings (/admin/settings): one zod schema, used by the form in the browser and
 * parsed again by the server action and when the stored value is read back. Flat on purpose: each
 * field is one box of the form and one line of the audit log (before → after). Errors are message
 * keys (`errors.settings.*`, `validation.*`).
 */
import { z } from 'zod';
import { zCui, normalizePhone } from '@/lib/accounts/validation';
import { zEmail } from '@/lib/accounts/schemas';
import { normalizeIban } from '@/lib/services/form/iban';

/** A required line of text, trimmed, with inner runs of spaces collapsed. */
const text = (key: string, max: number, min = 2) =>
  z
    .string({ error: `settings.${key}` })
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(min, `settings.${key}`).max(max, 'settings.tooLong'));

/** An optional field: an empty box is "none" (null), anything else must be valid. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value), schema.nullable()) as unknown as z.ZodType<z.output<T> | null, string | null>;

/** A phone number as the city hall writes it ("0233 741 119"); it must be a valid number, shown as typed. */
const phone = () =>
  z
    .string({ error: 'phone.invalid' })
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .refine((value) => normalizePhone(value) !== null, 'phone.invalid')
    .pipe(z.string().max(40, 'settings.tooLong'));

/** Office hours: one line per row of the text box, empty rows dropped; at least one, at most 10. */
const hours = z
  .union([z.string(), z.array(z.string())], { error: 'settings.hoursRequired' })
  .transform((value) => (Array.isArray(value) ? value : value.split(/\r?\n/)).map((line) => line.trim().replace(/\s+/g, ' ')).filter(Boolean))
  .pipe(z.array(z.string().max(160, 'settings.hoursLineTooLong')).min(1, 'settings.hoursRequired').max(10, 'settings.hoursTooMany'));

/** An IBAN, spaces and dashes allowed, checked by its control digits (ISO 13616); stored compact, upper-case. */
export const zIban = () =>
  z.string({ error: 'settings.ibanRequired' }).transform((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'settings.ibanRequired' });
      return z.NEVER;
    }
    const iban = normalizeIban(value);
    if (iban === null) {
      ctx.addIssue({ code: 'custom', message: 'settings.ibanInvalid' });
      return z.NEVER;
    }
    return iban;
  });

export const ZMunicipalitySettingsSchema = z
  .object({
    nameRo: text('nameRequired', 120),
    nameEn: text('nameRequired', 120),
    shortNameRo: text('nameRequired', 60),
    shortNameEn: text('nameRequired', 60),
    street: text('streetRequired', 120),
    postalCode: z.string({ error: 'address.postalCode' }).trim().regex(/^\d{6}$/, 'address.postalCode'),
    city: text('cityRequired', 60),
    county: text('countyRequired', 60),
    countryRo: text('countryRequired', 60),
    countryEn: text('countryRequired', 60),
    phone: phone(),
    fax: optional(phone()),
    email: zEmail(),
    website: z
      .string({ error: 'settings.websiteInvalid' })
      .trim()
      .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'settings.websiteInvalid' }))
      .transform((url) => url.replace(/\/$/, '')),
    dpoEmail: zEmail(),
    hoursRo: hours,
    hoursEn: hours,
    iban: zIban(),
    beneficiary: text('beneficiaryRequired', 120, 3),
    beneficiaryFiscalCode: optional(zCui()),
    // Shown as the sender's name of every email; quotes and angle brackets would break the address line.
    emailSenderName: text('senderRequired', 80).refine((value) => !/["<>\\]/.test(value), 'settings.senderCharacters'),
  })
  .strict();
export type TMunicipalitySettingsInput = z.input<typeof ZMunicipalitySettingsSchema>;
export type TMunicipalitySettings = z.output<typeof ZMunicipalitySettingsSchema>;

/** The form's save: the settings, and when the page's copy was saved (null: never, the defaults). */
export const ZUpdateMunicipalitySettingsSchema = ZMunicipalitySettingsSchema.extend({
  expectedUpdatedAt: z.iso.datetime({ error: 'invalid' }).nullable(),
}).strict();
export type TUpdateMunicipalitySettingsInput = z.input<typeof ZUpdateMunicipalitySettingsSchema>;
export type TUpdateMunicipalitySettings = z.output<typeof ZUpdateMunicipalitySettingsSchema>;
