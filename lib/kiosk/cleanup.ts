/**
 * Kiosk sessions are worthless once ended or expired (see lib/kiosk/sessions.ts); the job
 * `kiosk-sessions-cleanup` deletes them a day later, so the table holds only the last day's visits.
 * No 'server-only' here: the job worker (lib/jobs/worker.ts) runs under plain Node.
 */
import { db } from '@/lib/db';

const KEEP_MS = 24 * 60 * 60 * 1000;

export async function cleanupKioskSessions(now = Date.now()): Promise<{ removed: number }> {
  const before = new Date(now - KEEP_MS);
  const { count } = await db.kioskSession.deleteMany({ where: { OR: [{ expiresAt: { lt: before } }, { endedAt: { lt: before } }] } });
  return { removed: count };
}
