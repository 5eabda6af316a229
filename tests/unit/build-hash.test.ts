import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildCurrent, markBuildCurrent, sourceHash } from '@/lib/cli/build';

describe('build freshness (npm start rebuilds only when sources changed)', () => {
  it('is current after marking, and stale after a source file changes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'buildhash-'));
    fs.mkdirSync(path.join(root, 'app'));
    fs.mkdirSync(path.join(root, '.next'));
    fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 1');
    expect(isBuildCurrent(root)).toBe(false);
    fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'x');
    markBuildCurrent(root);
    expect(isBuildCurrent(root)).toBe(true);
    const before = sourceHash(root);
    fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 2');
    expect(sourceHash(root)).not.toBe(before);
    expect(isBuildCurrent(root)).toBe(false);
  });
});
