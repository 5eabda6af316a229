/**
 * The job worker: runs every queue's handler. Started in-process by `npm start`, or on its own
 * with `npm run worker` (any number of them) when the web tier runs with JOBS_MODE=off.
 */
import { cleanupPendingUploads } from '@/lib/documents/uploads';
import { env } from '@/lib/env';
import { deliverEmail, sweepOutbox } from '@/lib/email/outbox';
import { createTransport, type TTransport } from '@/lib/email/transports';
import { createBoss, QUEUES } from '@/lib/jobs/queue';
import { cleanupKioskSessions } from '@/lib/kiosk/cleanup';

export async function startWorker({ transport = createTransport(env()) }: { transport?: TTransport } = {}) {
  const boss = await createBoss({ role: 'worker' });

  await boss.work<{ id: string }>(QUEUES.emailDeliver, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
    if (job) await deliverEmail(job.data.id, transport);
  });
  await boss.work(QUEUES.emailSweep, { pollingIntervalSeconds: 30 }, async () => {
    await sweepOutbox();
  });
  await boss.schedule(QUEUES.emailSweep, '* * * * *');
  await boss.work(QUEUES.uploadsCleanup, { pollingIntervalSeconds: 60 }, async () => {
    const { removed } = await cleanupPendingUploads();
    if (removed > 0) console.log(`[uploads] removed ${removed} abandoned upload(s)`);
  });
  await boss.schedule(QUEUES.uploadsCleanup, '*/10 * * * *');
  await boss.work(QUEUES.kioskSessionsCleanup, { pollingIntervalSeconds: 60 }, async () => {
    await cleanupKioskSessions();
  });
  await boss.schedule(QUEUES.kioskSessionsCleanup, '17 * * * *');

  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
