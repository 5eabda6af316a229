/**
 * Starts what the portal needs on this machine: the embedded PostgreSQL and S3 server when no
 * external ones are configured, a persistent auth secret in embedded mode. Used by `npm start`,
 * the worker and the database commands, so that every entry point behaves the same.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv, type TEnv } from '@/lib/env';
import { ensureDatabase, startEmbeddedPostgres } from '@/lib/embedded/postgres';
import { EMBEDDED_S3_CREDENTIALS, startEmbeddedS3 } from '@/lib/embedded/s3';

export const EMBEDDED_DATABASE = 'portal';
export const EMBEDDED_BUCKET = 'portal-documents';

export type TServices = {
  /** Variables to hand to the Next.js server and to this process. */
  vars: Record<string, string>;
  embeddedDatabase: boolean;
  stop: () => Promise<void>;
};

function log(line: string) {
  console.log(`[portal] ${line}`);
}

function readOrCreateSecret(dataDir: string) {
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startServices({ withStorage = true }: { withStorage?: boolean } = {}): Promise<TServices> {
  const env: TEnv = parseEnv();
  const stops: (() => Promise<void>)[] = [];
  const vars: Record<string, string> = {};
  const embeddedDatabase = !env.DATABASE_URL;

  try {
    if (embeddedDatabase) {
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(env.dataDir, 'postgres'),
        port: env.EMBEDDED_PG_PORT,
        log,
      });
      stops.push(pg.stop);
      vars.DATABASE_URL = await ensureDatabase(pg.serverUrl, EMBEDDED_DATABASE);
      vars.PORTAL_MODE = 'embedded';
      log(`PostgreSQL ${pg.reused ? 'reused' : 'started'} on 127.0.0.1:${pg.port} (data in ${path.join(env.dataDir, 'postgres')})`);
    }

    if (withStorage && !env.S3_BUCKET) {
      const s3 = await startEmbeddedS3({
        directory: path.join(env.dataDir, 's3'),
        port: env.EMBEDDED_S3_PORT,
        buckets: [EMBEDDED_BUCKET],
      });
      stops.push(s3.stop);
      Object.assign(vars, {
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: EMBEDDED_BUCKET,
        S3_ACCESS_KEY_ID: EMBEDDED_S3_CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: EMBEDDED_S3_CREDENTIALS.secretAccessKey,
        S3_FORCE_PATH_STYLE: 'true',
      });
      log(`S3-compatible storage on ${s3.endpoint} (data in ${path.join(env.dataDir, 's3')})`);
    }

    if (embeddedDatabase && !env.AUTH_SECRET) vars.AUTH_SECRET = readOrCreateSecret(env.dataDir);
    // The demo pays online with the local test provider (no real money); PAYMENT_PROVIDER=none turns card payment off.
    if (embeddedDatabase && env.PAYMENT_PROVIDER === undefined && process.env.PAYMENT_PROVIDER !== 'none') vars.PAYMENT_PROVIDER = 'test';
    if (env.mailTransport === 'mailbox') log(`Emails go to the local mailbox: ${env.mailboxDir}`);
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }

  // next-auth builds its callback URLs from NEXTAUTH_URL.
  if (!process.env.NEXTAUTH_URL) vars.NEXTAUTH_URL = env.appUrl;
  Object.assign(process.env, vars);
  // Validate the final configuration now, so that a missing production secret fails at start.
  parseEnv();
  return {
    vars,
    embeddedDatabase,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch((e) => log(`stop failed: ${(e as Error).message}`));
    },
  };
}

export async function withDatabase(fn: (databaseUrl: string) => Promise<void>) {
  const services = await startServices({ withStorage: false });
  try {
    await fn(process.env.DATABASE_URL as string);
  } finally {
    await services.stop();
  }
}
