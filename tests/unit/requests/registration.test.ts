import { describe, expect, it } from 'vitest';
import { accessCodeMatches, generateAccessCode, hashAccessCode, normalizeAccessCode } from '@/lib/requests/access-code';
import { formatRegistrationNumber, parseRegistrationNumber, registrationYear } from '@/lib/requests/registration-number';
import { checkDocuments } from '@/lib/requests/commands/submit';
import { parseServiceDefinition } from '@/lib/services/form/definition';

describe('registration numbers', () => {
  it('are RMN-<year>-<6 digits>', () => {
    expect(formatRegistrationNumber(2026, 123)).toBe('RMN-2026-000123');
    expect(formatRegistrationNumber(2026, 1)).toBe('RMN-2026-000001');
    expect(formatRegistrationNumber(2026, 999_999)).toBe('RMN-2026-999999');
    // Past a million in a year the number grows a digit rather than wrapping.
    expect(formatRegistrationNumber(2026, 1_000_000)).toBe('RMN-2026-1000000');
    expect(() => formatRegistrationNumber(2026, 0)).toThrow();
    expect(() => formatRegistrationNumber(26, 1)).toThrow();
  });

  it('are read back as people type them', () => {
    expect(parseRegistrationNumber('RMN-2026-000123')?.value).toBe('RMN-2026-000123');
    expect(parseRegistrationNumber(' rmn 2026 123 ')?.value).toBe('RMN-2026-000123');
    expect(parseRegistrationNumber('RMN2026000123')?.value).toBe('RMN-2026-000123');
    expect(parseRegistrationNumber('ABC-2026-000123')).toBeNull();
    expect(parseRegistrationNumber('RMN-2026-000000')).toBeNull();
  });

  it('take the year of the city hall calendar (New Year in Romania comes two hours before UTC)', () => {
    expect(registrationYear(new Date('2026-12-31T21:59:59Z'))).toBe(2026);
    expect(registrationYear(new Date('2026-12-31T22:00:00Z'))).toBe(2027);
  });
});

describe('access codes', () => {
  it('are 8 unambiguous characters, random, matched case- and dash-insensitively', () => {
    const codes = new Set(Array.from({ length: 200 }, generateAccessCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const code = [...codes][0]!;
    const hash = hashAccessCode(code);
    // Stored as a SHA-256, one per code: the code itself cannot be read back from it.
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalizeAccessCode(code).toLowerCase());
    expect(hashAccessCode([...codes][1]!)).not.toBe(hash);
    expect(accessCodeMatches(code.toLowerCase().replace('-', ' '), hash)).toBe(true);
    expect(accessCodeMatches('AAAA-AAAA', hash)).toBe(false);
    expect(accessCodeMatches(code, null)).toBe(false);
  });
});

describe('documents at submission', () => {
  const definition = parseServiceDefinition({
    delivery: 'electronic',
    fields: [{ key: 'byProxy', type: 'checkbox', label: { ro: 'Prin împuternicit', en: 'By proxy' } }],
    documents: [
      { key: 'id', name: { ro: 'Act', en: 'ID' }, required: true, accept: ['application/pdf'], maxSizeMb: 5, maxFiles: 2 },
      { key: 'proxy', name: { ro: 'Procură', en: 'Proxy' }, required: true, accept: ['application/pdf'], maxSizeMb: 5, visibleWhen: { field: 'byProxy', equals: true } },
    ],
  });
  const doc = (id: string, requirementKey: string, state = 'STORED') => ({ id, requirementKey, state });

  it('requires the visible required documents only', () => {
    expect(checkDocuments(definition, {}, []).missing).toEqual(['id']);
    expect(checkDocuments(definition, { byProxy: true }, [doc('1', 'id')]).missing).toEqual(['proxy']);
    expect(checkDocuments(definition, {}, [doc('1', 'id')]).missing).toEqual([]);
  });

  it('drops documents of hidden requirements and unconfirmed uploads', () => {
    const result = checkDocuments(definition, {}, [doc('1', 'id'), doc('2', 'proxy'), doc('3', 'id', 'PENDING')]);
    expect(result).toEqual({ keep: ['1'], drop: ['2', '3'], missing: [] });
  });
});

describe('"today" in forms', () => {
  it('is the date in Romania, not in UTC', async () => {
    const [{ buildAnswersSchema }, { todayInRomania }] = await Promise.all([import('@/lib/services/form/answers'), import('@/lib/time')]);
    // 00:30 on 1 December in Bucharest is still 30 November in UTC.
    const now = new Date('2026-11-30T22:30:00Z');
    expect(todayInRomania(now)).toBe('2026-12-01');
    const schema = buildAnswersSchema(
      { fields: [{ key: 'when', type: 'date', label: { ro: 'Data', en: 'Date' }, required: true, max: 'today' }] },
      { now: () => now },
    );
    expect(schema.safeParse({ when: '2026-12-01' }).success).toBe(true);
    expect(schema.safeParse({ when: '2026-12-02' }).success).toBe(false);
  });
});
