/**
 * Legal terms as Romanian law counts them (lib/requests/terms.ts). Every expected date here is
 * written out by hand from the published calendars, never computed with the module's formulas.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarFrom,
  computeDueDate,
  dueState,
  EMPTY_CALENDAR,
  isLegalHoliday,
  isPastTerm,
  isWorkingDay,
  legalHolidays,
  orthodoxEaster,
  parseSuspensions,
  parseTermSnapshot,
  stoppedDays,
  suspensionReason,
  termSnapshotOf,
  termStanding,
  workingDayOnOrAfter,
  workingDaysBetween,
  workingDaysToAnswer,
  type TCalendar,
  type TSuspension,
  type TTermSnapshot,
} from '@/lib/requests/terms';

const CALENDAR_30: Pick<TTermSnapshot, 'days' | 'unit'> = { days: 30, unit: 'CALENDAR_DAYS' };
const WORKING_2: Pick<TTermSnapshot, 'days' | 'unit'> = { days: 2, unit: 'WORKING_DAYS' };
/** A moment on Romanian time, e.g. at('2026-11-27T10:00', '+02:00'). */
const at = (local: string, offset: '+02:00' | '+03:00') => new Date(`${local}:00${offset}`);
const suspension = (from: Date, to: Date | null, reason: TSuspension['reason'] = 'info'): TSuspension => ({ from: from.toISOString(), to: to?.toISOString() ?? null, reason });
const dayOff = (...days: string[]): TCalendar => calendarFrom(days.map((day) => ({ day, kind: 'DAY_OFF' as const })));

describe('legal holidays (Labour Code art. 139)', () => {
  it('Orthodox Easter Sunday, 2024–2030', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(orthodoxEaster)).toEqual(['2024-05-05', '2025-04-20', '2026-04-12', '2027-05-02', '2028-04-16', '2029-04-08', '2030-04-28']);
  });

  // The published calendars, day by day: 1–2 Jan, 6–7 Jan, 24 Jan, Good Friday, Easter Sunday and
  // Monday, 1 May, 1 June, Rusalii Sunday and Monday, 15 Aug, 30 Nov, 1 Dec, 25–26 Dec.
  const PUBLISHED: Record<number, string[]> = {
    2024: ['01-01', '01-02', '01-06', '01-07', '01-24', '05-01', '05-03', '05-05', '05-06', '06-01', '06-23', '06-24', '08-15', '11-30', '12-01', '12-25', '12-26'],
    2025: ['01-01', '01-02', '01-06', '01-07', '01-24', '04-18', '04-20', '04-21', '05-01', '06-01', '06-08', '06-09', '08-15', '11-30', '12-01', '12-25', '12-26'],
    // Rusalii Monday is 1 June, Children's Day: one day off, listed under both names.
    2026: ['01-01', '01-02', '01-06', '01-07', '01-24', '04-10', '04-12', '04-13', '05-01', '05-31', '06-01', '06-01', '08-15', '11-30', '12-01', '12-25', '12-26'],
    2027: ['01-01', '01-02', '01-06', '01-07', '01-24', '04-30', '05-01', '05-02', '05-03', '06-01', '06-20', '06-21', '08-15', '11-30', '12-01', '12-25', '12-26'],
    2028: ['01-01', '01-02', '01-06', '01-07', '01-24', '04-14', '04-16', '04-17', '05-01', '06-01', '06-04', '06-05', '08-15', '11-30', '12-01', '12-25', '12-26'],
    2029: ['01-01', '01-02', '01-06', '01-07', '01-24', '04-06', '04-08', '04-09', '05-01', '05-27', '05-28', '06-01', '08-15', '11-30', '12-01', '12-25', '12-26'],
    2030: ['01-01', '01-02', '01-06', '01-07', '01-24', '04-26', '04-28', '04-29', '05-01', '06-01', '06-16', '06-17', '08-15', '11-30', '12-01', '12-25', '12-26'],
  };

  for (const [year, days] of Object.entries(PUBLISHED)) {
    it(`${year}: the published list, in calendar order`, () => {
      expect(legalHolidays(Number(year)).map((h) => h.day)).toEqual(days.map((d) => `${year}-${d}`));
    });
  }

  it('names each day: Good Friday, Easter, Rusalii in 2024; 2 January and 6–7 January are there every year', () => {
    const named = (year: number) => Object.fromEntries(legalHolidays(year).map((h) => [h.key, h.day]));
    expect(named(2024)).toMatchObject({
      goodFriday: '2024-05-03',
      easter: '2024-05-05',
      easterMonday: '2024-05-06',
      labourDay: '2024-05-01',
      pentecost: '2024-06-23',
      pentecostMonday: '2024-06-24',
    });
    expect(named(2025)).toMatchObject({ pentecost: '2025-06-08', pentecostMonday: '2025-06-09' });
    expect(named(2026)).toMatchObject({ pentecost: '2026-05-31', pentecostMonday: '2026-06-01', childrenDay: '2026-06-01' });
    for (let year = 2024; year <= 2030; year += 1) {
      expect(named(year)).toMatchObject({ newYear2: `${year}-01-02`, epiphany: `${year}-01-06`, saintJohn: `${year}-01-07` });
      expect(isLegalHoliday(`${year}-01-02`) && isLegalHoliday(`${year}-01-06`) && isLegalHoliday(`${year}-01-07`)).toBe(true);
    }
  });

  it('1 June 2026 counts once as a day off; 6–7 January became holidays in 2024 only', () => {
    expect(new Set(legalHolidays(2026).map((h) => h.day)).size).toBe(16);
    expect(isLegalHoliday('2026-06-01')).toBe(true);
    expect(isLegalHoliday('2023-01-06')).toBe(false);
    expect(isLegalHoliday('2023-01-02')).toBe(true);
  });
});

