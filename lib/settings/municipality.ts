/**
 * The municipality's identity as the portal shows it (footer, header, contact page, emails,
 * receipts), built from the settings the administrators save in /admin/settings or, until they
 * save them, from the embedded defaults (lib/municipality.ts and the payment account of the
 * environment). Pure: no database and no `server-only`, so that the PDF receipt, the email layout
 * and the job worker (plain Node) can use it; lib/settings/settings.ts reads the stored row.
 */
import { normalizePhone } from '@/lib/accounts/validation/phone';
import { DEMO_PAYMENT_IBAN, type TEnv } from '@/lib/env';
import { municipality as embedded } from '@/lib/municipality';
import { ZMunicipalitySettingsSchema, type TMunicipalitySettings, type TMunicipalitySettingsInput } from '@/lib/settings/schemas';

/** The Setting row's key. */
export const MUNICIPALITY_SETTING = 'municipality';

export type TMunicipality = {
  name: { ro: string; en: string };
  shortName: { ro: string; en: string };
  address: { street: string; postalCode: string; city: string; county: string; country: { ro: string; en: string } };
  phone: string;
  fax: string | null;
  email: string;
  website: string;
  dpoEmail: string;
  hours: { ro: string[]; en: string[] };
  /** The treasury account as the administrators set it; fees use `paymentAccount()` (the environment may override it). */
  treasury: { iban: string; beneficiary: string; fiscalCode: string | null };
  /** The display name of the emails' sender; the address is MAIL_FROM's. */
  emailSenderName: string;
};

/** The display name and the address of a sender written `Name <address>` or `address`. */
export function parseSender(from: string): { name: string | null; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (!match) return { name: null, address: from.trim() };
  return { name: match[1]!.trim() || null, address: match[2]!.trim() };
}

/** `"<display name>" <address of MAIL_FROM>`: the settings name the sender, the environment its address (a domain verified at the provider). */
export function senderFrom(displayName: string, mailFrom: string): string {
  return `"${displayName}" <${parseSender(mailFrom).address}>`;
}

/** The settings before an administrator saves them: the embedded identity and the environment's account. */
export function defaultMunicipalitySettings(config: Pick<TEnv, 'payment' | 'MAIL_FROM'>): TMunicipalitySettings {
  return ZMunicipalitySettingsSchema.parse({
    nameRo: embedded.name.ro,
    nameEn: embedded.name.en,
    shortNameRo: embedded.shortName.ro,
    shortNameEn: embedded.shortName.en,
    street: embedded.address.street,
    postalCode: embedded.address.postalCode,
    city: embedded.address.city,
    county: embedded.address.county,
    countryRo: embedded.address.country.ro,
    countryEn: embedded.address.country.en,
    phone: embedded.phone,
    fax: embedded.fax,
    email: embedded.email,
    website: embedded.website,
    dpoEmail: embedded.dpoEmail,
    hoursRo: [...embedded.hours.ro],
    hoursEn: [...embedded.hours.en],
    iban: config.payment.iban,
    beneficiary: config.payment.beneficiary,
    beneficiaryFiscalCode: null,
    emailSenderName: parseSender(config.MAIL_FROM).name ?? embedded.name.ro,
  } satisfies TMunicipalitySettingsInput);
}

/** The settings as the pages use them. */
export function toMunicipality(s: TMunicipalitySettings): TMunicipality {
  return {
    name: { ro: s.nameRo, en: s.nameEn },
    shortName: { ro: s.shortNameRo, en: s.shortNameEn },
    address: { street: s.street, postalCode: s.postalCode, city: s.city, county: s.county, country: { ro: s.countryRo, en: s.countryEn } },
    phone: s.phone,
    fax: s.fax,
    email: s.email,
    website: s.website,
    dpoEmail: s.dpoEmail,
    hours: { ro: s.hoursRo, en: s.hoursEn },
    treasury: { iban: s.iban, beneficiary: s.beneficiary, fiscalCode: s.beneficiaryFiscalCode },
    emailSenderName: s.emailSenderName,
  };
}

/** The settings of a stored value, or the defaults when there is none (or it no longer parses: logged). */
export function settingsFrom(stored: unknown, config: Pick<TEnv, 'payment' | 'MAIL_FROM'>): TMunicipalitySettings {
  if (stored === null || stored === undefined) return defaultMunicipalitySettings(config);
  const parsed = ZMunicipalitySettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.error('[settings] the stored municipality settings do not parse; the defaults are shown until an administrator saves them again:', parsed.error.issues);
  return defaultMunicipalitySettings(config);
}

/** The municipality of a stored value, or of the defaults when there is none (or it no longer parses: logged). */
export function municipalityFrom(stored: unknown, config: Pick<TEnv, 'payment' | 'MAIL_FROM'>): TMunicipality {
  return toMunicipality(settingsFrom(stored, config));
}

export type TPaymentAccount = { iban: string; beneficiary: string; fiscalCode: string | null; /** The account is the portal's demo account (shown as such to applicants). */ demo: boolean };

/**
 * Where fees are paid. PAYMENT_IBAN and PAYMENT_BENEFICIARY in the environment are the operator's
 * override, each of its own field (a deployment that pins the account, whatever is saved in the
 * settings); otherwise the account saved in /admin/settings, whose default is the environment's
 * (the demo account outside production). The account is "demo" only while it is DEMO_PAYMENT_IBAN.
 */
export function paymentAccount(treasury: TMunicipality['treasury'], config: Pick<TEnv, 'PAYMENT_IBAN' | 'PAYMENT_BENEFICIARY'>): TPaymentAccount {
  const iban = config.PAYMENT_IBAN ?? treasury.iban;
  return { iban, beneficiary: config.PAYMENT_BENEFICIARY ?? treasury.beneficiary, fiscalCode: treasury.fiscalCode, demo: isDemoIban(iban) };
}

/** A `tel:` link of a phone number as written ("0233 741 119" → tel:+40233741119). */
export const telHref = (phone: string) => `tel:${normalizePhone(phone) ?? phone.replace(/\s/g, '')}`;

export const isDemoIban = (iban: string) => iban === DEMO_PAYMENT_IBAN;
