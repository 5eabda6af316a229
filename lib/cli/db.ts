/**
 * Database commands: `tsx lib/cli/db.ts migrate | create <name>`. `create` writes the change from
 * prisma/migrations/schema.prisma.snapshot to prisma/schema.prisma as a new migration (and updates
 * the snapshot); both then apply the pending migrations.
 * Without DATABASE_URL they start the embedded PostgreSQL (as `npm start` does).
 */
import { applyMigrations, createMigration } from '@/lib/db/migrate';
import { withDatabase } from '@/lib/cli/services';

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command !== 'migrate' && command !== 'create') {
    console.error('usage: tsx lib/cli/db.ts migrate | create <name>');
    process.exit(2);
  }
  await withDatabase(async (databaseUrl) => {
    if (command === 'create') {
      const folder = await createMigration(databaseUrl, name ?? 'migration');
      console.log(folder ? `created prisma/migrations/${folder}` : 'schema unchanged: no migration created');
    }
    const applied = await applyMigrations(databaseUrl);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
