/**
 * The morning reminders of legal terms: every working day each clerk gets one email with the open
 * requests assigned to them whose term is over or ends within 3 working days, and each head of
 * department one email per department with its overdue requests. A term that stands still (the
 * city hall waits for the applicant) is not counted down, so it is left out.
 *
 * Idempotent and safe to retry: each email is written to the outbox in the same transaction as
 * its `DeadlineReminder` row (unique per day, person and list), so a run repeated the same day —
 * after a failure halfway, or by a second worker — sends what is missing and nothing twice.
 */
import 'server-only';
import { createTranslator } from 'next-intl';
import { displayName, nameSelect } from '@/lib/accounts/display-name';
import { loadCalendar } from '@/lib/calendar/load';
import { db, isPrismaError } from '@/lib/db';
import { renderNoticeEmail, type TRenderedEmail } from '@/lib/email/render';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { pick, toLocale, type TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import { addWorkingDays, DUE_SOON_WORKING_DAYS, isWorkingDay, termStanding, type TCalendar } from '@/lib/requests/terms';
import { statusLiterals } from '@/lib/requests/staff-access';
import { OPEN_STATUSES } from '@/lib/requests/workflow';
import { formatDate, startOfDayInRomania, todayInRomania } from '@/lib/time';

/** Lines in one email; the rest is counted ("and N more requests"). */
const REMINDER_LIST_CAP = 100;

/** The list of a clerk's own requests; a head's list is `department:<id>`. */
const ASSIGNED_LIST = 'assigned';
const departmentList = (departmentId: string) => `department:${departmentId}`;

// Literals, not parameters (statusLiterals): the open requests' partial indexes need them.
const openStatuses = statusLiterals(OPEN_STATUSES);

type TLine = {
  id: string;
  registrationNumber: string | null;
  applicantName: string | null;
  dueAt: Date;
  titleRo: string;
  titleEn: string;
};

type TRow = TLine & { list: 'assigned' | 'department'; owner: string; total: number; overdueTotal: number };

type TRecipient = { id: string; email: string; locale: string; personProfile: { firstName: string; lastName: string } | null };

type TList = {
  userId: string;
  list: string;
  recipient: TRecipient;
  /** At most REMINDER_LIST_CAP, overdue first (earliest end first), then due soon. */
  lines: TLine[];
  total: number;
  overdueTotal: number;
  department?: { nameRo: string; nameEn: string };
};

export type TReminderRun = { day: string; workingDay: boolean; sent: number; skipped: number };

/**
 * Sends the day's reminders (the Romanian day at `now`); nothing on a day the city hall does not
 * work. Throws after trying every list when one failed, so that the job is retried; the emails
 * written before the failure are kept and dispatched.
 */
export async function sendDeadlineReminders(now: Date = new Date()): Promise<TReminderRun> {
  const day = todayInRomania(now);
  const calendar = await loadCalendar();
  if (!isWorkingDay(day, calendar)) return { day, workingDay: false, sent: 0, skipped: 0 };

  const lists = await remindersDue(now, calendar);
  const done = new Set((await db.deadlineReminder.findMany({ where: { day }, select: { userId: true, list: true } })).map((r) => `${r.userId} ${r.list}`));

  const sent: string[] = [];
  const failures: string[] = [];
  let skipped = 0;
  for (const list of lists) {
    if (done.has(`${list.userId} ${list.list}`)) {
      skipped += 1;
      continue;
    }
    try {
      const email = await renderReminder(list, now, calendar);
      const emailId = await db.$transaction(async (tx) => {
        const id = await queueEmail({ ...email, to: list.recipient.email }, tx);
        await tx.deadlineReminder.create({ data: { day, userId: list.userId, list: list.list, emailId: id, requests: list.total } });
        return id;
      });
      sent.push(emailId);
    } catch (error) {
      // Another run sent this one meanwhile: its row and email committed, ours rolled back.
      if (isPrismaError(error, 'P2002')) {
        skipped += 1;
        continue;
      }
      console.error(`[reminders] ${day} ${list.list} for ${list.userId} failed:`, (error as Error).message);
      failures.push(`${list.list} for ${list.userId}`);
    }
  }
  // After commit; an email left without its job is picked up by the outbox sweep.
  await dispatchEmails(sent);
  if (failures.length > 0) throw new Error(`[reminders] ${failures.length} of ${lists.length} reminder(s) for ${day} not sent: ${failures.join(', ')}`);
  return { day, workingDay: true, sent: sent.length, skipped };
}

/**
 * Who gets which list today: one query for the requests (ranked and capped per list in SQL, over
 * the partial index of open requests by due date), one for the clerks, one for the heads.
 */
async function remindersDue(now: Date, calendar: TCalendar): Promise<TList[]> {
  const heads = await db.departmentMember.findMany({
    where: { isHead: true, user: { status: 'ACTIVE' } },
    select: { departmentId: true, department: { select: { nameRo: true, nameEn: true } }, user: { select: { id: true, locale: true, ...nameSelect } } },
    orderBy: [{ departmentId: 'asc' }, { userId: 'asc' }],
  });
  const headedDepartments = [...new Set(heads.map((h) => h.departmentId))];

  // Over: from the second after 23:59:59 of the last day (isPastTerm). Due soon: the last day comes
  // before the 4th working day from today, i.e. at most 3 working days are left (termStanding).
  const overdueUpTo = new Date(now.getTime() - 1000);
  const soonBefore = startOfDayInRomania(addWorkingDays(todayInRomania(now), DUE_SOON_WORKING_DAYS + 1, calendar));
  const departmentSql = headedDepartments.length
    ? Prisma.sql`
      UNION ALL
      SELECT 'department' AS list, d."departmentId" AS owner, d.*,
             row_number() OVER (PARTITION BY d."departmentId" ORDER BY d."dueAt", d.id) AS rank,
             count(*) OVER (PARTITION BY d."departmentId")::int AS total,
             count(*) OVER (PARTITION BY d."departmentId")::int AS "overdueTotal"
      FROM due d
      WHERE d."dueAt" <= ${overdueUpTo} AND d."departmentId" IN (${Prisma.join(headedDepartments)})`
    : Prisma.empty;

  const rows = await db.$queryRaw<TRow[]>`
    WITH due AS (
      SELECT r.id, r."registrationNumber", r."applicantName", r."dueAt", r."assigneeId", r."departmentId", r."serviceVersionId"
      FROM "ServiceRequest" r
      WHERE r.status IN (${openStatuses}) AND r."dueAt" < ${soonBefore} AND r."termSuspendedSince" IS NULL
    ),
    lists AS (
      SELECT 'assigned' AS list, d."assigneeId" AS owner, d.*,
             row_number() OVER (PARTITION BY d."assigneeId" ORDER BY d."dueAt", d.id) AS rank,
             count(*) OVER (PARTITION BY d."assigneeId")::int AS total,
             (count(*) FILTER (WHERE d."dueAt" <= ${overdueUpTo}) OVER (PARTITION BY d."assigneeId"))::int AS "overdueTotal"
      FROM due d
      JOIN "User" u ON u.id = d."assigneeId" AND u.role = 'CLERK' AND u.status = 'ACTIVE'
      ${departmentSql}
    )
    SELECT l.list, l.owner, l.id, l."registrationNumber", l."applicantName", l."dueAt", l.total, l."overdueTotal", s."titleRo", s."titleEn"
    FROM lists l
    JOIN "ServiceVersion" v ON v.id = l."serviceVersionId"
    JOIN "Service" s ON s.id = v."serviceId"
    WHERE l.rank <= ${REMINDER_LIST_CAP}
    ORDER BY l.list, l.owner, l."dueAt", l.id`;

  const grouped = new Map<string, TRow[]>();
  for (const row of rows) {
    const key = `${row.list} ${row.owner}`;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  const lineOf = ({ id, registrationNumber, applicantName, dueAt, titleRo, titleEn }: TRow): TLine => ({ id, registrationNumber, applicantName, dueAt, titleRo, titleEn });

  const clerkIds = [...new Set(rows.filter((r) => r.list === 'assigned').map((r) => r.owner))];
  const clerks = clerkIds.length ? await db.user.findMany({ where: { id: { in: clerkIds } }, select: { id: true, locale: true, ...nameSelect }, orderBy: { id: 'asc' } }) : [];

  const lists: TList[] = [];
  for (const recipient of clerks) {
    const group = grouped.get(`assigned ${recipient.id}`);
    if (!group?.[0]) continue;
    lists.push({ userId: recipient.id, list: ASSIGNED_LIST, recipient, lines: group.map(lineOf), total: group[0].total, overdueTotal: group[0].overdueTotal });
  }
  for (const head of heads) {
    const group = grouped.get(`department ${head.departmentId}`);
    if (!group?.[0]) continue;
    lists.push({
      userId: head.user.id,
      list: departmentList(head.departmentId),
      recipient: head.user,
      lines: group.map(lineOf),
      total: group[0].total,
      overdueTotal: group[0].overdueTotal,
      department: head.department,
    });
  }
  return lists;
}

/** One reminder, in the recipient's language: a line per request, overdue first. */
async function renderReminder(list: TList, now: Date, calendar: TCalendar): Promise<TRenderedEmail> {
  const locale: TLocale = toLocale(list.recipient.locale);
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'deadlineReminders' });
  const date = formatDate(now, locale);
  const line = (request: TLine) => {
    const standing = termStanding(request.dueAt, now, calendar);
    return t('line', {
      number: request.registrationNumber ?? '—',
      service: pick(locale, request.titleRo, request.titleEn),
      applicant: request.applicantName ?? '—',
      dueDate: formatDate(request.dueAt, locale),
      standing:
        standing.state === 'overdue' ? t('overdueBy', { count: standing.overdue }) : standing.left === 0 ? t('lastDay') : t('left', { count: standing.left }),
      url: `${env().appUrl}/admin/requests/${request.id}`,
    });
  };
  const overdue = list.lines.filter((l) => termStanding(l.dueAt, now, calendar).state === 'overdue');
  const soon = list.lines.filter((l) => !overdue.includes(l));
  const more = list.total - list.lines.length;
  const department = list.department ? pick(locale, list.department.nameRo, list.department.nameEn) : '';
  const paragraphs: string[] = [];
  if (list.department) {
    paragraphs.push(t('headIntro', { department, date, count: list.total }), ...overdue.map(line));
  } else {
    paragraphs.push(t('clerkIntro', { date }));
    if (overdue.length) paragraphs.push(t('overdueHeading', { count: list.overdueTotal }), ...overdue.map(line));
    if (soon.length) paragraphs.push(t('soonHeading', { count: list.total - list.overdueTotal, days: DUE_SOON_WORKING_DAYS }), ...soon.map(line));
  }
  if (more > 0) paragraphs.push(t('more', { count: more }));
  return renderNoticeEmail({
    locale,
    template: list.department ? 'deadline-reminder-department' : 'deadline-reminder',
    subject: list.department
      ? t('headSubject', { department, count: list.total, date })
      : t('clerkSubject', { overdue: list.overdueTotal, soon: list.total - list.overdueTotal, date }),
    name: displayName(list.recipient),
    paragraphs,
    action: { label: t('button'), url: `${env().appUrl}/admin` },
  });
}
