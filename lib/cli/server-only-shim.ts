/**
 * The launcher (seeding the demo requests) and the benchmarks call the portal's own server modules
 * (the one request writer, the uploads), which import `server-only`: a guard that throws anywhere but
 * in React Server Components. In such a process only — the Next.js server runs in a process of its
 * own — it resolves to the package's own empty module, the one React Server Components get. Import
 * it first.
 */
import Module from 'node:module';
import path from 'node:path';

type TResolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: TResolve };
const resolve = loader._resolveFilename;
const empty = path.join(process.cwd(), 'node_modules', 'server-only', 'empty.js');
loader._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'server-only' ? empty : request, ...rest);
};
