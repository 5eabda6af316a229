import { describe, expect, it } from 'vitest';
import { slugFrom, uniqueSlug } from '@/lib/slug';

describe('slugs of departments and categories', () => {
  it('come from the Romanian name, lower case, without diacritics or punctuation', () => {
    expect(slugFrom('Direcția Taxe și Impozite Locale')).toBe('directia-taxe-si-impozite-locale');
    expect(slugFrom('  Stare civilă / Evidența persoanelor  ')).toBe('stare-civila-evidenta-persoanelor');
    expect(slugFrom('Ârie ÎNȚELEAPTĂ, țară!')).toBe('arie-inteleapta-tara');
    expect(slugFrom('!!!')).toBe('fara-nume');
  });

  it('are at most 60 characters and do not end in a hyphen', () => {
    const slug = slugFrom('Compartimentul '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('get the first free number when taken', () => {
    expect(uniqueSlug('urbanism', new Set())).toBe('urbanism');
    expect(uniqueSlug('urbanism', new Set(['urbanism']))).toBe('urbanism-2');
    expect(uniqueSlug('urbanism', new Set(['urbanism', 'urbanism-2']))).toBe('urbanism-3');
  });
});
