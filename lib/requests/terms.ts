/**
 * Legal terms as Romanian law counts them (Civil Procedure Code art. 181, Civil Code art.
 * 2553–2554, applied by analogy to the answers of a city hall):
 *
 * - the day of registration does not count; a term in days ends at the end of its last day;
 * - a term in calendar days whose last day is not a working day ends on the next working day;
 *   a term in working days counts only working days;
 * - working days are Monday to Friday except the legal holidays of the Labour Code, art. 139
 *   (Orthodox Easter computed, not typed in), the days off the government grants and the
 *   administrator adds in /admin/calendar, plus the make-up working days added there;
 * - while the city hall waits for the applicant (more information, a fee — where the service says
 *   so) the term stands still, and its end moves by the days it stood still, counted in its unit
 *   (the day it stopped excluded, the day it started again included, as terms are counted);
 * - an extension adds days to the term, in its unit (OG 27/2002: 30 + 15; Law 544/2001: 10 → 30).
 *
 * Days are YYYY-MM-DD on Romanian time (lib/time.ts). Pure and without I/O: the administrator's
 * days come in as a `TCalendar` (lib/calendar/load.ts reads them).
 */
import { z } from 'zod';
import { endOfDayInRomania, nextDay, todayInRomania } from '@/lib/time';

// ───────────────────────────── days ─────────────────────────────

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 24 * 60 * 60 * 1000;

/** `day` moved by `n` calendar days (negative: back). */
export const addDays = (day: string, n: number): string => fromUtc(toUtc(day) + n * DAY);

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY);

/** 0 = Sunday … 6 = Saturday. */
const weekday = (day: string) => new Date(toUtc(day)).getUTCDay();
export const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;

// ───────────────────────────── legal holidays ─────────────────────────────

/** Orthodox Easter Sunday of a year (Meeus's Julian algorithm, moved to the Gregorian calendar). */
export function orthodoxEaster(year: number): string {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const dayOfMonth = ((d + e + 114) % 31) + 1;
  // The Julian calendar is 13 days behind the Gregorian from 1900 to 2099.
  const julian = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return addDays(julian, year < 2100 ? 13 : 14);
}

export const HOLIDAY_KEYS = [
  'newYear',
  'newYear2',
  'epiphany',
  'saintJohn',
  'union',
  'goodFriday',
  'easter',
  'easterMonday',
  'labourDay',
  'childrenDay',
  'pentecost',
  'pentecostMonday',
  'assumption',
  'saintAndrew',
  'nationalDay',
  'christmas',
  'christmas2',
] as const;
type THolidayKey = (typeof HOLIDAY_KEYS)[number];
export type THoliday = { day: string; key: THolidayKey };

/**
 * The legal holidays of a year (Labour Code art. 139, as amended: Good Friday since 2018, 6 and 7
 * January since 2024), in calendar order. Two may fall on one day (Rusalii Monday on Children's Day, 1 June 2026).
 */
