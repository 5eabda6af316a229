/**
 * The morning reminders of legal terms (lib/requests/reminders.ts) against the real PostgreSQL:
 * one email per clerk and per head of department a working day, with the right requests only,
 * nothing twice when run again, the rest sent after a run that failed halfway, nothing on a day off.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createMailboxTransport } from '@/lib/email/transports';
import { resetEnvCache } from '@/lib/env';
import type { RequestStatus } from '@/lib/generated/prisma/enums';
import { closeQueueClient, QUEUES } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { formatRegistrationNumber } from '@/lib/requests/registration-number';
import { sendDeadlineReminders } from '@/lib/requests/reminders';
import { endOfDayInRomania, startOfDayInRomania } from '@/lib/time';
import { seedDemo } from '@/prisma/seed';
import { setupTestDatabase, uniqueName } from './support';

// The test's way to make one email fail inside its transaction: queueEmail throws for this address.
const failing = vi.hoisted(() => ({ to: null as string | null }));
vi.mock('@/lib/email/outbox', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/email/outbox')>();
  return {
    ...original,
    queueEmail: async (...args: Parameters<typeof original.queueEmail>) => {
      const id = await original.queueEmail(...args);
      // After the outbox row is written: the rollback must take it away too.
      if (args[0].to === failing.to) throw new Error('test: the transaction fails');
      return id;
    },
  };
});

/** 07:00 in Romania on a day. */
const morning = (day: string) => new Date(startOfDayInRomania(day).getTime() + 7 * 3_600_000);

// Tuesday 8 December 2026 (1 December, a legal holiday, is the week before). The next working days:
// Wed 9, Thu 10, Fri 11, Mon 14, Tue 15.
const TODAY = '2026-12-08';
const NOW = morning(TODAY);

