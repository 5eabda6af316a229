import { describe, expect, it } from 'vitest';
import { phoneUrl, qrSvg, statusLookupUrl } from '@/lib/kiosk/phone-links';

const APP = 'https://servicii.primariaroman.ro';

describe('phoneUrl', () => {
  it('is the absolute public address of the page', () => {
    expect(phoneUrl(APP, '/services/certificat-de-urbanism')).toBe(`${APP}/services/certificat-de-urbanism`);
    expect(phoneUrl(`${APP}/`, '/requests/abc-123')).toBe(`${APP}/requests/abc-123`);
  });

  it('keeps a portal served under a path prefix', () => {
    expect(phoneUrl('https://primariaroman.ro/portal', '/services/x/apply')).toBe('https://primariaroman.ro/portal/services/x/apply');
  });

  it('drops any query or fragment, so nothing of the session travels with it', () => {
    expect(phoneUrl(APP, '/services/x/apply?draft=123&kiosk=1#documente')).toBe(`${APP}/services/x/apply`);
    expect(phoneUrl(APP, '/requests/abc?token=secret')).toBe(`${APP}/requests/abc`);
  });

  it('refuses anything that is not a path of this site', () => {
    for (const path of ['https://evil.example/x', '//evil.example/x', 'services/x', '/\\evil.example', 'javascript:alert(1)']) {
      expect(() => phoneUrl(APP, path), path).toThrow(RangeError);
    }
  });

  it('normalizes dot segments instead of leaving the site', () => {
    expect(phoneUrl(APP, '/services/../../etc')).toBe(`${APP}/etc`);
  });
});

describe('statusLookupUrl', () => {
  it('opens the public status page with the registration number filled in', () => {
    expect(statusLookupUrl(APP, 'RMN-2026-000123')).toBe(`${APP}/status?number=RMN-2026-000123`);
  });

  it('writes the number the way the portal prints it', () => {
    expect(statusLookupUrl(APP, 'rmn 2026 123')).toBe(`${APP}/status?number=RMN-2026-000123`);
  });

  it('refuses what is not a registration number (an access code, for example)', () => {
    expect(() => statusLookupUrl(APP, 'K7M2-QX9P')).toThrow(RangeError);
  });
});

describe('qrSvg', () => {
  it('is an inline SVG without scripts', async () => {
    const svg = await qrSvg(`${APP}/services/x`);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox');
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('encodes longer addresses in a larger code', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(await qrSvg(`${APP}/${'a'.repeat(200)}`))).toBeGreaterThan(size(await qrSvg(`${APP}/s`)));
  });
});
