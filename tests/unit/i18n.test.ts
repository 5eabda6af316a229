import { describe, expect, it } from 'vitest';
import { contentPages } from '@/lib/content/pages';
import ro from '@/lib/i18n/messages/ro.json';
import en from '@/lib/i18n/messages/en.json';
import { municipality } from '@/lib/municipality';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// ş ţ Ş Ţ (cedilla) instead of ș ț Ș Ț (comma below) is the classic Romanian typo.
const CEDILLA = /[\u015E\u015F\u0162\u0163]/;

describe('translations', () => {
  it('English has exactly the keys of Romanian', () => {
    expect(keys(en).sort()).toEqual(keys(ro).sort());
  });

  it('no message is empty', () => {
    for (const messages of [ro, en]) {
      for (const key of keys(messages)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });

  it('Romanian text uses comma-below ș ț, never cedilla ş ţ', () => {
    const texts = [JSON.stringify(ro), JSON.stringify(en), JSON.stringify(contentPages), JSON.stringify(municipality)];
    for (const text of texts) expect(text).not.toMatch(CEDILLA);
  });

  it('every content page exists in both languages with real content', () => {
    for (const [key, page] of Object.entries(contentPages)) {
      for (const locale of ['ro', 'en'] as const) {
        expect(page[locale].title, `${key}.${locale}`).not.toBe('');
        expect(page[locale].blocks.length, `${key}.${locale}`).toBeGreaterThan(2);
      }
      expect(page.ro.lead).not.toBe(page.en.lead);
    }
  });

  it('the about page carries the project codes and the EU funding notice', () => {
    const about = JSON.stringify(contentPages.about.ro);
    expect(about).toContain('126260');
    expect(about).toContain('526');
    expect(about).toMatch(/Fondul Social European/);
    expect(contentPages.about.ro.blocks.some((b) => b.type === 'note')).toBe(true);
  });
});
