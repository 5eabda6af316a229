import fs from 'node:fs/promises';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { getStorage } from '@/lib/storage';

export type TCheck = { status: 'up' | 'down'; latencyMs: number; detail?: string };
export type THealth = { status: 'up' | 'down'; checks: { database: TCheck; storage: TCheck; mail: TCheck } };

/** Emails waiting longer than this mean delivery is not working. */
const MAIL_BACKLOG_LIMIT_MS = 15 * 60_000;

async function timed(check: () => Promise<string | void>, timeoutMs = 3000): Promise<TCheck> {
  const started = performance.now();
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started), ...(detail ? { detail } : {}) };
  } catch (error) {
    // Only a short reason: this endpoint is public.
    const reason = (error as Error).message === 'timeout' ? 'timeout' : 'unreachable';
    return { status: 'down', latencyMs: Math.round(performance.now() - started), detail: reason };
  }
}

export async function checkHealth(): Promise<THealth> {
  const [database, storage, mail] = await Promise.all([
    timed(async () => {
      await db.$queryRaw`SELECT 1`;
    }),
    timed(() => getStorage().ping()),
    timed(async () => {
      const { mailTransport, mailboxDir } = env();
      if (mailTransport === 'mailbox') {
        await fs.mkdir(mailboxDir, { recursive: true });
        await fs.access(mailboxDir, fs.constants.W_OK);
      }
      const stuck = await db.emailOutbox.count({
        where: { status: { in: ['PENDING', 'SENDING'] }, createdAt: { lt: new Date(Date.now() - MAIL_BACKLOG_LIMIT_MS) } },
      });
      if (stuck > 0) throw new Error('backlog');
      return mailTransport;
    }),
  ]);
  const checks = { database, storage, mail };
  const status = Object.values(checks).every((c) => c.status === 'up') ? 'up' : 'down';
  return { status, checks };
}
