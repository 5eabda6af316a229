// `prisma generate` without the native schema engine: the CLI insists on the engine binary being
// present although generate never runs it, so point it at an existing file (this Node binary).
// Migrations use the WebAssembly engine instead: see lib/db/migrate.ts.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const cli = path.join(__dirname, '..', '..', 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, 'generate'], {
  stdio: 'inherit',
  env: { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', ...process.env },
});
process.exit(result.status ?? 1);
