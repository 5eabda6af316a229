import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase, startEmbeddedPostgres } from '@/lib/embedded/postgres';

const dataDir = path.resolve('.data/test/embedded-starter');
const port = 54359;

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL starter', () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises a cluster, creates a database once, and keeps data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(first.reused).toBe(false);
    const url = await ensureDatabase(first.serverUrl, 'portal');
    expect(await ensureDatabase(first.serverUrl, 'portal')).toBe(url);
    await query(url, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    stops.push(second.stop);
    expect(await query(url, 'SELECT v FROM kept')).toEqual([{ v: 42 }]);
  });

  it('reuses a server left running on the same data folder (previous run killed hard)', async () => {
    const logs: string[] = [];
    const again = await startEmbeddedPostgres({ dataDir, port: port + 1, log: (l) => logs.push(l) });
    expect(again.reused).toBe(true);
    expect(again.port).toBe(port);
    expect(logs.join('\n')).toMatch(/reusing/);
    expect(await query(again.serverUrl.replace(/\/postgres$/, '/portal'), 'SELECT v FROM kept')).toEqual([{ v: 42 }]);
    // Stopping the adopted server really stops it.
    await again.stop();
    stops.length = 0;
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('removes a stale postmaster.pid and starts', async () => {
    const pidFile = path.join(dataDir, 'postmaster.pid');
    // A pid that is not running: what a crash or power loss leaves behind.
    fs.writeFileSync(pidFile, `999999\n${dataDir}\n1700000000\n${port}\n/tmp\n127.0.0.1\n  1234  5678\nready\n`);
    const logs: string[] = [];
    const started = await startEmbeddedPostgres({ dataDir, port, log: (l) => logs.push(l) });
    stops.push(started.stop);
    expect(started.reused).toBe(false);
    expect(logs.join('\n')).toMatch(/stale/);
    expect(await query(started.serverUrl.replace(/\/postgres$/, '/portal'), 'SELECT v FROM kept')).toEqual([{ v: 42 }]);
  });
});
