/** Decides whether the production build in .next matches the sources, by a hash of their content. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'public', 'middleware.ts', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const SKIP = new Set(['node_modules', '.next', '.data', 'generated', 'cli']);
const STAMP = path.join('.next', 'portal-source-hash');

function walk(target: string, files: string[]) {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isFile()) return void files.push(target);
  for (const entry of fs.readdirSync(target).sort()) {
    if (!SKIP.has(entry)) walk(path.join(target, entry), files);
  }
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

export function isBuildCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceHash(root);
}

export function markBuildCurrent(root = process.cwd()) {
  fs.writeFileSync(path.join(root, STAMP), sourceHash(root));
}

// `npm run build` runs `next build`, then this file with --mark, so that `npm start` reuses the build.
if (process.argv[1]?.endsWith('build.ts') && process.argv.includes('--mark')) markBuildCurrent();
