/**
 * The legal-terms migration backfills the requests filed before it: their term snapshot, and an
 * open suspension for those that wait for the applicant. Rows are written as they stood before the
 * migration, then the rest of the committed migrations run over them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type TPrismaClient } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrate';
import { ZSuspensions, ZTermSnapshot } from '@/lib/requests/terms';
import { createEmptyDatabase, dropDatabase } from './support';

const MIGRATIONS = 'prisma/migrations';
const BEFORE_TERMS = '20261207020716_administration';
const LEGAL_BASIS_RO = 'OG nr. 27/2002, art. 8';
const LEGAL_BASIS_EN = 'Government Ordinance 27/2002, art. 8';
// Late in the evening on UTC: already the next day on Romanian time, with milliseconds.
const WAITS_SINCE = '2026-11-20T22:30:45.678Z';
const FEE_SINCE = '2026-11-25T09:05:06.007Z';

const committed = fs.readdirSync(MIGRATIONS).filter((name) => /^\d{14}_/.test(name)).sort();
const before = committed.filter((name) => name <= BEFORE_TERMS);
const after = committed.filter((name) => name > BEFORE_TERMS);

/** Copies migration folders into `dir`, as a database that stopped at some point would have had them. */
function copyMigrations(dir: string, names: readonly string[]) {
  fs.copyFileSync(path.join(MIGRATIONS, 'migration_lock.toml'), path.join(dir, 'migration_lock.toml'));
  for (const name of names) fs.cpSync(path.join(MIGRATIONS, name), path.join(dir, name), { recursive: true });
}

