/**
 * `npm run bench:catalog`: the catalog under load, next to a static page measured in the same run.
 * Starts the whole portal (`lib/cli/start.ts --fresh`: production build, embedded PostgreSQL and S3,
 * demo data) on port 3300 with its data under .data/bench-web, then loads each page with autocannon
 * (10 connections, 10 s, after a 3 s warm-up) and prints throughput, latency and the ratio to the
 * static page. A benchmark, not a test: it prints numbers and asserts nothing.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 10;
const SECONDS = 10;

const PAGES = [
  { label: 'static page (/about)', path: '/about' },
  { label: 'catalog (/services)', path: '/services' },
  { label: 'catalog search', path: '/services?q=certificat%20fiscal' },
  { label: 'service page', path: '/services/certificat-atestare-fiscala-persoane-fizice' },
];

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the portal did not start in time');
}

const load = (path: string, duration: number) => autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration });

async function main() {
  const portal = spawn('npx', ['tsx', 'lib/cli/start.ts', '--fresh'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', APP_URL: BASE, DATA_DIR: '.data/bench-web', EMBEDDED_PG_PORT: '54373', EMBEDDED_S3_PORT: '4593' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  try {
    await waitForHealth(Date.now() + 300_000);
    const results = [];
    for (const page of PAGES) {
      await load(page.path, 3);
      const result = await load(page.path, SECONDS);
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${page.path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      results.push({ ...page, rps: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 });
    }
    const base = results[0]!;
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per page (2-core machine: server and load generator share it)`);
    for (const r of results) {
      console.log(
        `${r.label.padEnd(24)} ${r.rps.toFixed(0).padStart(5)} req/s   p50 ${String(r.p50).padStart(4)} ms   p90 ${String(r.p90).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   ` +
          `latency ×${(r.p50 / base.p50).toFixed(2)}, throughput ×${(r.rps / base.rps).toFixed(2)} of the static page`,
      );
    }
  } finally {
    if (portal.pid) process.kill(-portal.pid, 'SIGINT');
    await new Promise((resolve) => portal.once('exit', resolve));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
