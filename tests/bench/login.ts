/**
 * `npm run bench`: server-side time of a sign-in (rate-limit checks, user lookup, argon2id
 * verification, bookkeeping), median and p90 of 20, against a real embedded PostgreSQL under
 * .data/bench. A benchmark, not a test: it prints numbers and asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { measure } from './measure';

process.env.DATA_DIR ??= '.data/bench';
process.env.EMBEDDED_PG_PORT ??= '54369';

async function main() {
  fs.rmSync(path.resolve(process.env.DATA_DIR as string), { recursive: true, force: true });
  const { startServices } = await import('@/lib/cli/services');
  const services = await startServices({ withStorage: false });
  try {
    const [{ applyMigrations }, { db }, { hashPassword }, { authenticate }, { closeRateLimits }] = await Promise.all([
      import('@/lib/db/migrate'),
      import('@/lib/db'),
      import('@/lib/auth/password'),
      import('@/lib/accounts/login'),
      import('@/lib/auth/rate-limit'),
    ]);
    await applyMigrations(process.env.DATABASE_URL as string);
    const password = 'o frază lungă pentru măsurători';
    await db.user.create({ data: { email: 'bench@exemplu.ro', passwordHash: await hashPassword(password), status: 'ACTIVE' } });

    const run = (label: string, attempt: () => Promise<unknown>) => measure(label, attempt);

    await run('login, right password', () => authenticate({ email: 'bench@exemplu.ro', password, ip: '127.0.0.1' }));
    let ip = 0;
    // A fresh IP each time, so that the rate limit never kicks in during the measurement.
    await run('login, unknown email', () => authenticate({ email: 'nobody@exemplu.ro', password, ip: `10.9.${Math.floor(ip / 250)}.${ip++ % 250}` }).catch(() => null));
    await closeRateLimits();
    await db.$disconnect();
  } finally {
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
