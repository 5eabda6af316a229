/**
 * The tamper-evident audit log: rows written through writeAudit, also from transactions running at
 * the same time, form one unbroken hash chain; an edited row is reported at its own seq, a deleted
 * one at the row after it; the daily seal seals each past day once, verifiably, and an altered seal
 * is reported; the command's exit code says which.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daySealStatement, hashAuditRow, runAuditVerify, verifyChain } from '@/lib/audit/chain';
import { DAY_SEAL_GRACE_MS, sealAuditDays } from '@/lib/audit/day-seal';
import { writeAudit } from '@/lib/audit/write';
import { createMailboxTransport } from '@/lib/email/transports';
import { resetEnvCache } from '@/lib/env';
import { QUEUES } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { resetSealSignerCache } from '@/lib/seal/signers';
import { verifySealedData } from '@/lib/seal/seal';
import { DAY_MS, nextDay, startOfDayInRomania, todayInRomania } from '@/lib/time';
import { setupTestDatabase } from './support';

describe('audit log hash chain', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let dataDir: string;

  beforeAll(async () => {
    // A demo seal of this file's own, not the developer's .data/seal.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-chain-'));
    process.env.DATA_DIR = dataDir;
    database = await setupTestDatabase();
    resetSealSignerCache();
  });
  afterAll(async () => {
    await database.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
    delete process.env.DATA_DIR;
    resetEnvCache();
    resetSealSignerCache();
  });

  const entry = (i: number) => ({
    actorId: null,
    action: 'test.chain',
    entityType: 'Setting' as const,
    entityId: `e${i}`,
    request: { ip: '192.0.2.1', userAgent: 'vitest' },
    // Keys in an order jsonb does not keep: the hash must not depend on it.
    details: { zeta: i, alpha: { nested: 'ș', b: [1, { y: 2, x: 1 }] }, mid: null },
  });
  const rows = () => database.prisma.auditLog.findMany({ orderBy: { seq: 'asc' } });

  it('chains rows written one after the other, without a transaction and inside one', async () => {
    await writeAudit(entry(0));
    await database.prisma.$transaction(async (tx) => {
      await writeAudit(entry(1), tx);
      await writeAudit(entry(2), tx);
    });
    const all = await rows();
    expect(all).toHaveLength(3);
    expect(all[0]).toMatchObject({ prevHash: null, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(all[1]?.prevHash).toBe(all[0]?.hash);
    expect(all[2]?.prevHash).toBe(all[1]?.hash);
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true, rows: 3, unchained: 0, lastSeq: all[2]?.seq });
  });

  it('leaves no trace of a transaction that rolled back: the next row links to the head', async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await writeAudit(entry(3), tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await writeAudit(entry(4));
    const all = await rows();
    expect(all.map((r) => r.entityId)).toEqual(['e0', 'e1', 'e2', 'e4']);
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true, rows: 4 });
  });

  it('stays one chain when 20 transactions write at the same time', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.prisma.$transaction(async (tx) => {
          // Some work of the caller's before and after its audit row.
          await tx.$executeRaw`SELECT pg_sleep(0.01)`;
          await writeAudit(entry(100 + i), tx);
          await tx.$executeRaw`SELECT pg_sleep(0.01)`;
        }),
      ),
    );
    const all = await rows();
    expect(all).toHaveLength(24);
    expect(new Set(all.map((r) => r.prevHash)).size).toBe(24);
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true, rows: 24 });
  });

  it('reports an edited row at exactly its seq, as a hash mismatch', async () => {
    const all = await rows();
    const target = all[10]!;
    await database.prisma.$executeRaw`UPDATE "AuditLog" SET details = jsonb_set(details, '{zeta}', '999') WHERE id = ${target.id}`;
    const report = await verifyChain(database.prisma);
    expect(report).toEqual({ ok: false, brokenAt: { seq: target.seq, id: target.id, createdAt: target.createdAt, reason: 'hash' } });
    expect((await runAuditVerify(database.prisma)).exitCode).toBe(1);
    expect((await runAuditVerify(database.prisma)).message).toMatch(new RegExp(`^Legătură ruptă la rândul #${target.seq} \\(id ${target.id}, data .+\\): conținutul nu corespunde hash-ului`));

    // Put back, the content matches its hash again (the keys in jsonb's order, as before).
    await database.prisma.$executeRaw`UPDATE "AuditLog" SET details = ${JSON.stringify(target.details)}::jsonb WHERE id = ${target.id}`;
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true, rows: 24 });
  });

  it('reports a deleted middle row at the row after it, as a broken link; and a row rehashed after an edit the same way', async () => {
    const all = await rows();
    const deleted = all[5]!;
    const next = all[6]!;
    await database.prisma.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${deleted.id}`;
    expect(await verifyChain(database.prisma)).toEqual({ ok: false, brokenAt: { seq: next.seq, id: next.id, createdAt: next.createdAt, reason: 'link' } });
    // Checked from a later row only, the break before it is not seen.
    expect(await verifyChain(database.prisma, { from: all[7]!.seq })).toMatchObject({ ok: true, rows: 17 });
    expect(await verifyChain(database.prisma, { from: next.seq })).toMatchObject({ ok: false, brokenAt: { seq: next.seq, reason: 'link' } });
    await database.prisma.auditLog.create({ data: { ...deleted, details: deleted.details ?? undefined } });
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true, rows: 24 });

    // Whoever edits a row and writes its new hash breaks the link of the next one.
    const edited = all[8]!;
    const forged = hashAuditRow({ ...edited, action: 'test.forged' });
    await database.prisma.auditLog.update({ where: { id: edited.id }, data: { action: 'test.forged', hash: forged } });
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: false, brokenAt: { seq: all[9]!.seq, reason: 'link' } });
    await database.prisma.auditLog.update({ where: { id: edited.id }, data: { action: edited.action, hash: edited.hash } });
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true });
  });

  it('reports a row written around writeAudit, without a hash, after the chain began', async () => {
    const stray = await database.prisma.auditLog.create({ data: { action: 'test.stray', entityType: 'Setting' } });
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: false, brokenAt: { id: stray.id, reason: 'missing' } });
    await database.prisma.auditLog.delete({ where: { id: stray.id } });
  });

  it('seals a day only once it has ended in Romania, and some minutes after, for the transactions still committing', async () => {
    const midnight = startOfDayInRomania(nextDay(todayInRomania()));
    expect(await sealAuditDays(new Date(midnight.getTime() - 1), database.prisma)).toEqual([]);
    expect(await sealAuditDays(new Date(midnight.getTime() + DAY_SEAL_GRACE_MS - 1), database.prisma)).toEqual([]);
    expect(await database.prisma.auditDaySeal.count()).toBe(0);
  });

  it('seals each past day once, with a signature that verifies; an altered seal is reported', async () => {
    const today = todayInRomania();
    // Two days from now, today is a past day, and tomorrow (without rows) too.
    const later = new Date(Date.now() + 2 * DAY_MS);
    const sealed = await sealAuditDays(later, database.prisma);
    expect(sealed[0]).toBe(today);
    expect(sealed).toHaveLength(2);
    expect(await sealAuditDays(later, database.prisma)).toEqual([]);
    const seals = await database.prisma.auditDaySeal.findMany({ orderBy: { day: 'asc' } });
    expect(seals).toHaveLength(2);

    const all = await rows();
    const [day, empty] = seals as [(typeof seals)[0], (typeof seals)[0]];
    expect(day).toMatchObject({ day: today, firstSeq: all[0]?.seq, lastSeq: all[all.length - 1]?.seq, rowCount: 24, digest: all[all.length - 1]?.hash });
    expect(day.certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(empty).toMatchObject({ firstSeq: null, lastSeq: null, rowCount: 0, digest: day.digest });
    const signature = Buffer.from(day.signature, 'base64');
    expect(await verifySealedData(daySealStatement(day), signature)).toMatchObject({ valid: true, sealedBy: expect.stringContaining('DEMO') });
    expect(await verifyChain(database.prisma)).toMatchObject({ ok: true, rows: 24, sealedDays: 2 });

    // The digest changed (to hide a rewritten tail): the signature over it no longer holds.
    await database.prisma.auditDaySeal.update({ where: { day: today }, data: { digest: 'f'.repeat(64) } });
    expect(await verifyChain(database.prisma)).toEqual({ ok: false, brokenSeal: { day: today, reason: 'signature' } });
    const cli = await runAuditVerify(database.prisma);
    expect(cli.exitCode).toBe(1);
    expect(cli.message).toMatch(/^Sigiliul zilei \d{2}\.\d{2}\.\d{4} nu corespunde: semnătura sigiliului nu este validă\.$/);
    await database.prisma.auditDaySeal.update({ where: { day: today }, data: { digest: day.digest } });

    // The tail rewritten: the last row edited and rehashed, no link after it to break; the seal sees it.
    const lastRow = all[all.length - 1]!;
    await database.prisma.auditLog.update({ where: { id: lastRow.id }, data: { action: 'test.forged', hash: hashAuditRow({ ...lastRow, action: 'test.forged' }) } });
    expect(await verifyChain(database.prisma)).toEqual({ ok: false, brokenSeal: { day: today, reason: 'digest' } });
    await database.prisma.auditLog.update({ where: { id: lastRow.id }, data: { action: lastRow.action, hash: lastRow.hash } });
    expect(await runAuditVerify(database.prisma)).toMatchObject({ exitCode: 0, message: expect.stringMatching(/^Jurnalul de audit este intact: 24 rânduri, ultimul #\d+ din .+; 2 zile sigilate\.$/) });
  });

  it('the worker seals the days every hour at :15 in Romania, one run at a time across workers', async () => {
    const worker = await startWorker({ transport: createMailboxTransport(path.join(dataDir, 'mail')) });
    try {
      const schedules = await worker.boss.getSchedules();
      expect(schedules.find((s) => s.name === QUEUES.auditDaySeal)).toMatchObject({ cron: '15 * * * *', timezone: 'Europe/Bucharest' });
      expect(await worker.boss.getQueue(QUEUES.auditDaySeal)).toMatchObject({ policy: 'singleton' });
    } finally {
      await worker.stop();
    }
  });

  it('npm run audit:verify exits with 1 on a broken log and says where', async () => {
    // The intact case (exit code 0) is runAuditVerify's, above; one run of the command is enough here.
    const target = (await rows())[3]!;
    await database.prisma.$executeRaw`UPDATE "AuditLog" SET "entityId" = 'changed' WHERE id = ${target.id}`;
    const broken = await promisify(execFile)(path.join('node_modules', '.bin', 'tsx'), ['lib/cli/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: dataDir },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`Legătură ruptă la rândul #${target.seq} (id ${target.id}, data `);
  });
});
