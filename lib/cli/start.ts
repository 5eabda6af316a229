/**
 * `npm start`: runs the whole portal on this machine. Starts the embedded PostgreSQL and S3 server
 * unless external ones are configured, applies migrations, seeds demo data (embedded database
 * only), builds when the sources changed, then serves Next.js and runs the job worker in-process.
 * Ctrl-C stops everything it started.
 *
 * Flags: --fresh (wipe DATA_DIR first; used by the end-to-end tests), --no-build (fail instead of building).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from '@/lib/env';
import { isBuildCurrent, markBuildCurrent } from '@/lib/cli/build';
import { startServices } from '@/lib/cli/services';
import { applyMigrations } from '@/lib/db/migrate';

const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const log = (line: string) => console.log(`[portal] ${line}`);

function run(args: string[], extraEnv: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function wipeDataDir(dataDir: string) {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // not running
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function main() {
  const started = Date.now();
  const args = new Set(process.argv.slice(2));
  const initial = parseEnv();
  if (args.has('--fresh')) wipeDataDir(initial.dataDir);

  const services = await startServices();
  let server: ChildProcess | undefined;
  let worker: { stop: () => Promise<void> } | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    server?.kill('SIGTERM');
    await worker?.stop().catch(() => {});
    const { closeQueueClient } = await import('@/lib/jobs/queue');
    await closeQueueClient();
    await services.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const applied = await applyMigrations(process.env.DATABASE_URL as string);
    log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');

    if (services.embeddedDatabase) {
      // The demo requests go through the portal's server modules, outside React Server Components.
      await import('@/lib/cli/server-only-shim');
      const [{ seedDemo }, { createPrismaClient }, { getStorage }] = await Promise.all([import('@/prisma/seed'), import('@/lib/db'), import('@/lib/storage')]);
      const prisma = createPrismaClient(process.env.DATABASE_URL as string);
      const requests = await seedDemo(prisma, { requests: { storage: getStorage() } });
      await prisma.$disconnect();
      if (requests?.created.length) log(`demo requests filed: ${requests.created.length}`);
      for (const failed of requests?.failed ?? []) log(`demo request ${failed.key} left out: ${failed.error}`);
      log('demo data is in place (see README: demo accounts)');
    }

    if (!isBuildCurrent()) {
      if (args.has('--no-build')) throw new Error('The production build is missing or out of date: run `npm run build`.');
      log('building the portal (first start or changed sources)…');
      const code = await run(['build'], { NODE_ENV: 'production' });
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
      markBuildCurrent();
    }

    const env = parseEnv();
    if (env.JOBS_MODE === 'in-process') {
      const { startWorker } = await import('@/lib/jobs/worker');
      worker = await startWorker();
      log('job worker running in-process');
    }

    server = spawn(process.execPath, [path.join(process.cwd(), 'lib', 'cli', 'server.js')], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    server.on('exit', (code) => {
      if (!stopping) {
        log(`web server exited with code ${code}`);
        void shutdown(code ?? 1);
      }
    });
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${env.appUrl}`);
  } catch (error) {
    console.error(`[portal] ${(error as Error).message}`);
    await shutdown(1);
  }
}

main().catch((error) => {
  console.error(`[portal] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
