/**
 * The administrator's working-day calendar (/admin/calendar): the Labour Code's legal holidays of a
 * year (computed, lib/requests/terms.ts) and the days the administrator adds — days off granted by
 * government decision, make-up working days. Administrators only; every change is one transaction
 * with its audit row (before → after). Once it commits, the ends of the terms that run over the day
 * are counted again by a job (QUEUES.termsRecompute → recomputeDueDates), each move a timeline event.
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { displayNameOrNull, nameSelect } from '@/lib/accounts/display-name';
import { writeAudit } from '@/lib/audit/write';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import type { TAddCalendarDay, TCalendarDayKind, TRemoveCalendarDay } from '@/lib/calendar/schemas';
import { db, isPrismaError } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueue, QUEUES } from '@/lib/jobs/queue';
import type { TCalendarChange } from '@/lib/requests/commands/terms';
import { legalHolidays } from '@/lib/requests/terms';

type TContext = { actor: TActor; request?: TRequestInfo };

/** The legal holidays of `year` and the administrator's days of that year, in calendar order. */
export async function getCalendarYear(actor: TActor, year: number) {
  assertAdmin(actor);
  const rows = await db.calendarDay.findMany({
    where: { day: { startsWith: `${year}-` } },
    orderBy: { day: 'asc' },
    select: { day: true, kind: true, noteRo: true, noteEn: true, createdAt: true, createdById: true },
  });
  // CalendarDay keeps who added it by id only (no relation): the names in one query.
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  const people = ids.length > 0 ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, ...nameSelect } }) : [];
  const names = new Map(people.map((p) => [p.id, displayNameOrNull(p)]));
  return {
    year,
    holidays: legalHolidays(year),
    days: rows.map(({ createdById, ...row }) => ({ ...row, createdBy: createdById ? (names.get(createdById) ?? null) : null })),
  };
}
export type TCalendarYear = Awaited<ReturnType<typeof getCalendarYear>>;
export type TCalendarDayRow = TCalendarYear['days'][number];

/**
 * Asks the job to count again the terms the change of a day moves, from inside the change's
 * transaction: a queue that is down rolls the change back (the administrator is told, nothing is
 * half done). A job that runs before the commit, or for a change that then rolled back, finds the
 * calendar not showing the change and is retried (lib/requests/commands/terms.ts).
 */
async function enqueueRecompute(change: TCalendarChange) {
  await enqueue(QUEUES.termsRecompute, change);
}

/** Adds a day off or a make-up working day; a day already in the calendar is refused next to the field. */
export async function addCalendarDay(input: TAddCalendarDay, { actor, request }: TContext): Promise<{ day: string }> {
  assertAdmin(actor);
  try {
    await db.$transaction(async (tx) => {
      if (await tx.calendarDay.findUnique({ where: { day: input.day }, select: { day: true } })) throw new AppError('calendar.dayTaken', { field: 'day' });
      await tx.calendarDay.create({ data: { day: input.day, kind: input.kind, noteRo: input.noteRo, noteEn: input.noteEn, createdById: actor.id } });
      await enqueueRecompute({ day: input.day, from: null, to: input.kind });
      await writeAudit(
        {
          actorId: actor.id,
          action: 'calendarDay.add',
          entityType: 'CalendarDay',
          entityId: input.day,
          request,
          details: { day: input.day, kind: { from: null, to: input.kind }, noteRo: { from: null, to: input.noteRo }, noteEn: { from: null, to: input.noteEn } },
        },
        tx,
      );
    });
  } catch (error) {
    // The same day added meanwhile by another administrator.
    if (isPrismaError(error, 'P2002')) throw new AppError('calendar.dayTaken', { field: 'day' });
    throw error;
  }
  return { day: input.day };
}

/** Takes a day out of the calendar: it is again what the law makes it (a weekend, a holiday or a working day). */
export async function removeCalendarDay({ day }: TRemoveCalendarDay, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ day: string; kind: TCalendarDayKind; noteRo: string; noteEn: string }[]>`
      SELECT day, kind::text, "noteRo", "noteEn" FROM "CalendarDay" WHERE day = ${day} FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new AppError('calendar.dayNotFound');
    await tx.calendarDay.delete({ where: { day } });
    await enqueueRecompute({ day, from: before.kind, to: null });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'calendarDay.remove',
        entityType: 'CalendarDay',
        entityId: day,
        request,
        details: { day, kind: { from: before.kind, to: null }, noteRo: { from: before.noteRo, to: null }, noteEn: { from: before.noteEn, to: null } },
      },
      tx,
    );
  });
}
