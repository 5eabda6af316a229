/**
 * Days and times as the city hall counts and writes them. Every date the portal computes or shows
 * is on Romanian time (Europe/Bucharest, which moves its clocks on the last Sundays of March and
 * October); a day is written YYYY-MM-DD in forms, URLs and the database's inputs; and the portal
 * prints a moment one way everywhere — pages, tables, emails, notifications and the PDF receipt:
 * "05.03.2026" / "05.03.2026 14:30" in Romanian, "5 March 2026" / "5 March 2026, 14:30" in English.
 * Pure and without I/O, so it runs in server code and in the browser alike.
 */
import { z } from 'zod';
import type { TLocale } from '@/lib/i18n/config';

/** The city hall's time zone: the one calendar every day, deadline and printed time is read on. */
export const TIME_ZONE = 'Europe/Bucharest';

export const DAY_MS = 24 * 60 * 60 * 1000;

// ───────────────────────────── days (YYYY-MM-DD) ─────────────────────────────

/** Whether a text is a day (YYYY-MM-DD) that exists on the calendar: 2026-02-30 is not one. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const midnight = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === value;
}

/** A day typed in a form or a URL (`<input type="date">` sends YYYY-MM-DD). */
export const ZDaySchema = z.string().refine(isDay, 'form.date');

/** Reads the parts of a formatted moment: order and separators are ours, not the locale's. */
function partsReader(format: Intl.DateTimeFormat, date: Date) {
  const parts = format.formatToParts(date);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

// Intl formatters are costly to build (time zone data): each is built once.
const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The day (YYYY-MM-DD) it is in Romania at `now`: what "today" means in a form or a deadline. */
export function todayInRomania(now: Date = new Date()): string {
  const part = partsReader(dayFormat, now);
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day after a day (YYYY-MM-DD). */
export const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The instant a day (YYYY-MM-DD) starts in Romania, whatever the daylight-saving time. */
export function startOfDayInRomania(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // Romania changes the clocks at 03:00/04:00 local time, never around midnight: the offset at UTC
  // midnight of that day (02:00 or 03:00 in Romania) is the offset at its local midnight.
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(partsReader(offsetFormat, utcMidnight)('timeZoneName'));
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000);
}

/** 23:59:59 of a day (YYYY-MM-DD) in Romania: the moment an "until dd.mm.yyyy" deadline ends. */
export const endOfDayInRomania = (day: string): Date => new Date(startOfDayInRomania(nextDay(day)).getTime() - 1000);

// ───────────────────────────── printing ─────────────────────────────

const partsFormats: Record<TLocale, Intl.DateTimeFormat> = {
  ro: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
};

function partsOf(date: Date, locale: TLocale) {
  const part = partsReader(partsFormats[locale], date);
  return {
    day: locale === 'ro' ? `${part('day')}.${part('month')}.${part('year')}` : `${Number(part('day'))} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
    second: part('second'),
  };
}

/** The day of a moment in Romania: "05.03.2026" / "5 March 2026". */
export const formatDate = (date: Date, locale: TLocale): string => partsOf(date, locale).day;

/**
 * A moment on Romanian time: "05.03.2026 14:30" / "5 March 2026, 14:30"; with `seconds` (the audit
 * log, where events a second apart must read apart) "05.03.2026 14:30:05".
 */
export function formatDateTime(date: Date, locale: TLocale, { seconds = false }: { seconds?: boolean } = {}): string {
  const { day, time, second } = partsOf(date, locale);
  return `${day}${locale === 'ro' ? '' : ','} ${time}${seconds ? `:${second}` : ''}`;
}

/** The time of a moment on Romanian time, "14:30", as formatDateTime prints it in both languages. */
export const formatTime = (date: Date): string => partsOf(date, 'ro').time;

/** A day (YYYY-MM-DD), e.g. a date answer of a form, as formatDate prints it. */
export const formatDay = (day: string, locale: TLocale): string =>
  // A calendar day, not a moment: noon UTC falls on that same day in Romania.
  formatDate(new Date(`${day}T12:00:00Z`), locale);
