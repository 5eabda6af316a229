/** Per-file fresh database and bucket against the real servers started by global-setup.ts. */
import crypto from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type TPrismaClient } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrate';
import { ensureDatabase } from '@/lib/embedded/postgres';
import { EMBEDDED_S3_CREDENTIALS } from '@/lib/embedded/s3';
import { createStorage } from '@/lib/storage';
import { resetEnvCache } from '@/lib/env';

export const uniqueName = (prefix: string) => `${prefix}_${crypto.randomBytes(5).toString('hex')}`;

/** A new empty database on the test server; returns its URL. */
export async function createEmptyDatabase(): Promise<string> {
  return ensureDatabase(inject('pgServerUrl'), uniqueName('t'));
}

export async function dropDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const client = new Client({ connectionString: inject('pgServerUrl') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A migrated database, its Prisma client, and process.env pointing at it (for modules using env()). */
export async function setupTestDatabase() {
  const url = await createEmptyDatabase();
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  resetEnvCache();
  const prisma = createPrismaClient(url);
  (globalThis as { prisma?: unknown }).prisma = prisma;
  return {
    url,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      await dropDatabase(url);
    },
  };
}

/** A new bucket on the test S3 server and a storage client for it. */
export async function setupTestBucket() {
  const bucket = uniqueName('b').replace(/_/g, '-');
  const storage = createStorage({
    endpoint: inject('s3Endpoint'),
    region: 'us-east-1',
    bucket,
    ...EMBEDDED_S3_CREDENTIALS,
    forcePathStyle: true,
  });
  await storage.ensureBucket();
  return storage;
}

/** The demo administrator (admin@demo.local, seeded) as the actor the data functions take. */
export async function demoAdmin(prisma: Pick<TPrismaClient, 'user'>): Promise<{ id: string; role: 'ADMIN' }> {
  const { id } = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.local' }, select: { id: true } });
  return { id, role: 'ADMIN' };
}
