import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, createMigration } from '@/lib/db/migrate';
import { createEmptyDatabase, dropDatabase } from './support';

const SNAPSHOT = 'schema.prisma.snapshot';

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

  it('keeps one schema snapshot, beside the migration folders', () => {
    expect(fs.existsSync(path.join('prisma/migrations', SNAPSHOT))).toBe(true);
    const folders = fs.readdirSync('prisma/migrations', { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect(fs.readdirSync(path.join('prisma/migrations', folder.name)), folder.name).toEqual(['migration.sql']);
  });

  it('the committed migrations match prisma/schema.prisma (no migration left to create)', async () => {
    const url = await createEmptyDatabase();
    urls.push(url);
    // Work on a copy so that a failing check never writes into the repository.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync('prisma/migrations', dir, { recursive: true });
    expect(await createMigration(url, 'check', { migrationsDir: dir })).toBeNull();
  });

  it('creates a new migration when the schema changes, applies it, and makes the schema the one snapshot', async () => {
    const url = await createEmptyDatabase();
    urls.push(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync('prisma/migrations', dir, { recursive: true });
    const schemaPath = path.join(dir, 'schema.prisma');
    const changed = fs.readFileSync('prisma/schema.prisma', 'utf8') + '\nmodel ProbeTable {\n  id Int @id\n}\n';
    fs.writeFileSync(schemaPath, changed);

    const created = await createMigration(url, 'add probe', { migrationsDir: dir, schemaPath });
    expect(created).toMatch(/^\d{14}_add_probe$/);
    const sql = fs.readFileSync(path.join(dir, created as string, 'migration.sql'), 'utf8');
    // Only the change: the diff starts from the snapshot, not from an empty database.
    expect(sql).toContain('CREATE TABLE "ProbeTable"');
    expect(sql).not.toContain('CREATE TABLE "User"');
    expect(fs.readdirSync(path.join(dir, created as string))).toEqual(['migration.sql']);
    expect(fs.readFileSync(path.join(dir, SNAPSHOT), 'utf8')).toBe(changed);
    const applied = await applyMigrations(url, { migrationsDir: dir, schemaPath });
    expect(applied.at(-1)).toBe(created);
    // The next run diffs from the new snapshot: nothing left to create.
    expect(await createMigration(url, 'again', { migrationsDir: dir, schemaPath })).toBeNull();
  });

  it('refuses to create a migration when the snapshot is missing, and writes nothing', async () => {
    const url = await createEmptyDatabase();
    urls.push(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync('prisma/migrations', dir, { recursive: true });
    fs.rmSync(path.join(dir, SNAPSHOT));
    const before = fs.readdirSync(dir).sort();

    await expect(createMigration(url, 'lost', { migrationsDir: dir })).rejects.toThrow(/schema\.prisma\.snapshot is missing/);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it('the snapshot describes the database the committed migrations build', async () => {
    const migrated = await createEmptyDatabase();
    const fromSnapshot = await createEmptyDatabase();
    urls.push(migrated, fromSnapshot);
    await applyMigrations(migrated);
    // One migration made from nothing to the snapshot, in an otherwise empty folder.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    const schemaPath = path.join(os.tmpdir(), `${path.basename(dir)}.prisma`);
    fs.copyFileSync(path.join('prisma/migrations', SNAPSHOT), schemaPath);
    expect(await createMigration(fromSnapshot, 'all', { migrationsDir: dir, schemaPath })).not.toBeNull();
    await applyMigrations(fromSnapshot, { migrationsDir: dir, schemaPath });

    expect(await describeSchema(fromSnapshot)).toEqual(await describeSchema(migrated));
  });
});

/** Tables, columns, indexes, constraints and enums of the public schema, in a stable order. */
async function describeSchema(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query(sql)).rows.map((row) => Object.values(row).join(' | '));
    return {
      columns: await rows(
        "SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2",
      ),
      indexes: await rows("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1"),
      constraints: await rows(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '\"_prisma_migrations\"' ORDER BY 1, 2",
      ),
      enums: await rows(
        "SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY t.typname, e.enumsortorder",
      ),
    };
  } finally {
    await client.end();
  }
}
