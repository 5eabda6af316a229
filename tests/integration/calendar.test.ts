/**
 * The administrator's working-day calendar against the real PostgreSQL: administrators only (a
 * clerk is refused everything, nothing written), the rules of a day (a real date; a day off is a
 * working day made free; a make-up day is a weekend worked; a day once), audit rows before → after,
 * and a day off inside a running term moving its end by one working day, with a DUE_DATE_CHANGED
 * event on the timeline, once the terms are counted again.
 */
import { describe, expect, it } from 'vitest';
import { addCalendarDay, getCalendarYear, removeCalendarDay } from '@/lib/calendar/admin';
import { ZAddCalendarDaySchema, zCalendarYear } from '@/lib/calendar/schemas';
import type { TPrismaClient } from '@/lib/db';
import { CalendarChangeNotSeenError, recomputeDueDates } from '@/lib/requests/commands/terms';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { adminActors, createApplicant, readyDraft, SERVICE, useRequestWorld } from './request-fixtures';

const REQUEST = { ip: '198.51.100.61', userAgent: 'vitest' };
type TActor = { id: string; role: 'CLERK' | 'ADMIN' };

/** A moment on Romanian time: winter (+02:00) for the dates of these tests. */
const ro = (local: string) => new Date(`${local}:00+02:00`);
/** The end of a term whose last day is `day`: 23:59:59 Romanian time. */
const endOf = (day: string) => new Date(`${day}T23:59:59+02:00`);

