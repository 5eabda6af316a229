import { z } from 'zod';

export const LOCALES = ['ro', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'ro';
/** The language is chosen by this cookie (and the switch), never by a path prefix. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The text of a record in the reader's language (ro/en columns side by side). */
export const pick = <T>(locale: TLocale, ro: T, en: T): T => (locale === 'en' ? en : ro);

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function toLocale(value: unknown): TLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export const ZSetLocaleSchema = z.object({ locale: z.enum(LOCALES) }).strict();
