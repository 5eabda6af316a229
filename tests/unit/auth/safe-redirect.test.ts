import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/config';

/** Every `next` the portal may get from a link, and where a browser would go with it. */
const OFFSITE = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  '/%09/evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5C/evil.example',
  '/%252F%252Fevil.example',
  '/%25252F%25252Fevil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/..//evil.example',
  'https://evil.example',
  'http:evil.example',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '',
];

describe('redirect targets from a URL (no open redirects)', () => {
  it.each(OFFSITE.map((next) => [JSON.stringify(next), next]))('refuses %s', (_shown, next) => {
    expect(safeNextPath(next, '/dashboard')).toBe('/dashboard');
  });

  it.each([
    ['/%E2%80%8B/evil.example', '/%E2%80%8B/evil.example'],
    ['/\uFF0F\uFF0Fevil.example', '/%EF%BC%8F%EF%BC%8Fevil.example'],
  ])('reads unicode and look-alike slashes as the browser does: %j', (next, expected) => {
    expect(safeNextPath(next, '/dashboard')).toBe(expected);
  });

  it('keeps a path of the site with its query and fragment, in the parser’s serialization', () => {
    expect(safeNextPath('/requests/abc?tab=docs#mesaje')).toBe('/requests/abc?tab=docs#mesaje');
    expect(safeNextPath('/services/certificat-fiscal/apply')).toBe('/services/certificat-fiscal/apply');
    expect(safeNextPath('/admin/../dashboard')).toBe('/dashboard');
    expect(safeNextPath('/căutare?q=ș ț')).toBe('/c%C4%83utare?q=%C8%99%20%C8%9B');
  });

  it('refuses what is not a string, and absurdly long input', () => {
    expect(safeNextPath(undefined, '')).toBe('');
    expect(safeNextPath(['/dashboard', '//evil.example'], '/x')).toBe('/x');
    expect(safeNextPath(`/${'a'.repeat(2001)}`, '/x')).toBe('/x');
  });
});