export function legalHolidays(year: number): THoliday[] {
  const y = String(year);
  const easter = orthodoxEaster(year);
  const list: THoliday[] = [
    { day: `${y}-01-01`, key: 'newYear' },
    { day: `${y}-01-02`, key: 'newYear2' },
    ...(year >= 2024
      ? ([
          { day: `${y}-01-06`, key: 'epiphany' },
          { day: `${y}-01-07`, key: 'saintJohn' },
        ] as const)
      : []),
    { day: `${y}-01-24`, key: 'union' },
    ...(year >= 2018 ? ([{ day: addDays(easter, -2), key: 'goodFriday' }] as const) : []),
    { day: easter, key: 'easter' },
    { day: addDays(easter, 1), key: 'easterMonday' },
    { day: `${y}-05-01`, key: 'labourDay' },
    { day: `${y}-06-01`, key: 'childrenDay' },
    { day: addDays(easter, 49), key: 'pentecost' },
    { day: addDays(easter, 50), key: 'pentecostMonday' },
    { day: `${y}-08-15`, key: 'assumption' },
    { day: `${y}-11-30`, key: 'saintAndrew' },
    { day: `${y}-12-01`, key: 'nationalDay' },
    { day: `${y}-12-25`, key: 'christmas' },
    { day: `${y}-12-26`, key: 'christmas2' },
  ];
  return list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

// Holidays of a year, computed once per year and process (a pure function of the year).
const holidaySets = new Map<number, ReadonlySet<string>>();
function holidaySet(year: number): ReadonlySet<string> {
  let set = holidaySets.get(year);
  if (!set) {
    set = new Set(legalHolidays(year).map((h) => h.day));
    holidaySets.set(year, set);
  }
  return set;
}

export const isLegalHoliday = (day: string) => holidaySet(Number(day.slice(0, 4))).has(day);

// ───────────────────────────── working days ─────────────────────────────

/** The administrator's days (/admin/calendar): extra days off, and make-up working days. */
export type TCalendar = { daysOff: ReadonlySet<string>; workingDays: ReadonlySet<string> };

export const EMPTY_CALENDAR: TCalendar = { daysOff: new Set(), workingDays: new Set() };

/** Builds a calendar from the administrator's rows. */
export function calendarFrom(rows: readonly { day: string; kind: 'DAY_OFF' | 'WORKING_DAY' }[]): TCalendar {
  return {
    daysOff: new Set(rows.filter((r) => r.kind === 'DAY_OFF').map((r) => r.day)),
    workingDays: new Set(rows.filter((r) => r.kind === 'WORKING_DAY').map((r) => r.day)),
  };
}

/** Whether the city hall works on `day`: a make-up working day does; a weekend, holiday or day off does not. */
export function isWorkingDay(day: string, calendar: TCalendar = EMPTY_CALENDAR): boolean {
  if (calendar.workingDays.has(day)) return true;
  if (calendar.daysOff.has(day)) return false;
  return !isWeekend(day) && !isLegalHoliday(day);
}

/** `day` itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(day: string, calendar: TCalendar = EMPTY_CALENDAR): string {
  let current = day;
  while (!isWorkingDay(current, calendar)) current = nextDay(current);
  return current;
}

/** The `n`-th working day after `day` (`day` itself not counted; n = 0 gives `day`). */
export function addWorkingDays(day: string, n: number, calendar: TCalendar = EMPTY_CALENDAR): string {
  let current = day;
  for (let left = n; left > 0; ) {
    current = nextDay(current);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, calendar: TCalendar = EMPTY_CALENDAR): number {
  let count = 0;
  for (let current = nextDay(from); current <= to; current = nextDay(current)) if (isWorkingDay(current, calendar)) count += 1;
  return count;
}

// ───────────────────────────── terms ─────────────────────────────

export const TERM_UNITS = ['CALENDAR_DAYS', 'WORKING_DAYS'] as const;
export type TTermUnit = (typeof TERM_UNITS)[number];

/**
 * A service's term as it stood when the request was filed (kept on the request: a later change of
 * the service does not move the terms of requests already filed).
 */
export const ZTermSnapshot = z.object({
  days: z.number().int().positive(),
  unit: z.enum(TERM_UNITS),
  /** How much the law lets the city hall extend it, once, in the same unit (0: never). */
  maxExtensionDays: z.number().int().nonnegative(),
  /** Whether the term stands still while the city hall waits for more information. */
  suspendOnInfo: z.boolean(),
  /** Whether it stands still while a fee is awaited. */
  suspendOnFee: z.boolean(),
  /** Whether silence past the term means approval (OUG 27/2003), and the legal text that says so. */
  tacitApproval: z.boolean(),
  legalBasisRo: z.string().nullable(),
  legalBasisEn: z.string().nullable(),
  tacitApprovalBasisRo: z.string().nullable(),
  tacitApprovalBasisEn: z.string().nullable(),
});
export type TTermSnapshot = z.infer<typeof ZTermSnapshot>;

/** A service's term columns, as TERM_SNAPSHOT_SELECT reads them. */
type TServiceTerm = { legalTermDays: number; legalTermUnit: TTermUnit; maxExtensionDays: number } & Record<'suspendOnInfo' | 'suspendOnFee' | 'tacitApproval', boolean> &
  Record<'legalBasisRo' | 'legalBasisEn' | 'tacitApprovalBasisRo' | 'tacitApprovalBasisEn', string | null>;

/** The columns of a service its term is read from. */
export const TERM_SNAPSHOT_SELECT = {
  legalTermDays: true,
  legalTermUnit: true,
  maxExtensionDays: true,
  suspendOnInfo: true,
  suspendOnFee: true,
  tacitApproval: true,
  legalBasisRo: true,
  legalBasisEn: true,
  tacitApprovalBasisRo: true,
  tacitApprovalBasisEn: true,
} as const satisfies Record<keyof TServiceTerm, true>;

/** A service's term, as a request keeps it. */
export const termSnapshotOf = (service: TServiceTerm): TTermSnapshot => ({
  days: service.legalTermDays,
  unit: service.legalTermUnit,
  maxExtensionDays: service.maxExtensionDays,
  suspendOnInfo: service.suspendOnInfo,
  suspendOnFee: service.suspendOnFee,
  tacitApproval: service.tacitApproval,
  legalBasisRo: service.legalBasisRo,
  legalBasisEn: service.legalBasisEn,
  tacitApprovalBasisRo: service.tacitApprovalBasisRo,
  tacitApprovalBasisEn: service.tacitApprovalBasisEn,
});

/** A time the term stood still; `to` is null while it still does. */
const ZSuspension = z.object({ from: z.iso.datetime(), to: z.iso.datetime().nullable(), reason: z.enum(['info', 'fee']) });
export type TSuspension = z.infer<typeof ZSuspension>;
export const ZSuspensions = z.array(ZSuspension);

/** The request's stored suspensions, or none when the column holds something else. */
export function parseSuspensions(value: unknown): TSuspension[] {
  const parsed = ZSuspensions.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function parseTermSnapshot(value: unknown): TTermSnapshot | null {
  const parsed = ZTermSnapshot.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Days of the term's unit that a suspension stood still: after the day it stopped, up to the day it ran again. */
export function stoppedDays(suspension: { from: Date; to: Date }, unit: TTermUnit, calendar: TCalendar = EMPTY_CALENDAR): number {
  const from = todayInRomania(suspension.from);
  const to = todayInRomania(suspension.to);
  return unit === 'WORKING_DAYS' ? workingDaysBetween(from, to, calendar) : Math.max(0, daysBetween(from, to));
}

export type TDueDateInput = {
  registeredAt: Date;
  term: Pick<TTermSnapshot, 'days' | 'unit'>;
  extensionDays?: number;
  suspensions?: readonly TSuspension[];
  calendar?: TCalendar;
};

export type TDueDate = {
  /** The last day of the term (YYYY-MM-DD). */
  day: string;
  /** The moment the term ends: 23:59:59 of that day in Romania. */
  dueAt: Date;
  /** Days of the term's unit added for the time it stood still (finished suspensions only). */
  stoppedDays: number;
  /** Whether it stands still now (a suspension without end); `day` is then the end as it was when it stopped. */
  suspended: boolean;
};

/** The end of a term: from registration, with its extension and the times it stood still. */
export function computeDueDate({ registeredAt, term, extensionDays = 0, suspensions = [], calendar = EMPTY_CALENDAR }: TDueDateInput): TDueDate {
  const stopped = suspensions.reduce((sum, s) => (s.to ? sum + stoppedDays({ from: new Date(s.from), to: new Date(s.to) }, term.unit, calendar) : sum), 0);
  const total = term.days + extensionDays + stopped;
  const registered = todayInRomania(registeredAt);
  const day = term.unit === 'WORKING_DAYS' ? addWorkingDays(registered, total, calendar) : workingDayOnOrAfter(addDays(registered, total), calendar);
  return { day, dueAt: endOfDayInRomania(day), stoppedDays: stopped, suspended: suspensions.some((s) => s.to === null) };
}

/**
 * Working days from filing to the answer, the days the term stood still left out (for the
 * statistics: the time the city hall took, as the law counts it).
 */
export function workingDaysToAnswer(registeredAt: Date, answeredAt: Date, suspensions: readonly TSuspension[], calendar: TCalendar = EMPTY_CALENDAR): number {
  const elapsed = workingDaysBetween(todayInRomania(registeredAt), todayInRomania(answeredAt), calendar);
  const stopped = suspensions.reduce((sum, s) => sum + stoppedDays({ from: new Date(s.from), to: s.to ? new Date(s.to) : answeredAt }, 'WORKING_DAYS', calendar), 0);
  return Math.max(0, elapsed - stopped);
}

/** Whether a term that ends at `dueAt` (23:59:59 of its last day) is over at `now`: from the next midnight on. */
export const isPastTerm = (dueAt: Date, now: Date = new Date()) => now.getTime() >= dueAt.getTime() + 1000;

/**
 * Where a request stands against its term, for the inbox and the reminders: `left` working days
 * after today up to the last day (0: today is the last day), or `overdue` working days since it
 * passed (at least 1 once the term is over, even on a day off).
 */
export type TTermStanding = { state: 'running'; left: number } | { state: 'overdue'; overdue: number };

export function termStanding(dueAt: Date, now: Date = new Date(), calendar: TCalendar = EMPTY_CALENDAR): TTermStanding {
  const today = todayInRomania(now);
  const last = todayInRomania(dueAt);
  if (!isPastTerm(dueAt, now)) return { state: 'running', left: workingDaysBetween(today, last, calendar) };
  return { state: 'overdue', overdue: Math.max(1, workingDaysBetween(last, today, calendar)) };
}

/** How close a request is: past its term, within 3 working days of it, or neither. */
export function dueState(dueAt: Date, open: boolean, now: Date = new Date(), calendar: TCalendar = EMPTY_CALENDAR): 'overdue' | 'soon' | null {
  if (!open) return null;
  const standing = termStanding(dueAt, now, calendar);
  return standing.state === 'overdue' ? 'overdue' : standing.left <= DUE_SOON_WORKING_DAYS ? 'soon' : null;
}

/** "Due soon": the last day is within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;

/** Whether the term of a request in `status` stands still, by what its service says. */
export function suspensionReason(status: string, term: Pick<TTermSnapshot, 'suspendOnInfo' | 'suspendOnFee'>): TSuspension['reason'] | null {
  if (status === 'NEEDS_INFO' && term.suspendOnInfo) return 'info';
  if (status === 'AWAITING_PAYMENT' && term.suspendOnFee) return 'fee';
  return null;
}
