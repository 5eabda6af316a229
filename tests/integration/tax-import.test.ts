/**
 * The import of the tax office's export against the real PostgreSQL (lib/taxes/import.ts): a file
 * with one bad row imports nothing and names the row; a good one imports; the same obligations
 * again update, never duplicate; an older export never overwrites newer figures. Then what a
 * taxpayer sees (lib/taxes/queries.ts): only their own code's obligations, with the portal's PAID
 * payments after the figures counted on top; and the admin page's action, for the tax office only.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TSessionUser } from '@/lib/auth/session-user';
import type { TPrismaClient } from '@/lib/db';
import { DEMO_USERS, seedDemo } from '@/prisma/seed';
import { importDemoTaxes } from '@/lib/taxes/demo';
import { importTaxFile } from '@/lib/taxes/import';
import { obligationsOf, taxpayerCodeOf } from '@/lib/taxes/queries';
import { fileImportTaxSource } from '@/lib/taxes/source';
import { setupTestDatabase } from './support';

let current: TSessionUser | null = null;
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '10.1.2.3' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/auth/session')>()), getSession: async () => current }));

const HEADER = 'id_obligatie;cod_fiscal;nume_contribuabil;an;tip;descriere;debit;majorari;platit;scadenta;ordine_plata';
/** Another taxpayer (a valid CNP): their rows must never reach the demo citizen. */
const OTHER_CNP = '2750512270033';
const CITIZEN_CNP = DEMO_USERS.find((user) => user.email === 'citizen@demo.local')!.person!.cnp;

const file = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n'));
const at = (iso: string) => new Date(iso);

