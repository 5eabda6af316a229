/**
 * The system's commands on legal terms, run by jobs: marking the requests whose term ended without
 * an answer for a service where silence approves (tacit approval, OUG 27/2003), and counting the
 * ends again when the administrator changes the working days (/admin/calendar). Both go through
 * the one request writer, so each change is a timeline event, and both may run any number of
 * times: a request already marked, or whose end did not move, is left as it is.
 */
import 'server-only';
import { loadCalendar } from '@/lib/calendar/load';
import { CALENDAR_DAY_KINDS } from '@/lib/calendar/schemas';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { pick } from '@/lib/i18n/config';
import { runRequestCommand, type TLockedRequest } from '@/lib/requests/commands/run';
import { computeDueDate, isPastTerm, parseSuspensions, parseTermSnapshot, type TCalendar } from '@/lib/requests/terms';
import { statusLiterals } from '@/lib/requests/staff-access';
import { OPEN_STATUSES } from '@/lib/requests/workflow';
import { DAY_MS, formatDate, startOfDayInRomania, ZDaySchema } from '@/lib/time';
import { z } from 'zod';

const BATCH = 200;
// Literals, not parameters (statusLiterals): the open requests' partial indexes need them.
const openStatuses = statusLiterals(OPEN_STATUSES);

/**
 * Marks every open request of a tacit-approval service whose running term ended before `now` (at
 * the midnight after its last day): a public event with the legal text, seen by clerk and applicant.
 * Pages by (dueAt, id), so a request that fails (left for the next run) never holds the others up.
 */
export async function markTacitApprovals(now: Date = new Date()): Promise<number> {
  let marked = 0;
  // A term ends at 23:59:59 of its last day; it is over from the next second (isPastTerm).
  const endedBefore = new Date(now.getTime() - 1000);
  let after: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page: Prisma.Sql = after ? Prisma.sql`AND ("dueAt", id) > (${after.dueAt}, ${after.id})` : Prisma.empty;
    const due: { id: string; dueAt: Date }[] = await db.$queryRaw<{ id: string; dueAt: Date }[]>`
      SELECT id, "dueAt" FROM "ServiceRequest"
      WHERE status IN (${openStatuses}) AND "dueAt" <= ${endedBefore} AND "tacitApprovedAt" IS NULL
        AND "termSuspendedSince" IS NULL AND (term->>'tacitApproval')::boolean IS TRUE ${page}
      ORDER BY "dueAt", id LIMIT ${BATCH}`;
    for (const { id } of due) {
      const done = await runRequestCommand<'skipped' | undefined>({
        actor: { kind: 'system' },
        requestId: id,
        action: 'markTacitApproval',
        now,
        // Under the lock, again: answered, suspended or marked meanwhile.
        settled: (_tx, request) => (request.tacitApprovedAt || request.termSuspendedSince || !request.dueAt || !isPastTerm(request.dueAt, now) ? 'skipped' : undefined),
        work: async (_tx, request) => {
          const term = parseTermSnapshot(request.term);
          return {
            data: { tacitApprovedAt: now },
            event: { type: 'TACIT_APPROVAL', createdAt: now, payload: { dueAt: request.dueAt!.toISOString(), legalBasisRo: term?.tacitApprovalBasisRo ?? null, legalBasisEn: term?.tacitApprovalBasisEn ?? null } },
            notify: {
              kind: 'tacitApproval',
              params: { dueAt: request.dueAt!.toISOString() },
              values: (locale) => ({ dueDate: formatDate(request.dueAt!, locale), legalBasis: (term ? pick(locale, term.tacitApprovalBasisRo, term.tacitApprovalBasisEn ?? term.tacitApprovalBasisRo) : null) ?? '' }),
            },
            audit: { dueAt: request.dueAt!.toISOString() },
          };
        },
      }).catch((error: Error) => {
        console.error(`[terms] tacit approval of ${id} deferred:`, error.message);
        return null;
      });
      if (done && done.result !== 'skipped') marked += 1;
    }
    const last = due.at(-1);
    if (!last || due.length < BATCH) return marked;
    after = last;
  }
}

const ZDayKind = z.enum(CALENDAR_DAY_KINDS);
/** A change of /admin/calendar: the day, and its kind before and after (null: no entry, the day is what the law makes it). */
export const ZCalendarChange = z.object({ day: ZDaySchema, from: ZDayKind.nullable(), to: ZDayKind.nullable() });
export type TCalendarChange = z.infer<typeof ZCalendarChange>;

