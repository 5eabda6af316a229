import { describe, expect, it } from 'vitest';
import { canonicalJson, daySealStatement, describeChainReport, hashAuditRow, type TChainedRow } from '@/lib/audit/chain';

const ROW: TChainedRow = {
  seq: 42n,
  id: 'cm0abc123',
  actorId: 'user-1',
  action: 'request.approve',
  entityType: 'ServiceRequest',
  entityId: 'req-1',
  ip: '192.0.2.1',
  userAgent: 'Mozilla/5.0',
  details: { from: 'IN_REVIEW', to: 'APPROVED', nested: { b: 1, a: [{ y: 2, x: 1 }] } },
  createdAt: new Date('2026-12-07T10:00:00.123Z'),
  prevHash: 'a'.repeat(64),
};

describe('canonical JSON', () => {
  it('does not depend on the order of the keys, at any depth', () => {
    const one = { b: 1, a: { d: [1, { f: 1, e: 2 }], c: 'ș' } };
    const other = { a: { c: 'ș', d: [1, { e: 2, f: 1 }] }, b: 1 };
    expect(canonicalJson(one)).toBe(canonicalJson(other));
    expect(canonicalJson(one)).toBe('{"a":{"c":"ș","d":[1,{"e":2,"f":1}]},"b":1}');
  });

  it('keeps the order of arrays and what JSON keeps', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    // As jsonb stores it: an undefined key is absent, a date is its ISO text.
    expect(canonicalJson({ a: undefined, b: new Date('2026-01-01T00:00:00Z') })).toBe('{"b":"2026-01-01T00:00:00.000Z"}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('row hash', () => {
  it('is the same for the same content whatever the order of the details keys', () => {
    const reordered = { ...ROW, details: { nested: { a: [{ x: 1, y: 2 }], b: 1 }, to: 'APPROVED', from: 'IN_REVIEW' } };
    expect(hashAuditRow(reordered)).toBe(hashAuditRow(ROW));
    expect(hashAuditRow(ROW)).toMatch(/^[0-9a-f]{64}$/);
  });

  const changes: [keyof TChainedRow, unknown][] = [
    ['seq', 43n],
    ['id', 'cm0abc124'],
    ['actorId', null],
    ['action', 'request.refuse'],
    ['entityType', 'User'],
    ['entityId', 'req-2'],
    ['ip', '192.0.2.2'],
    ['userAgent', null],
    ['details', { from: 'IN_REVIEW', to: 'REFUSED', nested: { b: 1, a: [{ y: 2, x: 1 }] } }],
    ['details', null],
    ['createdAt', new Date('2026-12-07T10:00:00.124Z')],
    ['prevHash', null],
  ];
  it.each(changes)('changes when %s changes', (field, value) => {
    expect(hashAuditRow({ ...ROW, [field]: value })).not.toBe(hashAuditRow(ROW));
  });

  it('tells a nested change in the details', () => {
    expect(hashAuditRow({ ...ROW, details: { ...(ROW.details as object), nested: { b: 1, a: [{ y: 2, x: 2 }] } } })).not.toBe(hashAuditRow(ROW));
  });
});

describe('day seal statement', () => {
  const seal = { day: '2026-12-06', firstSeq: 1n, lastSeq: 9n, rowCount: 9, digest: 'b'.repeat(64) };
  it('covers the day, the range, the count and the digest', () => {
    const text = (s: typeof seal) => new TextDecoder().decode(daySealStatement(s));
    for (const changed of [{ day: '2026-12-05' }, { firstSeq: 2n }, { lastSeq: 8n }, { rowCount: 8 }, { digest: 'c'.repeat(64) }]) {
      expect(text({ ...seal, ...changed })).not.toBe(text(seal));
    }
  });
});

describe('report', () => {
  it('says in Romanian where the chain breaks', () => {
    const message = describeChainReport({ ok: false, brokenAt: { seq: 7n, id: 'cm0x', createdAt: new Date('2026-12-07T08:30:05Z'), reason: 'hash' } });
    expect(message).toBe('Legătură ruptă la rândul #7 (id cm0x, data 07.12.2026 10:30:05): conținutul nu corespunde hash-ului (rândul a fost modificat).');
    expect(describeChainReport({ ok: false, brokenSeal: { day: '2026-12-06', reason: 'digest' } })).toBe(
      'Sigiliul zilei 06.12.2026 nu corespunde: amprenta sigilată nu corespunde ultimului rând al zilei.',
    );
  });

  it('says that it is intact, with the last row', () => {
    expect(describeChainReport({ ok: true, rows: 12, unchained: 0, lastSeq: 12n, lastAt: new Date('2026-12-07T08:30:05Z'), sealedDays: 1 })).toBe(
      'Jurnalul de audit este intact: 12 rânduri, ultimul #12 din 07.12.2026 10:30:05; 1 zi sigilată.',
    );
  });
});
