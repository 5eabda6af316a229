import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, createMigration } from '@/lib/db/migrate';
import { createEmptyDatabase, dropDatabase } from './support';

describe('migrations (Wasm schema engine)', () => {
  const urls: string[] = [];
  afterAll(async () => {
    for (const url of urls) await dropDatabase(url);
  });

  it('apply to an empty database, then do nothing the second time', async () => {
    const url = await createEmptyDatabase();
    urls.push(url);
    const committed = fs.readdirSync('prisma/migrations').filter((n) => /^\d{14}_/.test(n)).sort();

    expect(await applyMigrations(url)).toEqual(committed);
    expect(await applyMigrations(url)).toEqual([]);

    const client = new Client({ connectionString: url });
    await client.connect();
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    const history = await client.query('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations');
    const indexes = await client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'ServiceRequest'");
    await client.end();

    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['User', 'PersonProfile', 'OrganizationProfile', 'VerificationToken', 'Department', 'DepartmentMember', 'Service', 'ServiceVersion', 'ServiceRequest', 'RequestEvent', 'Document', 'Fee', 'Notification', 'EmailOutbox', 'AuditLog', 'NewsPost', 'TermsVersion', 'TermsAcceptance']),
    );
    // Recorded exactly as `prisma migrate deploy` records them.
    expect(history.rows).toHaveLength(committed.length);
    for (const row of history.rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
    const defs = indexes.rows.map((r) => r.indexdef).join('\n');
    expect(defs).toContain('("applicantId", status, "updatedAt" DESC)');
    expect(defs).toContain('("assigneeId", status, "dueAt")');
    expect(defs).toContain('UNIQUE INDEX "ServiceRequest_registrationNumber_key"');
  });

  it('the committed migrations match prisma/schema.prisma (no migration left to create)', async () => {
    const url = await createEmptyDatabase();
    urls.push(url);
    // Work on a copy so that a failing check never writes into the repository.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync('prisma/migrations', dir, { recursive: true });
    expect(await createMigration(url, 'check', { migrationsDir: dir })).toBeNull();
  });

  it('creates a new migration when the schema changes, and applies it', async () => {
    const url = await createEmptyDatabase();
    urls.push(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync('prisma/migrations', dir, { recursive: true });
    const schemaPath = path.join(dir, 'schema.prisma');
    fs.writeFileSync(
      schemaPath,
      fs.readFileSync('prisma/schema.prisma', 'utf8') + '\nmodel ProbeTable {\n  id Int @id\n}\n',
    );

    const created = await createMigration(url, 'add probe', { migrationsDir: dir, schemaPath });
    expect(created).toMatch(/^\d{14}_add_probe$/);
    expect(fs.readFileSync(path.join(dir, created as string, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "ProbeTable"');
    const applied = await applyMigrations(url, { migrationsDir: dir, schemaPath });
    expect(applied.at(-1)).toBe(created);
  });
});
