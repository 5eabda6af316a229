/**
 * The job worker: runs every queue's handler. Started in-process by `npm start`, or on its own
 * with `npm run worker` (any number of them) when the web tier runs with JOBS_MODE=off. A handler
 * that fails throws, so that pg-boss retries it with the queue's policy (lib/jobs/queue.ts).
 */
// First: the request commands the term jobs run import `server-only`, which throws outside React
// Server Components; the worker runs in a process of its own (the launcher's or `npm run worker`).
import '@/lib/cli/server-only-shim';
import { sealAuditDays } from '@/lib/audit/day-seal';
import { cleanupPendingUploads } from '@/lib/documents/uploads';
import { env } from '@/lib/env';
import { deliverEmail, sweepOutbox } from '@/lib/email/outbox';
import { createTransport, type TTransport } from '@/lib/email/transports';
import { createBoss, QUEUES } from '@/lib/jobs/queue';
import { expireAbandonedPayments } from '@/lib/payments/payments';
import { cleanupKioskSessions } from '@/lib/kiosk/cleanup';
import { markTacitApprovals, recomputeDueDates, ZCalendarChange } from '@/lib/requests/commands/terms';
import { sendDeadlineReminders } from '@/lib/requests/reminders';
import { TIME_ZONE } from '@/lib/time';


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
  // From 7 to 16, every hour, Romanian time: the first run of a working day sends the reminders; the
  // DeadlineReminder rows make the later runs send only what is still missing (so a worker that was
  // down at 7, or a run that failed, still sends them that day). The handler sends nothing on a day
  // the city hall does not work.
  await boss.work(QUEUES.deadlineReminders, { pollingIntervalSeconds: 60 }, async () => {
    const run = await sendDeadlineReminders();
    if (run.sent > 0) console.log(`[reminders] ${run.day}: ${run.sent} reminder(s) sent`);
  });
  await boss.schedule(QUEUES.deadlineReminders, '0 7-16 * * *', {}, { tz: TIME_ZONE });
  await boss.work(QUEUES.tacitApprovals, { pollingIntervalSeconds: 60 }, async () => {
    const marked = await markTacitApprovals();
    if (marked > 0) console.log(`[terms] ${marked} request(s) marked as tacitly approved`);
  });
  await boss.schedule(QUEUES.tacitApprovals, '*/5 * * * *');
  await boss.work<unknown>(QUEUES.termsRecompute, { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) {
      // What /admin/calendar enqueues when a day changes (lib/calendar/admin.ts).
      const change = ZCalendarChange.parse(job.data);
      const { moved } = await recomputeDueDates(change);
      if (moved > 0) console.log(`[terms] ${change.day} changed: ${moved} due date(s) moved`);
    }
  });
  // Every hour at :15, Romanian time: the first run after midnight seals the day before; a day
  // missed while no worker ran is sealed by the next run (the handler seals every unsealed past day).
  await boss.work(QUEUES.auditDaySeal, { pollingIntervalSeconds: 60 }, async () => {
    const sealed = await sealAuditDays();
    if (sealed.length > 0) console.log(`[audit] sealed ${sealed.join(', ')}`);
  });
  await boss.schedule(QUEUES.auditDaySeal, '15 * * * *', {}, { tz: TIME_ZONE });
  await boss.work(QUEUES.paymentsExpire, { pollingIntervalSeconds: 60 }, async () => {
    const run = await expireAbandonedPayments();
    if (run.expired + run.paid > 0) console.log(`[payments] ${run.expired} abandoned payment(s) closed, ${run.paid} found paid at the provider`);
  });
  await boss.schedule(QUEUES.paymentsExpire, '*/5 * * * *');

  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
