/**
 * Creates and applies standard Prisma migrations with Prisma's WebAssembly schema engine, because
 * the CLI's native schema engine cannot be downloaded on our machines. The migrations folder stays
 * in standard format (`<timestamp>_<name>/migration.sql`, `migration_lock.toml`), so
 * `prisma migrate deploy` works wherever the native engine exists. Next to them,
 * `prisma/migrations/schema.prisma.snapshot` holds the schema as of the latest migration: a new
 * migration is the diff from it to `prisma/schema.prisma` (no shadow database needed), and
 * replaces it. Prisma ignores files at the top of the migrations folder.
 *
 * `@prisma/schema-engine-wasm` is an internal API: its version is pinned in package.json and
 * tests/integration/migrations.test.ts covers this module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_PATH = path.join(ROOT, 'prisma', 'schema.prisma');
const MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');
/** At the top of the migrations folder, beside migration_lock.toml. */
const SNAPSHOT_FILE = 'schema.prisma.snapshot';
const FILTERS = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    const require = createRequire(__filename);
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return wasmReady;
}

type TMigrationDirs = { schemaPath?: string; migrationsDir?: string };

function readMigrationsList(migrationsDir: string) {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lock = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    shadowDbInitScript: '',
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : null,
    },
    migrationDirectories: fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
      .map((name) => {
        const file = path.join(migrationsDir, name, 'migration.sql');
        return {
          path: name,
          migrationFile: {
            path: 'migration.sql',
            content: fs.existsSync(file)
              ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
              : { tag: 'error' as const, value: 'missing migration.sql' },
          },
        };
      }),
  };
}

async function withEngine<T>(
  databaseUrl: string,
  schemaPath: string,
  fn: (engine: bg.SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const schema = { path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') };
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] } as never,
    (log: string) => {
      if (process.env.DEBUG_MIGRATIONS) console.error(log);
    },
    adapter,
  );
  try {
    return await fn(engine, schema);
  } finally {
    engine.free?.();
  }
}

/** Applies every pending migration; returns the names applied now (empty when up to date). */
export async function applyMigrations(
  databaseUrl: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR }: TMigrationDirs = {},
): Promise<string[]> {
  return withEngine(databaseUrl, schemaPath, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: readMigrationsList(migrationsDir),
      filters: FILTERS,
    } as never);
    return (result as { appliedMigrationNames: string[] }).appliedMigrationNames;
  });
}

/** The schema the latest migration was made from: where the next migration's diff starts. */
function readSnapshot(migrationsDir: string, schemaPath: string) {
  const snapshot = path.join(migrationsDir, SNAPSHOT_FILE);
  if (fs.existsSync(snapshot)) {
    return { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: fs.readFileSync(snapshot, 'utf8') }] };
  }
  // Without it the diff would start from nothing and the new migration would create every table again.
  if (readMigrationsList(migrationsDir).migrationDirectories.length > 0) {
    throw new Error(
      `${snapshot} is missing: put there the schema.prisma the latest migration was made from, then run this again`,
    );
  }
  return { tag: 'empty' };
}

/**
 * Writes a new migration with the difference between the schema and the snapshot of the latest
 * migration, then makes the schema the new snapshot. Returns the new folder's name, or null when
 * nothing changed.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR }: TMigrationDirs = {},
): Promise<string | null> {
  const from = readSnapshot(migrationsDir, schemaPath);
  return withEngine(databaseUrl, schemaPath, async (engine, schema) => {
    const diff = (await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: FILTERS,
    } as never)) as { exitCode: number; stdout: string };
    if (diff.exitCode !== 2) return null;
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = `${stamp}_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
    const dir = path.join(migrationsDir, folder);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), diff.stdout);
    fs.writeFileSync(path.join(migrationsDir, SNAPSHOT_FILE), schema.content);
    fs.writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    return folder;
  });
}
