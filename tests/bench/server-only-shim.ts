/**
 * Benchmarks call server modules directly, outside React Server Components, where the `server-only`
 * guard would throw; like the Vitest alias, this resolves it to an empty module. Import it first.
 */
import Module from 'node:module';
import path from 'node:path';

type TResolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: TResolve };
const resolve = loader._resolveFilename;
const shim = path.resolve('tests/support/server-only.ts');
loader._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'server-only' ? shim : request, ...rest);
};
