/**
 * Answers as text for people: the review page before submitting, the PDF receipt and the
 * back-office. Pure functions, no React: the wording they need (Da/Nu, nr., bl.) lives here.
 */
import type { TLocale } from '@/lib/i18n/config';
import { isConditionMet, isEmpty } from '@/lib/services/form/answers';
import type { TField, TServiceDefinition } from '@/lib/services/form/definition';
import { formatDay, isDay } from '@/lib/time';

export type TFormattedAnswer = { key: string; label: string; value: string };

// An answer is shown as given, never rounded.
const NUMBER_FORMATS: Record<TLocale, Intl.NumberFormat> = {
  ro: new Intl.NumberFormat('ro-RO', { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 }),
};

const YES_NO: Record<TLocale, [yes: string, no: string]> = { ro: ['Da', 'Nu'], en: ['Yes', 'No'] };

// Romanian street names usually begin with their kind (Strada, Bulevardul, Calea…). When the
// applicant typed only the name, "Str." is added; "Al." and "Dr." are left out of the list because
// they also abbreviate first names and titles (Str. Al. I. Cuza).
const STREET_KIND = /^(str|strada|bd|b-dul|bdul|bulevardul|calea|piața|p-ța|aleea|șos|șoseaua|intr|intrarea|splaiul|drumul|fundătura|prelungirea|prel|cartierul)(?=[\s.,]|$)/iu;

/**
 * The fields shown for these answers, in definition order. As in `buildAnswersSchema`, a field is
 * hidden when its condition is not met by the fields shown above it, so a field that depends on a
 * hidden one is hidden too.
 */
export function visibleFields(definition: Pick<TServiceDefinition, 'fields'>, answers: Record<string, unknown>): TField[] {
  const shown: Record<string, unknown> = {};
  return definition.fields.filter((field) => {
    if (!isConditionMet(field.visibleWhen, shown)) return false;
    shown[field.key] = answers[field.key];
    return true;
  });
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');


function formatDate(value: unknown, locale: TLocale): string {
  const day = text(value);
  return isDay(day) ? formatDay(day, locale) : String(value);
}

function formatNumber(value: unknown, locale: TLocale): string {
  const number = typeof value === 'number' ? value : Number(text(value).replace(',', '.'));
  return Number.isFinite(number) ? NUMBER_FORMATS[locale].format(number) : String(value);
}

/** "RO49AAAA1B31007593840000" → "RO49 AAAA 1B31 0075 9384 0000". */
function formatIban(value: unknown): string {
  return text(value).replace(/\s/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

function formatAddress(value: unknown, locale: TLocale): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const address = value as Record<string, unknown>;
  const [street, number, building, staircase, apartment, locality, county, postalCode] = (
    ['street', 'number', 'building', 'staircase', 'apartment', 'locality', 'county', 'postalCode'] as const
  ).map((part) => text(address[part]));
  // București is not a county: it stands alone, after its sector.
  const isCapital = county === 'București';
  const parts =
    locale === 'ro'
      ? [
          [street && !STREET_KIND.test(street) ? `Str. ${street}` : street, number && `nr. ${number}`].filter(Boolean).join(' '),
          building && `bl. ${building}`,
          staircase && `sc. ${staircase}`,
          apartment && `ap. ${apartment}`,
          locality,
          county && (isCapital ? county : `jud. ${county}`),
          postalCode,
        ]
      : [
          [number, street].filter(Boolean).join(' '),
          building && `block ${building}`,
          staircase && `staircase ${staircase}`,
          apartment && `apt ${apartment}`,
          locality,
          county && (isCapital ? county : `${county} county`),
          postalCode,
        ];
  return parts.filter(Boolean).join(', ');
}

/**
 * One answer as text: the option's label for select and radio, Da/Yes for a ticked checkbox (Nu/No
 * otherwise), dates as 28.11.2026 (ro) or 28 Nov 2026 (en), numbers in the locale's notation, the
 * IBAN in groups of four, the address on one line; everything else as stored. An empty answer
 * is "".
 */
export function formatAnswer(field: TField, value: unknown, locale: TLocale): string {
  if (isEmpty(value) && field.type !== 'checkbox') return '';
  switch (field.type) {
    case 'select':
    case 'radio':
      return field.options?.find((option) => option.value === value)?.label[locale] ?? String(value);
    case 'checkbox':
      return YES_NO[locale][value === true ? 0 : 1];
    case 'date':
      return formatDate(value, locale);
    case 'number':
      return formatNumber(value, locale);
    case 'iban':
      return formatIban(value);
    case 'address':
      return formatAddress(value, locale);
    default:
      return String(value).trim();
  }
}

/** The visible, filled-in answers in definition order, each with its field's label. */
export function formatAnswers(definition: Pick<TServiceDefinition, 'fields'>, answers: Record<string, unknown>, locale: TLocale): TFormattedAnswer[] {
  return visibleFields(definition, answers).flatMap((field) => {
    const value = answers[field.key];
    return !isEmpty(value) ? [{ key: field.key, label: field.label[locale], value: formatAnswer(field, value, locale) }] : [];
  });
}