describe('daily deadline reminders', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let counter = 0;
  let applicantId: string;
  let serviceVersionId: string;
  let serviceTitle: string;
  let department: string;
  let otherDepartment: string;

  beforeAll(async () => {
    process.env.JOBS_RETRY_DELAY_SECONDS = '1';
    database = await setupTestDatabase();
    await seedDemo(database.prisma);
    applicantId = (await database.prisma.user.findUniqueOrThrow({ where: { email: 'citizen@demo.local' } })).id;
    const version = await database.prisma.serviceVersion.findFirstOrThrow({ select: { id: true, service: { select: { titleRo: true } } }, orderBy: { id: 'asc' } });
    serviceVersionId = version.id;
    serviceTitle = version.service.titleRo;
    department = (await database.prisma.department.create({ data: { slug: uniqueName('taxe'), nameRo: 'Taxe și impozite test', nameEn: 'Local taxes test' } })).id;
    otherDepartment = (await database.prisma.department.create({ data: { slug: uniqueName('urb'), nameRo: 'Urbanism test', nameEn: 'Planning test' } })).id;
  });
  afterAll(async () => {
    await closeQueueClient();
    await database.cleanup();
    delete process.env.JOBS_RETRY_DELAY_SECONDS;
    resetEnvCache();
  });

  async function staff({ firstName, locale = 'ro', status = 'ACTIVE', head = false, departmentId = department }: { firstName: string; locale?: 'ro' | 'en'; status?: 'ACTIVE' | 'DISABLED'; head?: boolean; departmentId?: string }) {
    return database.prisma.user.create({
      data: {
        email: `${uniqueName(firstName.toLowerCase())}@primariaroman.ro`,
        role: 'CLERK',
        accountType: 'STAFF',
        status,
        locale,
        personProfile: { create: { firstName, lastName: 'Test' } },
        memberships: { create: { departmentId, isHead: head } },
      },
      select: { id: true, email: true },
    });
  }

  /** A filed request whose term ends at the end of `lastDay`. */
  async function request({
    lastDay,
    assigneeId,
    status = 'IN_REVIEW',
    departmentId = department,
    suspended = false,
  }: {
    lastDay: string;
    assigneeId?: string;
    status?: RequestStatus;
    departmentId?: string;
    suspended?: boolean;
  }) {
    counter += 1;
    const row = await database.prisma.serviceRequest.create({
      data: {
        applicantId,
        applicantName: `Solicitant ${counter}`,
        serviceVersionId,
        departmentId,
        status,
        assigneeId,
        registrationNumber: formatRegistrationNumber(2098, counter),
        submittedAt: new Date('2026-11-20T10:00:00Z'),
        dueAt: endOfDayInRomania(lastDay),
        termSuspendedSince: suspended ? new Date('2026-12-02T10:00:00Z') : null,
        closedAt: status === 'APPROVED' ? new Date('2026-12-03T10:00:00Z') : null,
      },
      select: { id: true, registrationNumber: true },
    });
    return row.registrationNumber as string;
  }

  const remindersOf = (to: string) => db.emailOutbox.findMany({ where: { to, template: { startsWith: 'deadline-reminder' } }, orderBy: { createdAt: 'asc' } });
  const numbersIn = (text: string) => [...text.matchAll(/RMN-2098-\d{6}/g)].map((m) => m[0]);

  it('emails each clerk their overdue and soon-due requests, and each head the department’s overdue list, once a day', async () => {
    const ana = await staff({ firstName: 'Ana' });
    const bogdan = await staff({ firstName: 'Bogdan', locale: 'en', head: true });
    const gone = await staff({ firstName: 'Dan', status: 'DISABLED' });
    const quiet = await staff({ firstName: 'Elena' });

    const anaOverdue = await request({ lastDay: '2026-12-04', assigneeId: ana.id }); // Friday: 2 working days past
    const anaToday = await request({ lastDay: TODAY, assigneeId: ana.id }); // the last day is today
    const anaSoon = await request({ lastDay: '2026-12-10', assigneeId: ana.id }); // 2 working days left
    const anaThree = await request({ lastDay: '2026-12-11', assigneeId: ana.id }); // 3 left: still "soon"
    const anaFour = await request({ lastDay: '2026-12-14', assigneeId: ana.id }); // 4 left
    const anaLater = await request({ lastDay: '2026-12-15', assigneeId: ana.id }); // 5 left
    const anaSuspended = await request({ lastDay: '2026-12-03', assigneeId: ana.id, status: 'NEEDS_INFO', suspended: true });
    const anaClosed = await request({ lastDay: '2026-12-03', assigneeId: ana.id, status: 'APPROVED' });
    const bogdanOverdue = await request({ lastDay: '2026-12-07', assigneeId: bogdan.id }); // yesterday: 1 working day past
    const bogdanSoon = await request({ lastDay: '2026-12-09', assigneeId: bogdan.id });
    const unassignedOverdue = await request({ lastDay: '2026-11-30' }); // nobody's: only on the head's list
    const goneOverdue = await request({ lastDay: '2026-12-02', assigneeId: gone.id });
    const elsewhere = await request({ lastDay: '2026-12-02', departmentId: otherDepartment });
    await request({ lastDay: '2026-12-22', assigneeId: quiet.id });

    const first = await sendDeadlineReminders(NOW);
    expect(first).toMatchObject({ day: TODAY, workingDay: true, skipped: 0 });

    const [anaMail, ...anaMore] = await remindersOf(ana.email);
    expect(anaMore).toHaveLength(0);
    // Overdue first, then by the end of the term.
    expect(numbersIn(anaMail!.text)).toEqual([anaOverdue, anaToday, anaSoon, anaThree]);
    for (const number of [anaFour, anaLater, anaSuspended, anaClosed]) expect(anaMail!.text).not.toContain(number);
    expect(anaMail!.subject).toBe('Termene, 08.12.2026: o cerere cu termenul depășit, 3 aproape de termen');
    expect(anaMail!.text).toContain(`${anaOverdue} – ${serviceTitle} –`);
    expect(anaMail!.text).toContain('ultima zi: 04.12.2026 – depășit cu 2 zile lucrătoare');
    expect(anaMail!.text).toContain('ultima zi: 08.12.2026 – azi este ultima zi');
    expect(anaMail!.text).toContain('ultima zi: 10.12.2026 – mai sunt 2 zile lucrătoare');
    expect(anaMail!.text).toMatch(/\/admin\/requests\/[a-z0-9]+/);
    expect(anaMail!.text).toContain('Cu termenul depășit (1):');
    expect(anaMail!.text).toContain('Cu termenul în cel mult 3 zile lucrătoare (3):');

    // Bogdan gets his own list (in English, his language) and, as head, the department's overdue list.
    const bogdanMails = await remindersOf(bogdan.email);
    expect(bogdanMails.map((m) => m.template).sort()).toEqual(['deadline-reminder', 'deadline-reminder-department']);
    const own = bogdanMails.find((m) => m.template === 'deadline-reminder')!;
    expect(numbersIn(own.text)).toEqual([bogdanOverdue, bogdanSoon]);
    expect(own.text).toContain('overdue by 1 working day');
    expect(own.text).toContain('one working day left');
    const head = bogdanMails.find((m) => m.template === 'deadline-reminder-department')!;
    expect(head.subject).toBe('Local taxes test: 4 overdue requests – 8 December 2026');
    expect(numbersIn(head.text).sort()).toEqual([unassignedOverdue, goneOverdue, anaOverdue, bogdanOverdue].sort());
    expect(head.text).not.toContain(elsewhere);

    // A disabled clerk and a clerk with nothing close get nothing.
    expect(await remindersOf(gone.email)).toHaveLength(0);
    expect(await remindersOf(quiet.email)).toHaveLength(0);

    const rows = await db.deadlineReminder.findMany({ where: { day: TODAY, userId: { in: [ana.id, bogdan.id] } }, orderBy: { list: 'asc' } });
    expect(rows.map((r) => [r.userId, r.list, r.requests])).toEqual(
      expect.arrayContaining([
        [ana.id, 'assigned', 4],
        [bogdan.id, 'assigned', 2],
        [bogdan.id, `department:${department}`, 4],
      ]),
    );

    // Run again the same day (a retry, a second worker): nothing new.
    const second = await sendDeadlineReminders(new Date(NOW.getTime() + 3_600_000));
    expect(second).toMatchObject({ sent: 0, skipped: first.sent });
    expect(await remindersOf(ana.email)).toHaveLength(1);
    expect(await remindersOf(bogdan.email)).toHaveLength(2);

    // The next working day is a new day.
    await sendDeadlineReminders(morning('2026-12-09'));
    expect(await remindersOf(ana.email)).toHaveLength(2);
  });

  it('sends after a failed run what that run did not send, and nothing twice', async () => {
    const day = '2026-12-10';
    const first = await staff({ firstName: 'Florin', departmentId: otherDepartment });
    const second = await staff({ firstName: 'Gabriela', departmentId: otherDepartment });
    const firstNumber = await request({ lastDay: '2026-12-11', assigneeId: first.id, departmentId: otherDepartment });
    const secondNumber = await request({ lastDay: '2026-12-09', assigneeId: second.id, departmentId: otherDepartment });

    failing.to = second.email;
    await expect(sendDeadlineReminders(morning(day))).rejects.toThrow(/not sent/);
    expect(await remindersOf(first.email)).toHaveLength(1);
    // The failed transaction left neither an email nor the row that says it was sent.
    expect(await remindersOf(second.email)).toHaveLength(0);
    expect(await db.deadlineReminder.count({ where: { day, userId: second.id } })).toBe(0);

    failing.to = null;
    await sendDeadlineReminders(morning(day));
    const [firstMail, ...firstMore] = await remindersOf(first.email);
    const [secondMail, ...secondMore] = await remindersOf(second.email);
    expect(firstMore).toHaveLength(0);
    expect(secondMore).toHaveLength(0);
    expect(numbersIn(firstMail!.text)).toEqual([firstNumber]);
    expect(numbersIn(secondMail!.text)).toEqual([secondNumber]);
  });

  it('lists at most 100 requests in one email and counts the rest', async () => {
    const busyDepartment = (await database.prisma.department.create({ data: { slug: uniqueName('busy'), nameRo: 'Aglomerat', nameEn: 'Busy' } })).id;
    const busy = await staff({ firstName: 'Irina', departmentId: busyDepartment });
    const base = counter;
    counter += 103;
    await database.prisma.serviceRequest.createMany({
      data: Array.from({ length: 103 }, (_, i) => ({
        applicantId,
        serviceVersionId,
        departmentId: busyDepartment,
        status: 'SUBMITTED' as const,
        assigneeId: busy.id,
        registrationNumber: formatRegistrationNumber(2098, base + i + 1),
        submittedAt: new Date('2026-11-02T10:00:00Z'),
        // One a minute: the order of the lines is the order of the ends.
        dueAt: new Date(endOfDayInRomania('2026-12-04').getTime() - (103 - i) * 60_000),
      })),
    });
    await sendDeadlineReminders(morning('2026-12-14'));
    const [mail, ...more] = await remindersOf(busy.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Termene, 14.12.2026: 103 cereri cu termenul depășit, niciuna aproape de termen');
    const numbers = numbersIn(mail!.text);
    expect(numbers).toHaveLength(100);
    expect(numbers[0]).toBe(formatRegistrationNumber(2098, base + 1));
    expect(mail!.text).toContain('Cu termenul depășit (103):');
    expect(mail!.text).toContain('Și încă 3 cereri: le găsiți pe toate în lista de cereri.');
    expect((await db.deadlineReminder.findFirstOrThrow({ where: { day: '2026-12-14', userId: busy.id } })).requests).toBe(103);
  });

  it('sends nothing on a Saturday, a legal holiday or a day off the administrator added', async () => {
    const clerk = await staff({ firstName: 'Horia' });
    await request({ lastDay: '2026-12-04', assigneeId: clerk.id });
    await database.prisma.calendarDay.create({ data: { day: '2026-12-31', kind: 'DAY_OFF', noteRo: 'Zi liberă acordată prin HG', noteEn: 'Day off by government decision' } });

    for (const day of ['2026-12-12', '2026-12-25', '2026-12-31']) {
      await expect(sendDeadlineReminders(morning(day))).resolves.toEqual({ day, workingDay: false, sent: 0, skipped: 0 });
    }
    expect(await remindersOf(clerk.email)).toHaveLength(0);
    expect(await db.deadlineReminder.count({ where: { day: { in: ['2026-12-12', '2026-12-25', '2026-12-31'] } } })).toBe(0);

    // A Saturday made a working day (to make up for a bridge day) is one.
    await database.prisma.calendarDay.create({ data: { day: '2026-12-19', kind: 'WORKING_DAY', noteRo: 'Zi lucrătoare de recuperare', noteEn: 'Make-up working day' } });
    await expect(sendDeadlineReminders(morning('2026-12-19'))).resolves.toMatchObject({ workingDay: true });
    expect(await remindersOf(clerk.email)).toHaveLength(1);
  });

  it('the worker schedules the reminders every hour from 7 to 16 in Romania and tacit approvals every 5 minutes, and retries a recount it cannot do', async () => {
    const worker = await startWorker({ transport: createMailboxTransport(fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-'))) });
    try {
      const schedules = await worker.boss.getSchedules();
      expect(schedules.find((s) => s.name === QUEUES.deadlineReminders)).toMatchObject({ cron: '0 7-16 * * *', timezone: 'Europe/Bucharest' });
      expect(schedules.find((s) => s.name === QUEUES.tacitApprovals)).toMatchObject({ cron: '*/5 * * * *' });

      const state = async (id: string) => (await worker.boss.getJobById(QUEUES.termsRecompute, id))?.state;
      // A day the calendar shows as normal, as the change says (31.12 is a day off since the test above).
      const good = (await worker.boss.send(QUEUES.termsRecompute, { day: '2026-12-30', from: null, to: null })) as string;
      const bad = (await worker.boss.send(QUEUES.termsRecompute, { day: '2026-02-30', from: null, to: null })) as string;
      await vi.waitFor(async () => expect(await state(good)).toBe('completed'), { timeout: 30_000, interval: 200 });
      // Thrown, so pg-boss retries it (and fails it for good after the queue's retries).
      await vi.waitFor(async () => expect(['retry', 'failed']).toContain(await state(bad)), { timeout: 30_000, interval: 200 });
    } finally {
      await worker.stop();
    }
  });
});
