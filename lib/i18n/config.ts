import { z } from 'zod';

export const LOCALES = ['ro', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'ro';
/** The language is chosen by this cookie (and the switch), never by a path prefix. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function toLocale(value: unknown): TLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export const ZSetLocaleSchema = z.object({ locale: z.enum(LOCALES) }).strict();
