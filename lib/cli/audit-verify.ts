/**
 * `npm run audit:verify`: checks the audit log's hash chain and its daily seals (lib/audit/chain.ts)
 * and prints that it is intact or where it first breaks; exit code 1 when it is broken. Without
 * DATABASE_URL it starts the embedded PostgreSQL (as `npm start` does).
 */
// First: the seal verifier imports `server-only`, which throws outside React Server Components.
import '@/lib/cli/server-only-shim';
import { withDatabase } from '@/lib/cli/services';

async function main() {
  let exitCode = 0;
  await withDatabase(async (databaseUrl) => {
    const [{ db }, { runAuditVerify }, { applyMigrations }] = await Promise.all([import('@/lib/db'), import('@/lib/audit/chain'), import('@/lib/db/migrate')]);
    await applyMigrations(databaseUrl);
    try {
      const result = await runAuditVerify(db);
      console.log(result.message);
      exitCode = result.exitCode;
    } finally {
      await db.$disconnect();
    }
  });
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