/** Field → message of what the schema refuses. */
const refusals = (input: Record<string, unknown>) => {
  const parsed = ZAddCalendarDaySchema.safeParse({ kind: 'DAY_OFF', noteRo: 'HG nr. 1/2027', noteEn: 'Government Decision No. 1/2027', ...input });
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the working-day calendar', () => {
  let prisma: TPrismaClient;
  let storage: TStorage;
  let admin: TActor;
  let clerk: TActor;
  const ctx = () => ({ actor: admin, request: REQUEST });

  useRequestWorld((world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    ({ admin, clerk } = adminActors(world));
  });

  const lastAudit = (action: string, entityId: string) => prisma.auditLog.findFirst({ where: { action, entityId }, orderBy: { createdAt: 'desc' } });

  it('refuses a clerk every function, writing nothing', async () => {
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2030-05-03', kind: 'DAY_OFF', noteRo: 'HG de probă', noteEn: 'Trial decision' }), ctx());
    const before = { audits: await prisma.auditLog.count(), days: await prisma.calendarDay.count() };
    const as = { actor: clerk, request: REQUEST };
    const calls: [string, () => Promise<unknown>][] = [
      ['getCalendarYear', () => getCalendarYear(clerk, 2030)],
      ['addCalendarDay', () => addCalendarDay({ day: '2030-05-06', kind: 'DAY_OFF', noteRo: 'HG', noteEn: 'GD' }, as)],
      ['removeCalendarDay', () => removeCalendarDay({ day: '2030-05-03' }, as)],
    ];
    for (const [name, call] of calls) await expect(call(), name).rejects.toMatchObject({ code: 'forbidden' });
    expect({ audits: await prisma.auditLog.count(), days: await prisma.calendarDay.count() }).toEqual(before);
    await removeCalendarDay({ day: '2030-05-03' }, ctx());
  });

  it('lists the legal holidays of a year with the administrator’s days', async () => {
    const year = await getCalendarYear(admin, 2027);
    // Orthodox Easter 2027 is on 2 May: Good Friday on 30 April, Rusalii on 20–21 June.
    expect(year.holidays.map((h) => `${h.day} ${h.key}`)).toEqual([
      '2027-01-01 newYear',
      '2027-01-02 newYear2',
      '2027-01-06 epiphany',
      '2027-01-07 saintJohn',
      '2027-01-24 union',
      '2027-04-30 goodFriday',
      '2027-05-01 labourDay',
      '2027-05-02 easter',
      '2027-05-03 easterMonday',
      '2027-06-01 childrenDay',
      '2027-06-20 pentecost',
      '2027-06-21 pentecostMonday',
      '2027-08-15 assumption',
      '2027-11-30 saintAndrew',
      '2027-12-01 nationalDay',
      '2027-12-25 christmas',
      '2027-12-26 christmas2',
    ]);
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2027-12-31', kind: 'DAY_OFF', noteRo: 'HG nr. 9/2027', noteEn: 'Government Decision No. 9/2027' }), ctx());
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2027-12-18', kind: 'WORKING_DAY', noteRo: 'Recuperare pentru 31 decembrie', noteEn: 'Make-up for 31 December' }), ctx());
    const withDays = await getCalendarYear(admin, 2027);
    expect(withDays.days.map((d) => [d.day, d.kind, d.noteRo, d.createdBy])).toEqual([
      ['2027-12-18', 'WORKING_DAY', 'Recuperare pentru 31 decembrie', expect.any(String)],
      ['2027-12-31', 'DAY_OFF', 'HG nr. 9/2027', expect.any(String)],
    ]);
    expect((await getCalendarYear(admin, 2028)).days).toEqual([]);
    await removeCalendarDay({ day: '2027-12-18' }, ctx());
    await removeCalendarDay({ day: '2027-12-31' }, ctx());
  });

  it('refuses a day that is not real, already free, already working or already added, each next to its field', async () => {
    expect(refusals({ day: '2027-02-30' })).toEqual([['day', 'calendar.dayInvalid']]);
    expect(refusals({ day: '30.04.2027' })).toEqual([['day', 'calendar.dayInvalid']]);
    // The calendar starts in 2018, the first year its table of holidays is right for; Wednesday 3 January 2018 is a working day.
    expect(refusals({ day: '2017-12-29' })).toEqual([['day', 'calendar.dayInvalid']]);
    expect(refusals({ day: '2018-01-03' })).toEqual([]);
    expect([zCalendarYear(2027).parse('2017'), zCalendarYear(2027).parse('2018')]).toEqual([2027, 2018]);
    // Saturday 24 April 2027; Good Friday 30 April 2027.
    expect(refusals({ day: '2027-04-24' })).toEqual([['day', 'calendar.dayOffOnWeekend']]);
    expect(refusals({ day: '2027-04-30' })).toEqual([['day', 'calendar.dayOffOnHoliday']]);
    // Wednesday 28 April 2027 is a working day; 1 December a holiday; Saturday 24 April can be worked.
    expect(refusals({ day: '2027-04-28', kind: 'WORKING_DAY' })).toEqual([['day', 'calendar.alreadyWorking']]);
    expect(refusals({ day: '2027-12-01', kind: 'WORKING_DAY' })).toEqual([['day', 'calendar.workingOnHoliday']]);
    expect(refusals({ day: '2027-04-24', kind: 'WORKING_DAY' })).toEqual([]);
    expect(refusals({ day: '2027-04-28', kind: 'HOLIDAY', noteRo: ' ', noteEn: 'x'.repeat(301) })).toEqual([
      ['kind', 'calendar.kindRequired'],
      ['noteRo', 'calendar.noteRequired'],
      ['noteEn', 'calendar.noteTooLong'],
    ]);
    expect(ZAddCalendarDaySchema.safeParse({ day: '2027-04-28', kind: 'DAY_OFF', noteRo: 'HG', noteEn: 'GD', createdById: 'x' }).success).toBe(false);

    const input = ZAddCalendarDaySchema.parse({ day: '2027-04-29', kind: 'DAY_OFF', noteRo: 'HG nr. 2/2027', noteEn: 'Government Decision No. 2/2027' });
    await addCalendarDay(input, ctx());
    const audits = await prisma.auditLog.count();
    await expect(addCalendarDay({ ...input, noteRo: 'Alta' }, ctx())).rejects.toMatchObject({ code: 'calendar.dayTaken', details: { field: 'day' } });
    await expect(removeCalendarDay({ day: '2027-04-28' }, ctx())).rejects.toMatchObject({ code: 'calendar.dayNotFound' });
    expect(await prisma.auditLog.count()).toBe(audits);
    expect(await prisma.calendarDay.findUniqueOrThrow({ where: { day: '2027-04-29' } })).toMatchObject({ noteRo: 'HG nr. 2/2027', createdById: admin.id });
    await removeCalendarDay({ day: '2027-04-29' }, ctx());
  });

  it('audits adding and removing a day, before → after, with the IP', async () => {
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2027-08-16', kind: 'DAY_OFF', noteRo: 'HG nr. 3/2027 – zi liberă', noteEn: 'Government Decision No. 3/2027 – day off' }), ctx());
    expect(await lastAudit('calendarDay.add', '2027-08-16')).toMatchObject({
      actorId: admin.id,
      entityType: 'CalendarDay',
      ip: REQUEST.ip,
      details: { day: '2027-08-16', kind: { from: null, to: 'DAY_OFF' }, noteRo: { from: null, to: 'HG nr. 3/2027 – zi liberă' }, noteEn: { from: null, to: 'Government Decision No. 3/2027 – day off' } },
    });
    await removeCalendarDay({ day: '2027-08-16' }, ctx());
    expect(await lastAudit('calendarDay.remove', '2027-08-16')).toMatchObject({
      actorId: admin.id,
      details: { day: '2027-08-16', kind: { from: 'DAY_OFF', to: null }, noteRo: { from: 'HG nr. 3/2027 – zi liberă', to: null } },
    });
    expect(await prisma.calendarDay.findUnique({ where: { day: '2027-08-16' } })).toBeNull();
  });

  it('a day off inside a running term moves its end by one working day, with a DUE_DATE_CHANGED event (reason: calendar); removing it moves it back', async () => {
    // The fiscal certificate: 2 working days (Fiscal Procedure Code art. 159).
    await prisma.service.update({ where: { slug: SERVICE }, data: { legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', maxExtensionDays: 0 } });
    const applicant = await createApplicant(prisma);
    const requestId = await readyDraft(applicant, storage);
    // Filed on Monday 1 March 2027: the 2 working days are Tuesday 2 and Wednesday 3 March.
    await submitRequest(applicant, requestId, { now: ro('2027-03-01T10:00') });
    const due = async () => (await prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { dueAt: true } })).dueAt;
    expect(await due()).toEqual(endOf('2027-03-03'));

    // Tuesday 2 March made a day off: the 2 working days are now Wednesday 3 and Thursday 4 March.
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2027-03-02', kind: 'DAY_OFF', noteRo: 'HG nr. 4/2027', noteEn: 'Government Decision No. 4/2027' }), ctx());
    const now = ro('2027-03-01T15:00');
    const added = { day: '2027-03-02', from: null, to: 'DAY_OFF' } as const;
    expect(await recomputeDueDates(added, now)).toEqual({ moved: 1, failed: 0 });
    expect(await due()).toEqual(endOf('2027-03-04'));
    const events = await prisma.requestEvent.findMany({ where: { requestId, type: 'DUE_DATE_CHANGED' }, orderBy: { createdAt: 'asc' }, select: { payload: true, visibility: true } });
    expect(events).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ reason: 'calendar', previousDueAt: endOf('2027-03-03').toISOString(), dueAt: endOf('2027-03-04').toISOString() }) }),
    ]);
    // Counted again with nothing changed: no second event.
    expect(await recomputeDueDates(added, now)).toEqual({ moved: 0, failed: 0 });
    expect(await prisma.requestEvent.count({ where: { requestId, type: 'DUE_DATE_CHANGED' } })).toBe(1);

    // The day taken out of the calendar: the end is Wednesday again.
    await removeCalendarDay({ day: '2027-03-02' }, ctx());
    // A job of the earlier change that comes late finds the calendar not showing it: it is retried, and changes nothing.
    await expect(recomputeDueDates(added, now)).rejects.toBeInstanceOf(CalendarChangeNotSeenError);
    await recomputeDueDates({ day: '2027-03-02', from: 'DAY_OFF', to: null }, now);
    expect(await due()).toEqual(endOf('2027-03-03'));
    expect(await prisma.requestEvent.count({ where: { requestId, type: 'DUE_DATE_CHANGED' } })).toBe(2);
  });

  it('a change that does not move a term writes nothing, even where the stored end was counted the old way', async () => {
    await prisma.service.update({ where: { slug: SERVICE }, data: { legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', maxExtensionDays: 0 } });
    const applicant = await createApplicant(prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId, { now: ro('2027-03-01T10:00') });
    // As a request filed before terms were counted by law kept it: filing time + N × 24 h.
    const legacy = new Date('2027-03-03T08:00:00.000Z');
    await prisma.serviceRequest.update({ where: { id: requestId }, data: { dueAt: legacy } });
    // A day off after the term's end (Wednesday 3 March) does not move it.
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2027-03-04', kind: 'DAY_OFF', noteRo: 'HG nr. 6/2027', noteEn: 'Government Decision No. 6/2027' }), ctx());
    expect(await recomputeDueDates({ day: '2027-03-04', from: null, to: 'DAY_OFF' }, ro('2027-03-01T15:00'))).toEqual({ moved: 0, failed: 0 });
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { dueAt: true } })).dueAt).toEqual(legacy);
    expect(await prisma.requestEvent.count({ where: { requestId, type: 'DUE_DATE_CHANGED' } })).toBe(0);
  });

  it('enqueues the recount of the terms after each change', async () => {
    const jobs = () => prisma.$queryRaw<{ data: { day: string } }[]>`SELECT data FROM pgboss.job WHERE name = 'terms-recompute' AND data->>'day' = '2027-10-29' ORDER BY created_on`;
    await addCalendarDay(ZAddCalendarDaySchema.parse({ day: '2027-10-29', kind: 'DAY_OFF', noteRo: 'HG nr. 5/2027', noteEn: 'Government Decision No. 5/2027' }), ctx());
    expect((await jobs()).map((j) => j.data)).toEqual([{ day: '2027-10-29', from: null, to: 'DAY_OFF' }]);
    await removeCalendarDay({ day: '2027-10-29' }, ctx());
    expect((await jobs()).map((j) => j.data)).toEqual([
      { day: '2027-10-29', from: null, to: 'DAY_OFF' },
      { day: '2027-10-29', from: 'DAY_OFF', to: null },
    ]);
  });
});
