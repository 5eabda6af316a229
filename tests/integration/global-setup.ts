/**
 * Starts one real PostgreSQL (embedded) and one real S3-compatible server for the integration run;
 * each test file then creates its own database and bucket (tests/integration/support.ts).
 * With TEST_DATABASE_URL set (a server URL), that PostgreSQL is used instead of the embedded one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/lib/embedded/postgres';
import { startEmbeddedS3 } from '@/lib/embedded/s3';

const DATA = path.resolve('.data/test');

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject) {
  fs.rmSync(path.join(DATA, 's3'), { recursive: true, force: true });
  const pg = process.env.TEST_DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(DATA, 'postgres'), port: 54339, log: (l) => console.log(`[test-pg] ${l}`) });
  const s3 = await startEmbeddedS3({ directory: path.join(DATA, 's3'), port: 0, buckets: [] });
  project.provide('pgServerUrl', process.env.TEST_DATABASE_URL ?? (pg as NonNullable<typeof pg>).serverUrl);
  project.provide('s3Endpoint', s3.endpoint);
  return async () => {
    await s3.stop();
    await pg?.stop();
  };
}
