import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import { KIOSK_COOKIE, kioskFromCookieHeader } from '@/lib/kiosk/config';
import { blockedNavigation } from '@/lib/kiosk/guard';
import { idlePhase } from '@/lib/kiosk/idle';
import { wipeBrowserStorage } from '@/lib/kiosk/wipe';

const settings = { idleSeconds: 120, warningSeconds: 30 };
const T0 = 1_800_000_000_000;
const at = (seconds: number) => idlePhase({ lastActivityAt: T0, now: T0 + seconds * 1000, settings });

describe('kiosk cookie in a raw Cookie header (what authorize() sees)', () => {
  it('is recognised among other cookies, and only with the value 1', () => {
    expect(kioskFromCookieHeader(`NEXT_LOCALE=ro; ${KIOSK_COOKIE}=1; next-auth.csrf-token=abc`)).toBe(true);
    expect(kioskFromCookieHeader(`${KIOSK_COOKIE}=1`)).toBe(true);
    expect(kioskFromCookieHeader(`${KIOSK_COOKIE}=0`)).toBe(false);
    expect(kioskFromCookieHeader(`x${KIOSK_COOKIE}=1; other=1`)).toBe(false);
    expect(kioskFromCookieHeader('')).toBe(false);
    expect(kioskFromCookieHeader(undefined)).toBe(false);
  });
});

describe('idle reset clock', () => {
  it('stays active until the idle time, then counts the warning down from its full length, then expires', () => {
    expect(at(0)).toEqual({ phase: 'active' });
    expect(at(119.9)).toEqual({ phase: 'active' });
    expect(at(120)).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(at(120.5)).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(at(121)).toEqual({ phase: 'warning', secondsLeft: 29 });
    expect(at(149.01)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(at(150)).toEqual({ phase: 'expired' });
    // A tab woken up long after (or a jump of the clock) ends the visit at once.
    expect(at(3600)).toEqual({ phase: 'expired' });
  });

  it('follows the configured timings', () => {
    expect(idlePhase({ lastActivityAt: T0, now: T0 + 60_000, settings: { idleSeconds: 60, warningSeconds: 20 } })).toEqual({ phase: 'warning', secondsLeft: 20 });
  });

  const body = (locale: TLocale, seconds: number) =>
    createTranslator({ locale, messages: messages[locale], namespace: 'kiosk.idle' }).rich('body', { seconds, strong: (chunks) => chunks }) as unknown as (string | string[])[];
  const flat = (parts: unknown): string => (Array.isArray(parts) ? parts.map(flat).join('') : String(parts));

  it('says the seconds left the Romanian way, and in English', () => {
    expect(flat(body('ro', 30))).toBe('Sesiunea se încheie în 30 de secunde. Atingeți „Continuați” ca să rămâneți.');
    expect(flat(body('ro', 5))).toBe('Sesiunea se încheie în 5 secunde. Atingeți „Continuați” ca să rămâneți.');
    expect(flat(body('ro', 1))).toBe('Sesiunea se încheie în 1 secundă. Atingeți „Continuați” ca să rămâneți.');
    expect(flat(body('en', 1))).toBe('Your session ends in 1 second. Tap “Continue” to stay.');
    expect(flat(body('en', 30))).toBe('Your session ends in 30 seconds. Tap “Continue” to stay.');
  });
});

describe('kiosk navigation guard', () => {
  const origin = 'https://portal.primariaroman.ro';
  const verdict = (href: string, extra: { target?: string; download?: boolean } = {}) => blockedNavigation({ href, origin, ...extra });

  it('lets the portal’s own pages through', () => {
    expect(verdict('/services')).toBeNull();
    expect(verdict(`${origin}/status?x=1#top`)).toBeNull();
    expect(verdict('#continut')).toBeNull();
    expect(verdict('/terms', { target: '_self' })).toBeNull();
  });

  it('refuses other sites, the phone and email apps', () => {
    expect(verdict('https://www.primariaroman.ro')).toBe('outside');
    expect(verdict('http://portal.primariaroman.ro/services')).toBe('outside');
    expect(verdict('//evil.example/x')).toBe('outside');
    expect(verdict('tel:+40233741119')).toBe('outside');
    expect(verdict('mailto:office@primariaroman.ro')).toBe('outside');
    expect(verdict('javascript:alert(1)')).toBe('outside');
  });

  it('refuses new windows and downloads, even of the portal’s own pages', () => {
    expect(verdict('/terms', { target: '_blank' })).toBe('newWindow');
    expect(verdict('/terms', { target: 'other' })).toBe('newWindow');
    expect(verdict('/requests/abc/receipt', { download: true })).toBe('download');
  });

  it('refuses the routes that answer with a file, even from a link without `download`', () => {
    for (const href of ['/requests/abc/receipt', '/requests/abc/documents/d1', `${origin}/requests/abc/documents/d1?x=1`, '/admin/requests/abc/documents/d1', '/account/export']) {
      expect(verdict(href), href).toBe('download');
    }
    // Their neighbours are ordinary pages.
    for (const href of ['/requests/abc', '/requests', '/account', '/admin/requests/abc', '/services/receipt']) expect(verdict(href), href).toBeNull();
  });
});

describe('wiping the browser after a visit', () => {
  it('clears both storages, deletes every IndexedDB database and cache', async () => {
    const sessionStorage = { clear: vi.fn() };
    const localStorage = { clear: vi.fn() };
    const deleteDatabase = vi.fn();
    const deleteCache = vi.fn(async () => true);
    await wipeBrowserStorage({
      sessionStorage,
      localStorage,
      indexedDB: { databases: async () => [{ name: 'drafts' }, { name: 'cache' }, {}], deleteDatabase },
      caches: { keys: async () => ['pages'], delete: deleteCache },
    });
    expect(sessionStorage.clear).toHaveBeenCalledOnce();
    expect(localStorage.clear).toHaveBeenCalledOnce();
    expect(deleteDatabase.mock.calls).toEqual([['drafts'], ['cache']]);
    expect(deleteCache).toHaveBeenCalledWith('pages');
  });

  it('goes on when an API is missing or refuses', async () => {
    const localStorage = { clear: vi.fn() };
    await expect(
      wipeBrowserStorage({
        sessionStorage: {
          clear: () => {
            throw new Error('SecurityError');
          },
        },
        localStorage,
        indexedDB: { deleteDatabase: vi.fn() },
      }),
    ).resolves.toBeUndefined();
    expect(localStorage.clear).toHaveBeenCalledOnce();
  });
});
