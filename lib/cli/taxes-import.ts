/**
 * `npm run taxes:import -- <file> [--exported-at <ISO date-time>]`: imports an export of the tax
 * system (CSV or JSON, lib/taxes/schemas.ts) as /admin/taxes does, for the tax office's scheduled
 * transfer. Prints what was imported, or every bad line (and imports nothing): exit code 1.
 * Without DATABASE_URL it starts the embedded PostgreSQL, as `npm start` does.
 */
import '@/lib/cli/server-only-shim';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withDatabase } from '@/lib/cli/services';
import { parseExportedAt } from '@/lib/taxes/schemas';

const USAGE = 'usage: npm run taxes:import -- <file.csv|file.json> [--exported-at 2026-12-01T06:00:00Z]';

async function main() {
  let args: ReturnType<typeof parseArgs<{ options: { 'exported-at': { type: 'string' } }; allowPositionals: true }>>;
  try {
    args = parseArgs({ options: { 'exported-at': { type: 'string' } }, allowPositionals: true });
  } catch {
    console.error(USAGE);
    process.exit(2);
  }
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const rawExportedAt = args.values['exported-at'];
  const exportedAt = rawExportedAt === undefined ? undefined : parseExportedAt(rawExportedAt);
  if (exportedAt === null) {
    console.error(`--exported-at: "${rawExportedAt}" nu este o dată și oră (de ex. 2026-12-01T06:00:00Z sau 2026-12-01T08:00, ora României).`);
    process.exit(2);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    process.exit(2);
  }

  let failed = false;
  await withDatabase(async (databaseUrl) => {
    const [{ applyMigrations }, { importTaxFile }, { db }] = await Promise.all([import('@/lib/db/migrate'), import('@/lib/taxes/import'), import('@/lib/db')]);
    await applyMigrations(databaseUrl);
    try {
      const result = await importTaxFile({ fileName: path.basename(file), bytes, exportedAt, audit: { actorId: null } });
      if (result.ok) {
        console.log(
          `Importat ${path.basename(file)}: ${result.rows} rânduri (${result.created} noi, ${result.updated} actualizate, ${result.skipped} păstrate, cu cifre mai noi în portal); exportat la ${result.exportedAt.toISOString()}; import ${result.importId}.`,
        );
      } else {
        failed = true;
        console.error(`${path.basename(file)} nu a fost importat (${result.errors.length} greșeli; nu s-a schimbat nimic):`);
        for (const error of result.errors) console.error(`  ${error.place}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
      }
    } finally {
      await db.$disconnect();
    }
  });
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