describe('working days', () => {
  it('a weekday is one; a weekend or a legal holiday is not', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-01')).toBe(false); // Tuesday, National Day
    expect(isWorkingDay('2027-04-30')).toBe(false); // Friday, Good Friday
  });

  it("the administrator's day off is not one; a make-up working day on a Saturday is", () => {
    const calendar = calendarFrom([
      { day: '2026-12-24', kind: 'DAY_OFF' },
      { day: '2026-12-12', kind: 'WORKING_DAY' },
    ]);
    expect(isWorkingDay('2026-12-24', EMPTY_CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-12-24', calendar)).toBe(false);
    expect(isWorkingDay('2026-12-12', calendar)).toBe(true);
    // Friday 11.12 + 1 working day: the make-up Saturday 12.12; without it, Monday 14.12.
    expect(addWorkingDays('2026-12-11', 1, calendar)).toBe('2026-12-12');
    expect(addWorkingDays('2026-12-11', 1)).toBe('2026-12-14');
    // Wed 23.12 + 1 working day: Thu 24.12, or with 24.12 off, 25–26 holidays and the Sunday, Mon 28.12.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-23', 1, calendar)).toBe('2026-12-28');
  });

  it('counts from the day after, up to and including the last', () => {
    expect(workingDaysBetween('2026-12-04', '2026-12-07')).toBe(1); // Fri → Mon: Monday
    expect(workingDaysBetween('2026-11-27', '2026-12-03')).toBe(2); // Fri → Thu: 30.11 and 1.12 are holidays
    expect(workingDaysBetween('2026-12-07', '2026-12-07')).toBe(0);
    expect(workingDaysBetween('2026-12-09', '2026-12-07')).toBe(0);
    expect(workingDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
    expect(workingDayOnOrAfter('2026-12-28')).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-28', 0)).toBe('2026-12-28');
  });
});

describe('the end of a term', () => {
  it('does not count the day of registration; a term ends on its last day', () => {
    // Petition filed Mon 02.11.2026: day 1 = 03.11 … day 30 = 02.12 (Wednesday).
    expect(computeDueDate({ registeredAt: at('2026-11-02T09:00', '+02:00'), term: CALENDAR_30 }).day).toBe('2026-12-02');
    // 2 working days from Mon 07.12.2026: Tue 08.12, Wed 09.12.
    expect(computeDueDate({ registeredAt: at('2026-12-07T16:45', '+02:00'), term: WORKING_2 }).day).toBe('2026-12-09');
    // Filed a minute before midnight: registered that day; a minute after: the next.
    expect(computeDueDate({ registeredAt: at('2026-12-07T23:59', '+02:00'), term: WORKING_2 }).day).toBe('2026-12-09');
    expect(computeDueDate({ registeredAt: at('2026-12-08T00:01', '+02:00'), term: WORKING_2 }).day).toBe('2026-12-10');
  });

  it('ends at 23:59:59 of the last day, Romanian time', () => {
    const due = computeDueDate({ registeredAt: at('2026-11-02T09:00', '+02:00'), term: CALENDAR_30 });
    expect(due).toEqual({ day: '2026-12-02', dueAt: new Date('2026-12-02T21:59:59.000Z'), stoppedDays: 0, suspended: false });
  });

  it('in calendar days whose last day is a Sunday or a holiday, ends on the next working day', () => {
    // Filed Fri 27.11.2026: day 30 = Sun 27.12 → Mon 28.12.
    expect(computeDueDate({ registeredAt: at('2026-11-27T10:00', '+02:00'), term: CALENDAR_30 }).day).toBe('2026-12-28');
    // 10 days from Tue 15.12.2026: day 10 = Fri 25.12 (Christmas); 26.12 holiday, 27.12 Sunday → Mon 28.12.
    expect(computeDueDate({ registeredAt: at('2026-12-15T10:00', '+02:00'), term: { days: 10, unit: 'CALENDAR_DAYS' } }).day).toBe('2026-12-28');
    // 10 days from Wed 02.12.2026: day 10 = Sat 12.12 → Mon 14.12; Saturday a make-up working day → 12.12; Monday off → Tue 15.12.
    const ten = { days: 10, unit: 'CALENDAR_DAYS' } as const;
    const filed = at('2026-12-02T10:00', '+02:00');
    expect(computeDueDate({ registeredAt: filed, term: ten }).day).toBe('2026-12-14');
    expect(computeDueDate({ registeredAt: filed, term: ten, calendar: calendarFrom([{ day: '2026-12-12', kind: 'WORKING_DAY' }]) }).day).toBe('2026-12-12');
    expect(computeDueDate({ registeredAt: filed, term: ten, calendar: dayOff('2026-12-14') }).day).toBe('2026-12-15');
  });

  it('starting before a holiday run and ending on one', () => {
    // 2 working days from Wed 23.12.2026: Thu 24.12 day 1; 25–26 holidays, 27 Sunday; Mon 28.12 day 2.
    expect(computeDueDate({ registeredAt: at('2026-12-23T14:00', '+02:00'), term: WORKING_2 }).day).toBe('2026-12-28');
    // 15 calendar days from Wed 23.12.2026: day 15 = Thu 07.01.2027 (Sf. Ioan) → Fri 08.01.2027.
    expect(computeDueDate({ registeredAt: at('2026-12-23T11:00', '+02:00'), term: { days: 15, unit: 'CALENDAR_DAYS' } }).day).toBe('2027-01-08');
    // 10 calendar days from Mon 28.12.2026: day 10 = Thu 07.01.2027 → Fri 08.01.2027; 5 working days: 29, 30, 31.12, (1–2.01 holidays, 3 Sunday) 04, 05.01 → Tue 05.01.2027.
    expect(computeDueDate({ registeredAt: at('2026-12-28T09:00', '+02:00'), term: { days: 10, unit: 'CALENDAR_DAYS' } }).day).toBe('2027-01-08');
    expect(computeDueDate({ registeredAt: at('2026-12-28T09:00', '+02:00'), term: { days: 5, unit: 'WORKING_DAYS' } }).day).toBe('2027-01-05');
  });

  it('in working days across Easter 2027 (Good Friday 30.04, 1 May a Saturday, Easter Monday 03.05)', () => {
    // Filed Thu 29.04.2027: 30.04 holiday, 1–2.05 weekend and holidays, 03.05 holiday; Tue 04.05 day 1, Wed 05.05 day 2.
    expect(computeDueDate({ registeredAt: at('2027-04-29T10:00', '+03:00'), term: WORKING_2 }).day).toBe('2027-05-05');
    // Filed Wed 28.04.2027: Thu 29.04 day 1, Tue 04.05 day 2.
    expect(computeDueDate({ registeredAt: at('2027-04-28T10:00', '+03:00'), term: WORKING_2 }).day).toBe('2027-05-04');
    // 3 calendar days from Tue 27.04.2027: day 3 = Fri 30.04 (Good Friday) → Tue 04.05.
    expect(computeDueDate({ registeredAt: at('2027-04-27T10:00', '+03:00'), term: { days: 3, unit: 'CALENDAR_DAYS' } }).day).toBe('2027-05-04');
  });

  it('moves by a suspension over a weekend: Friday to Monday is 3 calendar days, 1 working day', () => {
    const stop = suspension(at('2026-12-04T12:00', '+02:00'), at('2026-12-07T12:00', '+02:00'));
    expect(stoppedDays({ from: new Date(stop.from), to: new Date(stop.to!) }, 'CALENDAR_DAYS')).toBe(3);
    expect(stoppedDays({ from: new Date(stop.from), to: new Date(stop.to!) }, 'WORKING_DAYS')).toBe(1);
    // Petition filed Mon 02.11.2026 (end 02.12) + 3 → Sat 05.12 → Mon 07.12.
    expect(computeDueDate({ registeredAt: at('2026-11-02T09:00', '+02:00'), term: CALENDAR_30, suspensions: [stop] })).toMatchObject({ day: '2026-12-07', stoppedDays: 3, suspended: false });
    // Certificate filed Thu 03.12.2026: Fri 04.12 day 1, (stood still until Mon 07.12: +1) Mon 07.12 day 2, Tue 08.12 day 3.
    expect(computeDueDate({ registeredAt: at('2026-12-03T09:00', '+02:00'), term: WORKING_2, suspensions: [stop] })).toMatchObject({ day: '2026-12-08', stoppedDays: 1 });
  });

  it('does not move while a suspension still stands, and says it stands', () => {
    const standing = suspension(at('2026-12-04T12:00', '+02:00'), null, 'fee');
    expect(computeDueDate({ registeredAt: at('2026-12-03T09:00', '+02:00'), term: WORKING_2, suspensions: [standing] })).toMatchObject({ day: '2026-12-07', stoppedDays: 0, suspended: true });
  });

  it('adds a suspension that started and ended on the same day as nothing', () => {
    const sameDay = suspension(at('2026-12-04T09:00', '+02:00'), at('2026-12-04T15:00', '+02:00'));
    expect(computeDueDate({ registeredAt: at('2026-12-03T09:00', '+02:00'), term: WORKING_2, suspensions: [sameDay] }).day).toBe('2026-12-07');
  });

  it('with an extension: a petition 30 + 15 days', () => {
    // Filed Fri 27.11.2026: day 45 = Mon 11.01.2027 (3 days of November, 31 of December, 11 of January).
    expect(computeDueDate({ registeredAt: at('2026-11-27T10:00', '+02:00'), term: CALENDAR_30, extensionDays: 15 }).day).toBe('2027-01-11');
  });

  it('public information: 10 days, 30 once extended by 20 (Law 544/2001 art. 7)', () => {
    const term = { days: 10, unit: 'CALENDAR_DAYS' } as const;
    // Filed Thu 05.11.2026: day 10 = Sun 15.11 → Mon 16.11; extended, day 30 = Sat 05.12 → Mon 07.12.
    expect(computeDueDate({ registeredAt: at('2026-11-05T12:00', '+02:00'), term }).day).toBe('2026-11-16');
    expect(computeDueDate({ registeredAt: at('2026-11-05T12:00', '+02:00'), term, extensionDays: 20 }).day).toBe('2026-12-07');
  });

  it('in working days, extended in working days', () => {
    // Filed Thu 03.12.2026, 2 + 2 working days: 04, 07, 08, 09.12.
    expect(computeDueDate({ registeredAt: at('2026-12-03T09:00', '+02:00'), term: WORKING_2, extensionDays: 2 }).day).toBe('2026-12-09');
  });

  it('counts the day on Romanian time across the change to summer time', () => {
    // 00:30 on Sun 29.03.2026 in Bucharest is 22:30 UTC on the 28th: registered on the 29th; day 30 = Tue 28.04.2026, summer time.
    const due = computeDueDate({ registeredAt: new Date('2026-03-28T22:30:00Z'), term: CALENDAR_30 });
    expect(due.day).toBe('2026-04-28');
    expect(due.dueAt.toISOString()).toBe('2026-04-28T20:59:59.000Z');
  });
});

describe('whether a term is over', () => {
  it('from the midnight after its last day, not a second earlier', () => {
    const dueAt = computeDueDate({ registeredAt: at('2026-11-27T10:00', '+02:00'), term: CALENDAR_30 }).dueAt; // 28.12.2026
    expect(isPastTerm(dueAt, new Date('2026-12-28T21:59:59.000Z'))).toBe(false);
    expect(isPastTerm(dueAt, new Date('2026-12-28T21:59:59.999Z'))).toBe(false);
    expect(isPastTerm(dueAt, new Date('2026-12-28T22:00:00.000Z'))).toBe(true);
  });

  it('at midnight Romanian time around the changes of the clocks (late March, late October)', () => {
    const cases = [
      // Sat 28.03.2026, winter time: midnight after = 22:00 UTC.
      { day: '2026-03-28', midnight: '2026-03-28T22:00:00.000Z' },
      // Sun 29.03.2026, the clocks go forward at 03:00: the day ends in summer time, 21:00 UTC.
      { day: '2026-03-29', midnight: '2026-03-29T21:00:00.000Z' },
      // Sat 24.10.2026, summer time: 21:00 UTC.
      { day: '2026-10-24', midnight: '2026-10-24T21:00:00.000Z' },
      // Sun 25.10.2026, the clocks go back at 04:00 (a day of 25 hours): 22:00 UTC.
      { day: '2026-10-25', midnight: '2026-10-25T22:00:00.000Z' },
    ];
    for (const { day, midnight } of cases) {
      // A 1-calendar-day term registered the day before ends on `day` (a weekend day is made a working day to end there).
      const registered = new Date(new Date(`${day}T12:00:00Z`).getTime() - 24 * 60 * 60 * 1000);
      const calendar = calendarFrom([{ day, kind: 'WORKING_DAY' }]);
      const { dueAt, day: last } = computeDueDate({ registeredAt: registered, term: { days: 1, unit: 'CALENDAR_DAYS' }, calendar });
      expect(last).toBe(day);
      const at0 = new Date(midnight);
      expect(isPastTerm(dueAt, new Date(at0.getTime() - 1)), day).toBe(false);
      expect(isPastTerm(dueAt, at0), day).toBe(true);
    }
  });
});

describe('where a request stands against its term', () => {
  const dueAt = new Date('2026-12-09T21:59:59.000Z'); // Wed 09.12.2026

  it('working days left, 0 on the last day', () => {
    expect(termStanding(dueAt, at('2026-12-04T10:00', '+02:00'))).toEqual({ state: 'running', left: 3 }); // Fri: 07, 08, 09
    expect(termStanding(dueAt, at('2026-12-07T10:00', '+02:00'))).toEqual({ state: 'running', left: 2 });
    expect(termStanding(dueAt, at('2026-12-09T23:59', '+02:00'))).toEqual({ state: 'running', left: 0 });
    expect(termStanding(dueAt, at('2026-12-07T10:00', '+02:00'), dayOff('2026-12-08'))).toEqual({ state: 'running', left: 1 });
  });

  it('working days overdue, at least 1 once it is over even on a day off', () => {
    expect(termStanding(dueAt, at('2026-12-10T00:00', '+02:00'))).toEqual({ state: 'overdue', overdue: 1 });
    expect(termStanding(dueAt, at('2026-12-12T10:00', '+02:00'))).toEqual({ state: 'overdue', overdue: 2 }); // Sat: 10 and 11
    expect(termStanding(dueAt, at('2026-12-15T10:00', '+02:00'))).toEqual({ state: 'overdue', overdue: 4 }); // Tue: 10, 11, 14, 15
    const friday = new Date('2026-12-11T21:59:59.000Z');
    expect(termStanding(friday, at('2026-12-12T10:00', '+02:00'))).toEqual({ state: 'overdue', overdue: 1 }); // the Saturday after
    expect(termStanding(friday, at('2026-12-14T10:00', '+02:00'))).toEqual({ state: 'overdue', overdue: 1 });
  });

  it('is "soon" within 3 working days, "overdue" past the term, neither when closed or far', () => {
    expect(dueState(dueAt, true, at('2026-12-04T10:00', '+02:00'))).toBe('soon'); // 3 left
    expect(dueState(dueAt, true, at('2026-12-03T10:00', '+02:00'))).toBeNull(); // 4 left: 04, 07, 08, 09
    expect(dueState(dueAt, true, at('2026-12-10T08:00', '+02:00'))).toBe('overdue');
    expect(dueState(dueAt, false, at('2026-12-10T08:00', '+02:00'))).toBeNull();
  });
});

describe('the time to answer, in working days', () => {
  const filed = at('2026-12-03T09:00', '+02:00'); // Thursday
  const answered = at('2026-12-09T11:00', '+02:00'); // Wednesday: 04, 07, 08, 09 = 4

  it('leaves out the days the term stood still', () => {
    expect(workingDaysToAnswer(filed, answered, [])).toBe(4);
    const stop = suspension(at('2026-12-04T12:00', '+02:00'), at('2026-12-07T12:00', '+02:00'));
    expect(workingDaysToAnswer(filed, answered, [stop])).toBe(3);
    expect(workingDaysToAnswer(filed, answered, [stop], dayOff('2026-12-08'))).toBe(2);
    // Answered while it still stood (rejected while the city hall waited): stopped until the answer, 08 and 09.
    expect(workingDaysToAnswer(filed, answered, [suspension(at('2026-12-07T12:00', '+02:00'), null)])).toBe(2);
    // Answered on the day of filing.
    expect(workingDaysToAnswer(filed, at('2026-12-03T15:00', '+02:00'), [])).toBe(0);
  });
});

describe('what stops the term', () => {
  const term = { suspendOnInfo: true, suspendOnFee: false };
  it('information where the service says so, a fee where it says so, nothing else', () => {
    expect(suspensionReason('NEEDS_INFO', term)).toBe('info');
    expect(suspensionReason('AWAITING_PAYMENT', term)).toBeNull();
    expect(suspensionReason('AWAITING_PAYMENT', { suspendOnInfo: false, suspendOnFee: true })).toBe('fee');
    expect(suspensionReason('NEEDS_INFO', { suspendOnInfo: false, suspendOnFee: true })).toBeNull();
    for (const status of ['SUBMITTED', 'IN_REVIEW', 'PAYMENT_SUBMITTED', 'APPROVED']) expect(suspensionReason(status, { suspendOnInfo: true, suspendOnFee: true })).toBeNull();
  });
});

describe('the term kept on the request', () => {
  const service = {
    legalTermDays: 10,
    legalTermUnit: 'CALENDAR_DAYS' as const,
    maxExtensionDays: 20,
    suspendOnInfo: true,
    suspendOnFee: false,
    tacitApproval: false,
    legalBasisRo: 'Legea nr. 544/2001, art. 7',
    legalBasisEn: 'Law No. 544/2001, Article 7',
    tacitApprovalBasisRo: null,
    tacitApprovalBasisEn: null,
  };

  it("is the service's term as filed, read back as it was written, and nothing when the column holds something else", () => {
    const term = termSnapshotOf(service);
    expect(term).toEqual({ days: 10, unit: 'CALENDAR_DAYS', maxExtensionDays: 20, suspendOnInfo: true, suspendOnFee: false, tacitApproval: false, legalBasisRo: 'Legea nr. 544/2001, art. 7', legalBasisEn: 'Law No. 544/2001, Article 7', tacitApprovalBasisRo: null, tacitApprovalBasisEn: null });
    expect(parseTermSnapshot(JSON.parse(JSON.stringify(term)))).toEqual(term);
    expect(parseTermSnapshot(null)).toBeNull();
    expect(parseTermSnapshot({ ...term, days: 0 })).toBeNull();
    expect(parseTermSnapshot({ ...term, unit: 'HOURS' })).toBeNull();
    const stop = suspension(at('2026-12-04T12:00', '+02:00'), null, 'fee');
    expect(parseSuspensions([stop])).toEqual([stop]);
    expect(parseSuspensions('[]')).toEqual([]);
    expect(parseSuspensions([{ from: 'ieri', to: null, reason: 'info' }])).toEqual([]);
  });
});

/*
 * The 10 sample requests of the closing note: real services of the portal (prisma/seed/services),
 * with the due date the engine computes next to the one counted by hand.
 */
describe('10 sample requests', () => {
  type TSample = {
    service: string;
    term: Pick<TTermSnapshot, 'days' | 'unit'>;
    filedAt: Date;
    extensionDays?: number;
    suspensions?: TSuspension[];
    calendar?: TCalendar;
    /** The last day, counted by hand, and the moment it ends (23:59:59 Romanian time, in UTC). */
    expected: { day: string; dueAt: string };
  };

  const SAMPLES: TSample[] = [
    {
      // 1. Filed Friday before the long weekend of St Andrew and National Day.
      // Registration 27.11 not counted; day 1 = 28.11 … day 3 = 30.11, day 4 = 01.12 … day 30 = 27.12 Sunday; → Mon 28.12.
      service: 'Petiție / sesizare (OG 27/2002: 30 zile)',
      term: CALENDAR_30,
      filedAt: at('2026-11-27T10:00', '+02:00'),
      expected: { day: '2026-12-28', dueAt: '2026-12-28T21:59:59.000Z' },
    },
    {
      // 2. Same filing, extended by 15: day 45 = 3 (28–30.11) + 31 (December) + 11 → Mon 11.01.2027, a working day.
      service: 'Petiție / sesizare, prelungită cu 15 zile',
      term: CALENDAR_30,
      filedAt: at('2026-11-27T10:00', '+02:00'),
      extensionDays: 15,
      expected: { day: '2027-01-11', dueAt: '2027-01-11T21:59:59.000Z' },
    },
    {
      // 3. Filed Friday before the long weekend: 28 Sat, 29 Sun, 30.11 and 01.12 holidays; Wed 02.12 day 1, Thu 03.12 day 2.
      service: 'Certificat de atestare fiscală PF (2 zile lucrătoare)',
      term: WORKING_2,
      filedAt: at('2026-11-27T15:00', '+02:00'),
      expected: { day: '2026-12-03', dueAt: '2026-12-03T21:59:59.000Z' },
    },
    {
      // 4. Filed on a Saturday: 19.12 not counted; 10 days → Tue 29.12; extended by 20 to 30: 12 days of December (20–31) + 18 → Mon 18.01.2027.
      service: 'Informații de interes public (Legea 544/2001: 10 → 30 zile)',
      term: { days: 10, unit: 'CALENDAR_DAYS' },
      filedAt: at('2026-12-19T09:30', '+02:00'),
      extensionDays: 20,
      expected: { day: '2027-01-18', dueAt: '2027-01-18T21:59:59.000Z' },
    },
    {
      // 5. Filed 23 December: Thu 24.12 day 1; 25–26 holidays, 27 Sunday; Mon 28.12 day 2.
      service: 'Certificat de atestare fiscală PF (2 zile lucrătoare)',
      term: WORKING_2,
      filedAt: at('2026-12-23T14:00', '+02:00'),
      expected: { day: '2026-12-28', dueAt: '2026-12-28T21:59:59.000Z' },
    },
    {
      // 6. Filed 23 December: day 1 = 24.12 … day 8 = 31.12, day 15 = Thu 07.01.2027 (Sf. Ioan, a holiday) → Fri 08.01.2027.
      service: 'Certificat de urbanism (Legea 50/1991: 15 zile)',
      term: { days: 15, unit: 'CALENDAR_DAYS' },
      filedAt: at('2026-12-23T11:00', '+02:00'),
      expected: { day: '2027-01-08', dueAt: '2027-01-08T21:59:59.000Z' },
    },
    {
      // 7. Filed before Easter 2027: 30.04 Good Friday, 01.05 Saturday (1 May), 02.05 Easter, 03.05 Easter Monday; Tue 04.05 day 1, Wed 05.05 day 2.
      service: 'Certificat de atestare fiscală PJ (2 zile lucrătoare)',
      term: WORKING_2,
      filedAt: at('2027-04-29T10:00', '+03:00'),
      expected: { day: '2027-05-05', dueAt: '2027-05-05T20:59:59.000Z' },
    },
    {
      // 8. Filed at 00:30 on Sun 29.03.2026, the night the clocks go forward (22:30 UTC on the 28th): registration 29.03 not counted;
      // day 1 = 30.03, day 2 = 31.03, day 30 = Tue 28.04.2026 (Easter 12–13.04 is inside, not at the end); ends in summer time.
      service: 'Petiție / sesizare (OG 27/2002: 30 zile)',
      term: CALENDAR_30,
      filedAt: at('2026-03-29T00:30', '+02:00'),
      expected: { day: '2026-04-28', dueAt: '2026-04-28T20:59:59.000Z' },
    },
    {
      // 9. Filed Mon 02.11.2026 (30 days: Wed 02.12); information asked Fri 06.11, given Mon 16.11: stood still 07.11–16.11 = 10 days;
      // 40 days: 28 of November (03–30) + 12 → Sat 12.12; Sun 13.12 → Mon 14.12.
      service: 'Petiție / sesizare, cu completări cerute',
      term: CALENDAR_30,
      filedAt: at('2026-11-02T09:00', '+02:00'),
      suspensions: [suspension(at('2026-11-06T12:00', '+02:00'), at('2026-11-16T08:00', '+02:00'))],
      expected: { day: '2026-12-14', dueAt: '2026-12-14T21:59:59.000Z' },
    },
    {
      // 10. Filed Thu 03.12.2026; information asked Fri 04.12 (day 1 already run), given Mon 07.12: stood still 1 working day (Mon 07.12);
      // the administrator made Tue 08.12 a day off: 3 working days = Fri 04.12, Mon 07.12, (08.12 off) Wed 09.12.
      service: 'Certificat de atestare fiscală PF, cu completări și zi liberă',
      term: WORKING_2,
      filedAt: at('2026-12-03T09:00', '+02:00'),
      suspensions: [suspension(at('2026-12-04T12:00', '+02:00'), at('2026-12-07T12:00', '+02:00'))],
      calendar: dayOff('2026-12-08'),
      expected: { day: '2026-12-09', dueAt: '2026-12-09T21:59:59.000Z' },
    },
  ];

  it('are 10', () => expect(SAMPLES).toHaveLength(10));

  SAMPLES.forEach((sample, index) => {
    it(`${index + 1}. ${sample.service}, depus ${sample.filedAt.toISOString()} → ${sample.expected.day}`, () => {
      const due = computeDueDate({ registeredAt: sample.filedAt, term: sample.term, extensionDays: sample.extensionDays, suspensions: sample.suspensions, calendar: sample.calendar });
      expect(due.day).toBe(sample.expected.day);
      expect(due.dueAt.toISOString()).toBe(sample.expected.dueAt);
    });
  });
});
