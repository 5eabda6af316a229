/** Slugs of records the administrators create (departments, categories, services, news): from the Romanian name. */
import { toSearchText } from '@/lib/services/search-text';

/** What a slug may be: lower-case letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Direcția Taxe și Impozite" → "directia-taxe-si-impozite" (lower case, no diacritics, at most 60 characters). */
export function slugFrom(name: string): string {
  const slug = toSearchText(name).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
  return slug || 'fara-nume';
}

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60 - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
