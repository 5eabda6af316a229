/**
 * Background jobs on PostgreSQL (pg-boss). Web processes only enqueue; the worker (in-process under
 * `npm start`, or `npm run worker` for several instances) also runs the handlers.
 */
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';

export const QUEUES = {
  /** Deliver one email of the outbox. */
  emailDeliver: 'email-deliver',
  /** Re-enqueue outbox emails whose delivery job was never created (e.g. a crash after commit). */
  emailSweep: 'email-sweep',
  /** Delete uploads that were started but never confirmed. */
  uploadsCleanup: 'uploads-cleanup',
  /** Delete kiosk sessions ended or expired more than a day ago. */
  kioskSessionsCleanup: 'kiosk-sessions-cleanup',
  /** Every morning: each clerk's requests due within 3 working days and overdue, each head's overdue list. */
  deadlineReminders: 'deadline-reminders',
  /** Mark the requests whose term ended unanswered for a service where silence approves. */
  tacitApprovals: 'tacit-approvals',
  /** Count again the ends of the terms that run over a day the administrator changed in /admin/calendar. */
  termsRecompute: 'terms-recompute',
  /** Seal the audit log's past days not sealed yet (lib/audit/day-seal.ts). */
  auditDaySeal: 'audit-day-seal',
  /** Ask the provider about online payments left open past their time, and close them (lib/payments/payments.ts). */
  paymentsExpire: 'payments-expire',
} as const;

export type TQueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Retry policy per queue: exponential backoff from JOBS_RETRY_DELAY_SECONDS. */
export function queueOptions(): Record<TQueueName, Omit<PgBoss.Queue, 'name'>> {
  const retryDelay = env().JOBS_RETRY_DELAY_SECONDS;
  return {
    [QUEUES.emailDeliver]: { retryLimit: 8, retryDelay, retryBackoff: true, expireInSeconds: 120 },
    [QUEUES.emailSweep]: { retryLimit: 0, policy: 'singleton' },
    [QUEUES.uploadsCleanup]: { retryLimit: 0, policy: 'singleton' },
    [QUEUES.kioskSessionsCleanup]: { retryLimit: 0, policy: 'singleton' },
    // Retried: a reminder run that failed once sends what it had not sent yet (DeadlineReminder rows say what was).
    [QUEUES.deadlineReminders]: { retryLimit: 5, retryDelay, retryBackoff: true, policy: 'singleton' },
    [QUEUES.tacitApprovals]: { retryLimit: 0, policy: 'singleton' },
    [QUEUES.termsRecompute]: { retryLimit: 5, retryDelay, retryBackoff: true },
    // Retried: a run that failed (e.g. the seal key unavailable) seals the days it had not sealed.
    [QUEUES.auditDaySeal]: { retryLimit: 5, retryDelay, retryBackoff: true, policy: 'singleton' },
    // Not retried: the next run (every 5 minutes) asks again about whatever is still open.
    [QUEUES.paymentsExpire]: { retryLimit: 0, policy: 'singleton' },
  };
}

type TBossOptions = { connectionString?: string; role: 'client' | 'worker' };

const globalForBoss = globalThis as unknown as { portalBoss?: Promise<PgBoss> };

export async function createBoss({ connectionString, role }: TBossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: connectionString ?? env().DATABASE_URL,
    schema: 'pgboss',
    // Only workers run maintenance and cron; web processes just enqueue.
    supervise: role === 'worker',
    schedule: role === 'worker',
    max: role === 'worker' ? 4 : 2,
  });
  // While stopping (Ctrl-C also stops PostgreSQL at the same moment), lost connections are expected.
  let stopping = false;
  boss.on('error', (error) => {
    if (!stopping) console.error('[jobs]', error.message);
  });
  const stop = boss.stop.bind(boss);
  boss.stop = (options) => {
    stopping = true;
    return stop(options);
  };
  await boss.start();
  for (const [name, options] of Object.entries(queueOptions())) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options }).catch(ignoreExists);
  }
  return boss;
}

function ignoreExists(error: Error) {
  // Two processes may create the same queue at the same time.
  if (!/already exists|duplicate key/i.test(error.message)) throw error;
}

/** The process's enqueue-only client, started on first use. */
export function getQueueClient(): Promise<PgBoss> {
  globalForBoss.portalBoss ??= createBoss({ role: 'client' }).catch((error) => {
    globalForBoss.portalBoss = undefined;
    throw error;
  });
  return globalForBoss.portalBoss;
}

export async function enqueue(name: TQueueName, data: object, options: PgBoss.SendOptions = {}) {
  const boss = await getQueueClient();
  return boss.send(name, data, options);
}

/** Stops this process's enqueue-only client, if it was started. */
export async function closeQueueClient() {
  const pending = globalForBoss.portalBoss;
  globalForBoss.portalBoss = undefined;
  if (pending) await (await pending.catch(() => null))?.stop({ graceful: false, wait: true });
}