/** The rows a portal running the migrations up to `BEFORE_TERMS` could hold, written with the columns it had. */
async function insertOldRows(client: Client) {
  // TIMESTAMP(3) columns hold UTC wall time (as Prisma writes them), whatever the session's time zone.
  const at = (iso: string) => `('${iso}'::timestamptz AT TIME ZONE 'UTC')`;
  await client.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'ion.popescu@example.ro', now())`);
  await client.query(`INSERT INTO "Department" (id, slug, "nameRo", "nameEn", "updatedAt") VALUES ('d1', 'urbanism', 'Urbanism', 'Urban planning', now())`);
  await client.query(`INSERT INTO "ServiceCategory" (id, slug, "nameRo", "nameEn") VALUES ('c1', 'constructii', 'Construcții', 'Building')`);
  await client.query(
    `INSERT INTO "Service" (id, slug, "titleRo", "titleEn", "summaryRo", "summaryEn", "descriptionRo", "descriptionEn",
       "categoryId", "departmentId", "applicantTypes", "legalTermDays", "maxExtensionDays", "legalBasisRo", "legalBasisEn", "updatedAt")
     VALUES ('s1', 'certificat-urbanism', 'Certificat de urbanism', 'Urban planning certificate', 'Rezumat', 'Summary', 'Descriere', 'Description',
       'c1', 'd1', ARRAY['PERSON']::"AccountType"[], 30, 15, $1, $2, now())`,
    [LEGAL_BASIS_RO, LEGAL_BASIS_EN],
  );
  await client.query(`INSERT INTO "ServiceVersion" (id, "serviceId", number, definition, "publishedAt") VALUES ('v1', 's1', 1, '{}', now())`);
  const request = (id: string, status: string, submittedAt: string | null) =>
    client.query(
      `INSERT INTO "ServiceRequest" (id, "applicantId", "serviceVersionId", "departmentId", status, "submittedAt", "dueAt", "updatedAt")
       VALUES ($1, 'u1', 'v1', 'd1', $2::"RequestStatus", ${submittedAt ? at(submittedAt) : 'NULL'}, ${submittedAt ? `${at(submittedAt)} + interval '30 days'` : 'NULL'}, now())`,
      [id, status],
    );
  await request('r-submitted', 'SUBMITTED', '2026-11-16T08:00:00.000Z');
  await request('r-info', 'NEEDS_INFO', '2026-11-10T07:12:13.456Z');
  await request('r-fee', 'AWAITING_PAYMENT', '2026-11-11T10:00:00.000Z');
  await request('r-draft', 'DRAFT', null);
  // Filed at 00:30 on 17 November in Romania (22:30 UTC the day before).
  await request('r-late', 'SUBMITTED', '2026-11-16T22:30:00.000Z');
  const event = (id: string, requestId: string, type: string, from: string, to: string, createdAt: string) =>
    client.query(
      `INSERT INTO "RequestEvent" (id, "requestId", type, "fromStatus", "toStatus", "createdAt")
       VALUES ($1, $2, $3::"EventType", $4::"RequestStatus", $5::"RequestStatus", ${at(createdAt)})`,
      [id, requestId, type, from, to],
    );
  // Waited once for the applicant, got the answer, and waits again since WAITS_SINCE.
  await event('e1', 'r-info', 'INFO_REQUESTED', 'SUBMITTED', 'NEEDS_INFO', '2026-11-12T09:00:00.000Z');
  await event('e2', 'r-info', 'INFO_PROVIDED', 'NEEDS_INFO', 'IN_REVIEW', '2026-11-14T11:00:00.000Z');
  await event('e3', 'r-info', 'INFO_REQUESTED', 'IN_REVIEW', 'NEEDS_INFO', WAITS_SINCE);
  await event('e4', 'r-fee', 'FEE_REQUESTED', 'IN_REVIEW', 'AWAITING_PAYMENT', FEE_SINCE);
}

describe('legal-terms migration: requests filed before it', () => {
  let url: string;
  let prisma: TPrismaClient;
  let appliedNow: string[];

  beforeAll(async () => {
    url = await createEmptyDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    copyMigrations(dir, before);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual(before);

    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await insertOldRows(client);
      // The backfill must not depend on the time zone of the session that runs it: the next
      // connections (the schema engine's) start on Romanian time.
      await client.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone TO 'Europe/Bucharest'`);
    } finally {
      await client.end();
    }

    copyMigrations(dir, after);
    appliedNow = await applyMigrations(url, { migrationsDir: dir });
    prisma = createPrismaClient(url);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    if (url) await dropDatabase(url);
  });

  const readRequest = (id: string) =>
    prisma.serviceRequest.findUniqueOrThrow({ where: { id }, select: { term: true, termSuspensions: true, termSuspendedSince: true, termExtensionDays: true } });

  it('applies the rest of the migrations, the legal terms among them', () => {
    expect(appliedNow).toEqual(after);
    expect(appliedNow).toContain('20261207112216_legal_terms');
  });

  it('gives every filed request its service term, in calendar days as it was counted', async () => {
    for (const id of ['r-submitted', 'r-info', 'r-fee']) {
      const request = await readRequest(id);
      expect(ZTermSnapshot.parse(request.term), id).toEqual({
        days: 30,
        unit: 'CALENDAR_DAYS',
        maxExtensionDays: 15,
        suspendOnInfo: true,
        suspendOnFee: true,
        tacitApproval: false,
        legalBasisRo: LEGAL_BASIS_RO,
        legalBasisEn: LEGAL_BASIS_EN,
        tacitApprovalBasisRo: null,
        tacitApprovalBasisEn: null,
      });
      expect(request.termExtensionDays, id).toBe(0);
    }
  });

  it('moves the due date of open requests to the end of its Romanian day (23:59:59), as terms end now', async () => {
    const dueAt = async (id: string) => (await prisma.serviceRequest.findUniqueOrThrow({ where: { id }, select: { dueAt: true } })).dueAt?.toISOString();
    // 16.11 08:00 UTC + 30 × 24 h = 16.12 10:00 in Romania → 16.12 23:59:59 (21:59:59 UTC, winter time).
    expect(await dueAt('r-submitted')).toBe('2026-12-16T21:59:59.000Z');
    expect(await dueAt('r-info')).toBe('2026-12-10T21:59:59.000Z');
    // 16.11 22:30 UTC + 30 × 24 h = 17.12 00:30 in Romania → the end of 17.12.
    expect(await dueAt('r-late')).toBe('2026-12-17T21:59:59.000Z');
    expect(await dueAt('r-draft')).toBeUndefined();
  });

  it('leaves the draft without a term', async () => {
    const draft = await readRequest('r-draft');
    expect(draft.term).toBeNull();
    expect(draft.termSuspensions).toEqual([]);
    expect(draft.termSuspendedSince).toBeNull();
  });

  it('stops the term of a request waiting for information since it last began to wait', async () => {
    const latest = await prisma.requestEvent.findUniqueOrThrow({ where: { id: 'e3' }, select: { createdAt: true } });
    expect(latest.createdAt.toISOString()).toBe(WAITS_SINCE);

    const request = await readRequest('r-info');
    expect(request.termSuspendedSince?.toISOString()).toBe(latest.createdAt.toISOString());
    expect(ZSuspensions.parse(request.termSuspensions)).toEqual([{ from: latest.createdAt.toISOString(), to: null, reason: 'info' }]);
  });

  it('stops the term of a request awaiting a fee, for the fee', async () => {
    const request = await readRequest('r-fee');
    expect(request.termSuspendedSince?.toISOString()).toBe(FEE_SINCE);
    expect(ZSuspensions.parse(request.termSuspensions)).toEqual([{ from: FEE_SINCE, to: null, reason: 'fee' }]);
  });

  it('leaves the term of a request not waiting for the applicant running', async () => {
    const request = await readRequest('r-submitted');
    expect(request.termSuspensions).toEqual([]);
    expect(request.termSuspendedSince).toBeNull();
  });
});