describe('tax file import', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let prisma: TPrismaClient;
  /** A prefix of this run's obligation ids, so that the demo's rows stay apart. */
  const id = (name: string) => `T-${name}`;
  const ours = () => prisma.taxObligation.findMany({ where: { externalId: { startsWith: 'T-' } }, orderBy: { externalId: 'asc' } });

  beforeAll(async () => {
    database = await setupTestDatabase();
    prisma = database.prisma;
    await seedDemo(prisma);
  });
  afterAll(() => database?.cleanup());

  it('the demo seed imported the demo export once, so the demo citizen and company owe something', async () => {
    expect(await prisma.taxImport.count()).toBe(1);
    expect(await importDemoTaxes(prisma)).toBeNull();
    await seedDemo(prisma);
    expect(await prisma.taxImport.count()).toBe(1);
    const owed = async (email: string) => {
      const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      return (await obligationsOf(user)).reduce((sum, o) => sum + o.outstandingBani, 0);
    };
    expect(await owed('citizen@demo.local')).toBeGreaterThan(0);
    expect(await owed('firma@demo.local')).toBeGreaterThan(0);
  });

  it('imports nothing from a file with one bad row among good ones, and names the row by its line', async () => {
    const before = { imports: await prisma.taxImport.count(), obligations: await prisma.taxObligation.count() };
    const result = await importTaxFile({
      fileName: 'export.csv',
      bytes: file(
        `${id('A')};${CITIZEN_CNP};Vasilescu Ion;2026;cladiri;Clădire;100,00;;;31.03.2026;1`,
        `${id('B')};1800101270019;Vasilescu Ion;2026;teren;Teren;50;;;31.03.2026;1`,
        `${id('C')};${CITIZEN_CNP};Vasilescu Ion;2026;auto;Autoturism;200;;;31.03.2026;1`,
      ),
      exportedAt: at('2026-12-01T06:00:00Z'),
    });
    expect(result).toEqual({ ok: false, errors: [{ line: 3, field: 'cod_fiscal', place: 'Linia 3', message: 'CNP invalid: cifra de control nu se potrivește.' }] });
    expect({ imports: await prisma.taxImport.count(), obligations: await prisma.taxObligation.count() }).toEqual(before);
    expect(await ours()).toEqual([]);
  });

  it('says the same in English when asked, and names a JSON obligation by its number', async () => {
    const result = await importTaxFile({
      fileName: 'export.json',
      bytes: new TextEncoder().encode(JSON.stringify({ obligatii: [{ id_obligatie: id('J'), cod_fiscal: CITIZEN_CNP, nume_contribuabil: 'X', an: 2026, tip: 'teren', descriere: 'T', debit: 0, scadenta: '2026-03-31' }] })),
      locale: 'en',
    });
    expect(result).toEqual({ ok: false, errors: [{ line: 1, field: 'debit', place: 'Obligation no. 1', message: 'The debit must be greater than zero.' }] });
  });

  it('imports a good file in one go, updates it on a newer export without duplicates, and keeps newer figures from an older one', async () => {
    const first = file(
      `${id('A')};${CITIZEN_CNP};Vasilescu Ion;2026;cladiri;"Clădire; rata I";100,00;;;31.03.2026;1`,
      `${id('B')};${OTHER_CNP};Popa Maria;2026;teren;Teren;50,5;1,5;10;2026-09-30;`,
    );
    const imported = await importTaxFile({ fileName: 'export-1.csv', bytes: first, exportedAt: at('2026-12-02T06:00:00Z') });
    expect(imported).toMatchObject({ ok: true, rows: 2, created: 2, updated: 0, skipped: 0 });
    if (!imported.ok) return;
    const taxImport = await prisma.taxImport.findUniqueOrThrow({ where: { id: imported.importId } });
    expect(taxImport).toMatchObject({ fileName: 'export-1.csv', rowCount: 2, exportedAt: at('2026-12-02T06:00:00Z'), sha256: crypto.createHash('sha256').update(first).digest('hex') });
    expect((await ours()).map((o) => [o.externalId, o.taxpayerCode, o.kind, o.description, o.principalBani, o.incrementsBani, o.paidBani, o.dueAt.toISOString().slice(0, 10), o.paymentRank, o.importId])).toEqual([
      [id('A'), CITIZEN_CNP, 'BUILDING', 'Clădire; rata I', 10000, 0, 0, '2026-03-31', 1, imported.importId],
      [id('B'), OTHER_CNP, 'LAND', 'Teren', 5050, 150, 1000, '2026-09-30', null, imported.importId],
    ]);

    // The next day's export: A paid at the counter, a new obligation C.
    const second = await importTaxFile({
      fileName: 'export-2.csv',
      bytes: file(`${id('A')};${CITIZEN_CNP};Vasilescu Ion;2026;cladiri;"Clădire; rata I";100,00;;100;31.03.2026;1`, `${id('C')};${CITIZEN_CNP};Vasilescu Ion;2026;amenda;Amendă;200;;;2026-12-20;`),
      exportedAt: at('2026-12-03T06:00:00Z'),
    });
    expect(second).toMatchObject({ ok: true, rows: 2, created: 1, updated: 1, skipped: 0 });
    if (!second.ok) return;
    const afterSecond = await ours();
    expect(afterSecond.map((o) => [o.externalId, o.paidBani, o.syncedAt.toISOString(), o.importId === second.importId])).toEqual([
      [id('A'), 10000, '2026-12-03T06:00:00.000Z', true],
      [id('B'), 1000, '2026-12-02T06:00:00.000Z', false],
      [id('C'), 0, '2026-12-03T06:00:00.000Z', true],
    ]);

    // The first file uploaded again late: A's newer figures stay, B (not in a newer file) is refreshed.
    const late = await importTaxFile({ fileName: 'export-1.csv', bytes: first, exportedAt: at('2026-12-02T06:00:00Z') });
    expect(late).toMatchObject({ ok: true, rows: 2, created: 0, updated: 1, skipped: 1 });
    expect((await ours()).map((o) => [o.externalId, o.paidBani, o.syncedAt.toISOString()])).toEqual([
      [id('A'), 10000, '2026-12-03T06:00:00.000Z'],
      [id('B'), 1000, '2026-12-02T06:00:00.000Z'],
      [id('C'), 0, '2026-12-03T06:00:00.000Z'],
    ]);
    expect(await prisma.taxObligation.count({ where: { externalId: { startsWith: 'T-' } } })).toBe(3);
  });

  it('refuses an export time in the future, which would freeze the figures against every later file', async () => {
    const result = await importTaxFile({ fileName: 'export.csv', bytes: file(`${id('F')};${CITIZEN_CNP};X;2026;teren;T;1;;;2026-03-31;`), exportedAt: new Date(Date.now() + 86_400_000) });
    expect(result).toEqual({ ok: false, errors: [{ line: 0, place: 'Fișierul', message: 'Data și ora exportului sunt în viitor: verificați-le.' }] });
    expect(await prisma.taxObligation.count({ where: { externalId: id('F') } })).toBe(0);
  });

  describe('what a taxpayer sees', () => {
    let citizen: { id: string };
    let otherPerson: { id: string };
    const obligationId = async (externalId: string) => (await prisma.taxObligation.findUniqueOrThrow({ where: { externalId }, select: { id: true } })).id;

    beforeAll(async () => {
      citizen = await prisma.user.findUniqueOrThrow({ where: { email: 'citizen@demo.local' }, select: { id: true } });
      otherPerson = await prisma.user.create({
        data: { email: `popa.${crypto.randomUUID()}@exemplu.ro`, status: 'ACTIVE', accountType: 'PERSON', personProfile: { create: { firstName: 'Maria', lastName: 'Popa', cnp: OTHER_CNP } } },
        select: { id: true },
      });
    });

    it('knows a person by the CNP, a company by the CUI, staff by nothing', async () => {
      const id = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
      expect(await taxpayerCodeOf(citizen.id)).toBe(CITIZEN_CNP);
      expect(await taxpayerCodeOf(await id('firma@demo.local'))).toBe('18456728');
      expect(await taxpayerCodeOf(await id('admin@demo.local'))).toBeNull();
      expect(await obligationsOf({ id: await id('clerk@demo.local') })).toEqual([]);
    });

    it('lists only the caller’s own obligations, newest year first, then in the legal order', async () => {
      const mine = await obligationsOf(citizen);
      const theirs = await obligationsOf(otherPerson);
      expect(mine.length).toBeGreaterThan(0);
      expect(theirs.length).toBeGreaterThan(0);
      const codes = async (rows: { id: string }[]) => new Set((await prisma.taxObligation.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { taxpayerCode: true } })).map((r) => r.taxpayerCode));
      expect(await codes(mine)).toEqual(new Set([CITIZEN_CNP]));
      expect(await codes(theirs)).toEqual(new Set([OTHER_CNP]));
      expect(mine.map((o) => o.externalId)).not.toContain(id('B'));
      expect(theirs.map((o) => o.externalId)).toContain(id('B'));
      // Sorted: year desc, then rank (none last), then due day.
      const keys = mine.map((o) => [-o.year, o.paymentRank ?? Number.MAX_SAFE_INTEGER, o.dueDay] as const);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2])));
      expect((await fileImportTaxSource.obligationsFor(OTHER_CNP)).map((o) => o.externalId)).toEqual(theirs.map((o) => o.externalId));
    });

    it('counts on top only the PAID online payments made after the figures, and shows the open payment', async () => {
      // C: 200 lei, figures of 2026-12-03 06:00 UTC.
      const c = await obligationId(id('C'));
      const pay = async (status: 'PAID' | 'FAILED' | 'REFUNDED' | 'PENDING', amountBani: number, paidAt: string | null, openKey?: string) =>
        prisma.payment.create({
          data: {
            payerId: citizen.id,
            provider: 'test',
            status,
            amountBani,
            description: 'test',
            idempotencyKey: crypto.randomUUID(),
            returnPath: '/taxes',
            expiresAt: at('2026-12-31T00:00:00Z'),
            paidAt: paidAt ? at(paidAt) : null,
            items: { create: [{ obligationId: c, label: 'Amendă', amountBani, openKey: openKey ?? null }] },
          },
          select: { id: true },
        });
      await pay('PAID', 5000, '2026-12-03T05:00:00Z'); // before the figures: in paidBani already
      await pay('PAID', 3000, '2026-12-03T09:00:00Z'); // after: counted
      await pay('FAILED', 7000, null);
      await pay('REFUNDED', 4000, '2026-12-03T10:00:00Z');
      const open = await pay('PENDING', 17000, null, `obligation:${c}`);

      const view = (await obligationsOf(citizen, { now: at('2026-12-10T12:00:00Z') })).find((o) => o.id === c)!;
      expect(view).toMatchObject({ principalBani: 20000, incrementsBani: 0, paidBani: 0, paidOnlineBani: 3000, outstandingBani: 17000, openPaymentId: open.id, dueDay: '2026-12-20', overdue: false });
      // Overdue from the day after the due day, on the Romanian calendar (21 Dec starts at 22:00 UTC on the 20th).
      expect((await obligationsOf(citizen, { now: at('2026-12-20T21:59:00Z') })).find((o) => o.id === c)!.overdue).toBe(false);
      expect((await obligationsOf(citizen, { now: at('2026-12-20T22:01:00Z') })).find((o) => o.id === c)!.overdue).toBe(true);

      // Paid in full online: nothing outstanding, never below zero, not overdue.
      await pay('PAID', 20000, '2026-12-04T09:00:00Z');
      const paid = (await obligationsOf(citizen, { now: at('2027-01-10T12:00:00Z') })).find((o) => o.id === c)!;
      expect(paid).toMatchObject({ paidOnlineBani: 23000, outstandingBani: 0, overdue: false });
      // Someone else's payments never show on the other taxpayer's rows.
      expect((await obligationsOf(otherPerson)).every((o) => o.paidOnlineBani === 0 && o.openPaymentId === null)).toBe(true);
    });
  });

  describe('the admin page’s action', () => {
    const staff = async (email: string): Promise<TSessionUser> => {
      const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, role: true } });
      return { ...user, accountType: 'STAFF', locale: 'ro', displayName: email };
    };
    const form = (name: string, bytes: Uint8Array, exportedAt = '') => {
      const data = new FormData();
      data.set('file', new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      data.set('exportedAt', exportedAt);
      return data;
    };
    const good = () => file(`${id('S')};${CITIZEN_CNP};Vasilescu Ion;2026;alta;Taxă salubrizare;120;;;2026-09-30;`);

    it('refuses a clerk of another department, writing nothing', async () => {
      const { importTaxFileAction } = await import('@/lib/taxes/actions');
      current = await staff('clerk.urbanism@demo.local');
      const audits = await prisma.auditLog.count();
      expect(await importTaxFileAction(null, form('export.csv', good()))).toEqual({ ok: false, formError: 'forbidden' });
      expect(await prisma.taxObligation.count({ where: { externalId: id('S') } })).toBe(0);
      expect(await prisma.auditLog.count()).toBe(audits);
    });

    it('lists every bad row to the tax department’s clerk, and imports a good file with its audit row', async () => {
      const { importTaxFileAction } = await import('@/lib/taxes/actions');
      current = await staff('clerk@demo.local');
      const bad = await importTaxFileAction(null, form('export.csv', file(`${id('S')};${CITIZEN_CNP};X;1990;alta;T;1;;;2026-09-30;`, `${id('S2')};${CITIZEN_CNP};X;2026;alta;T;1;;;30.02.2026;`)));
      expect(bad).toEqual({
        ok: true,
        data: {
          errorCount: 2,
          errors: [
            { line: 2, field: 'an', place: 'Linia 2', message: 'Anul trebuie să fie între 2000 și 2100.' },
            { line: 3, field: 'scadenta', place: 'Linia 3', message: 'Scadența trebuie să fie o dată reală, scrisă AAAA-LL-ZZ sau ZZ.LL.AAAA.' },
          ],
        },
      });
      expect(await importTaxFileAction(null, form('export.txt', good()))).toEqual({ ok: false, fieldErrors: { file: ['taxesAdmin.form.fileType'] } });
      expect(await importTaxFileAction(null, form('export.csv', good(), 'mâine'))).toEqual({ ok: false, fieldErrors: { exportedAt: ['taxImport.exportedAt.invalid'] } });

      const done = await importTaxFileAction(null, form('export.csv', good(), '2026-12-05T08:00'));
      expect(done).toEqual({ ok: true, data: { imported: { fileName: 'export.csv', rows: 1, created: 1, updated: 0, skipped: 0 } } });
      const obligation = await prisma.taxObligation.findUniqueOrThrow({ where: { externalId: id('S') }, include: { import: true } });
      expect(obligation.syncedAt.toISOString()).toBe('2026-12-05T06:00:00.000Z');
      expect(obligation.import.importedById).toBe(current.id);
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'taxes.import', entityId: obligation.importId } });
      expect(audit).toMatchObject({ actorId: current.id, entityType: 'TaxImport', ip: '10.1.2.3' });
      expect(audit.details).toMatchObject({ fileName: 'export.csv', rows: 1, created: 1 });
      current = null;
    });
  });
});
