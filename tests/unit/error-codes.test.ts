/**
 * Every error the server throws as `new AppError('<code>')` reaches the user as a sentence: the code
 * must be a message under `errors.*` or `validation.*` in both languages (useErrorText looks there),
 * else the user would read the generic "Valoarea nu este corectă".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import ro from '@/lib/i18n/messages/ro.json';

const ROOTS = ['lib', 'app', 'components'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const lookup = (messages: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
const known = (messages: unknown, code: string) => typeof lookup(messages, `errors.${code}`) === 'string' || typeof lookup(messages, `validation.${code}`) === 'string';

describe('error codes', () => {
  const codes = new Set<string>();
  for (const file of ROOTS.flatMap((root) => sources(path.resolve(root)))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/new AppError\('([A-Za-z0-9.]+)'/g)) codes.add(match[1]!);
  }

  it('finds the codes (the scan itself works)', () => {
    expect(codes.size).toBeGreaterThan(30);
    expect(codes).toContain('request.notFound');
  });

  it.each([
    ['ro', ro],
    ['en', en],
  ])('every AppError code has a message in %s', (_locale, messages) => {
    expect([...codes].filter((code) => !known(messages, code))).toEqual([]);
  });
});
