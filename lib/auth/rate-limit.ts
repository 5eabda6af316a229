/**
 * Rate limits stored in PostgreSQL (rate-limiter-flexible), so that they hold across instances.
 * Counters live in the `rate_limits` table created by our migrations.
 */
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';

type TLimit = { points: number; duration: number; blockDuration?: number };

/**
 * Login failures are counted per account+IP (an attacker elsewhere cannot lock the real user out),
 * per IP (one machine guessing many accounts) and per account from anywhere (slow, short block).
 */
export const LIMITS = {
  loginAccountIp: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  loginIp: { points: 50, duration: 60 * 60, blockDuration: 30 * 60 },
  loginAccount: { points: 30, duration: 60 * 60, blockDuration: 10 * 60 },
  registerIp: { points: 10, duration: 60 * 60 },
  activationEmail: { points: 3, duration: 60 * 60 },
  activationIp: { points: 10, duration: 60 * 60 },
  resetEmail: { points: 3, duration: 60 * 60 },
  resetIp: { points: 10, duration: 60 * 60 },
  // The public status lookup counts wrong codes: per IP (10 a minute), and per registration number
  // from anywhere (20 an hour), so that many machines together cannot walk one number's codes.
  statusLookupIp: { points: 10, duration: 60 },
  statusLookupNumber: { points: 20, duration: 60 * 60 },
  // /verify (a code's page and a file's hash check) is public: per IP, enough for a clerk checking a pile of documents.
  verifyIp: { points: 30, duration: 60 },
} satisfies Record<string, TLimit>;

export type TLimitName = keyof typeof LIMITS;
export type TLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const globalForLimits = globalThis as unknown as { portalLimiters?: Map<TLimitName, RateLimiterPostgres>; portalLimitPool?: Pool };

function limiter(name: TLimitName): RateLimiterPostgres {
  globalForLimits.portalLimiters ??= new Map();
  let instance = globalForLimits.portalLimiters.get(name);
  if (!instance) {
    globalForLimits.portalLimitPool ??= new Pool({ connectionString: env().DATABASE_URL, max: 3 });
    instance = new RateLimiterPostgres({
      storeClient: globalForLimits.portalLimitPool,
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      ...LIMITS[name],
    });
    globalForLimits.portalLimiters.set(name, instance);
  }
  return instance;
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Counts one event; refused once the limit is reached. */
export async function consumeLimit(name: TLimitName, key: string): Promise<TLimitResult> {
  try {
    await limiter(name).consume(key.toLowerCase());
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: retryAfter(error) };
    throw error;
  }
}

/** Whether the key is currently blocked, without counting anything. */
export async function peekLimit(name: TLimitName, key: string): Promise<TLimitResult> {
  const res = await limiter(name).get(key.toLowerCase());
  if (res && res.consumedPoints >= LIMITS[name].points && res.msBeforeNext > 0) return { ok: false, retryAfterSeconds: retryAfter(res) };
  return { ok: true };
}

/** Gives back one event counted by consumeLimit (a try that turned out not to count); the rest of the count stays. */
export async function refundLimit(name: TLimitName, key: string) {
  await limiter(name).reward(key.toLowerCase(), 1);
}

export async function resetLimit(name: TLimitName, key: string) {
  await limiter(name).delete(key.toLowerCase());
}

/** For tests that switch databases. */
export async function closeRateLimits() {
  const pool = globalForLimits.portalLimitPool;
  globalForLimits.portalLimiters = undefined;
  globalForLimits.portalLimitPool = undefined;
  await pool?.end();
}