const kindOn = (calendar: TCalendar, day: string) => (calendar.daysOff.has(day) ? 'DAY_OFF' : calendar.workingDays.has(day) ? 'WORKING_DAY' : null);

/** The calendar with `day` as it was before the change. */
function calendarBefore(calendar: TCalendar, { day, from }: TCalendarChange): TCalendar {
  const daysOff = new Set(calendar.daysOff);
  const workingDays = new Set(calendar.workingDays);
  daysOff.delete(day);
  workingDays.delete(day);
  if (from === 'DAY_OFF') daysOff.add(day);
  if (from === 'WORKING_DAY') workingDays.add(day);
  return { daysOff, workingDays };
}

/** The calendar does not show the change (yet): not committed, or changed again since. The job is retried. */
export class CalendarChangeNotSeenError extends Error {}

/**
 * Counts again the end of every open request whose term the change of `day` moves (the end with the
 * calendar before the change differs from the one after), writing a DUE_DATE_CHANGED event and
 * telling the applicant. Each request reads the calendar under its own lock, so two changes close
 * together cannot leave an end counted with the older one; a request that fails is logged and the
 * others go on (the job then fails, to be retried: the ones done are "same" the second time).
 */
export async function recomputeDueDates(change: TCalendarChange, now: Date = new Date()): Promise<{ moved: number; failed: number }> {
  // Enqueued inside the change's transaction: a job that runs before its commit (or for a change rolled back) waits and retries.
  if (kindOn(await loadCalendar(), change.day) !== change.to) throw new CalendarChangeNotSeenError(`[terms] the calendar does not show ${change.day} as ${change.to ?? 'a normal day'}`);
  // Terms that started before the day and end on it or after (a day off may push an end past it).
  const startOfDay = startOfDayInRomania(change.day);
  const where = { status: { in: [...OPEN_STATUSES] }, submittedAt: { lt: startOfDay }, dueAt: { gte: new Date(startOfDay.getTime() - 2 * DAY_MS) }, term: { not: Prisma.DbNull } };
  let moved = 0;
  let failed = 0;
  for (let cursor: string | undefined; ; ) {
    const candidates = await db.serviceRequest.findMany({ where: cursor ? { ...where, id: { gt: cursor } } : where, select: { id: true }, orderBy: { id: 'asc' }, take: BATCH });
    for (const { id } of candidates) {
      let dueAt: Date | null = null;
      const done = await runRequestCommand<'same' | undefined>({
        actor: { kind: 'system' },
        requestId: id,
        action: 'recomputeDueDate',
        now,
        settled: async (tx, request) => {
          const calendar = await loadCalendar(tx);
          const after = dueOf(request, calendar);
          const before = dueOf(request, calendarBefore(calendar, change));
          if (!after || !before || after.getTime() === before.getTime() || after.getTime() === request.dueAt?.getTime()) return 'same';
          dueAt = after;
          return undefined;
        },
        work: async (_tx, request) => {
          const term = parseTermSnapshot(request.term)!;
          const end = dueAt!;
          return {
            data: { dueAt: end },
            event: { type: 'DUE_DATE_CHANGED', createdAt: now, payload: { reason: 'calendar', previousDueAt: request.dueAt!.toISOString(), dueAt: end.toISOString(), days: 0, unit: term.unit } },
            notify: { kind: 'dueDateChanged', params: { dueAt: end.toISOString() }, values: (locale) => ({ dueDate: formatDate(end, locale) }) },
            audit: { day: change.day, from: change.from, to: change.to },
          };
        },
      }).catch((error: Error) => {
        console.error(`[terms] recount of ${id} for ${change.day} failed:`, error.message);
        failed += 1;
        return null;
      });
      if (done && done.result !== 'same') moved += 1;
    }
    cursor = candidates.at(-1)?.id;
    if (!cursor || candidates.length < BATCH) break;
  }
  if (failed > 0) throw new Error(`[terms] ${failed} request(s) not recounted for ${change.day}; retried`);
  return { moved, failed };
}

function dueOf(request: Pick<TLockedRequest, 'term' | 'submittedAt' | 'termExtensionDays' | 'termSuspensions'>, calendar: TCalendar) {
  const term = parseTermSnapshot(request.term);
  if (!term || !request.submittedAt) return null;
  return computeDueDate({ registeredAt: request.submittedAt, term, extensionDays: request.termExtensionDays, suspensions: parseSuspensions(request.termSuspensions), calendar }).dueAt;
}
