/**
 * The job worker: runs every queue's handler. Started in-process by `npm start`, or on its own
 * with `npm run worker` (any number of them) when the web tier runs with JOBS_MODE=off.
 */
import { env } from '@/lib/env';
import { deliverEmail, sweepOutbox } from '@/lib/email/outbox';
import { createTransport, type TTransport } from '@/lib/email/transports';
import { createBoss, QUEUES } from '@/lib/jobs/queue';

export async function startWorker({ transport = createTransport(env()) }: { transport?: TTransport } = {}) {
  const boss = await createBoss({ role: 'worker' });

  await boss.work<{ id: string }>(QUEUES.emailDeliver, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
    if (job) await deliverEmail(job.data.id, transport);
  });
  await boss.work(QUEUES.emailSweep, { pollingIntervalSeconds: 30 }, async () => {
    await sweepOutbox();
  });
  await boss.schedule(QUEUES.emailSweep, '* * * * *');

  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
