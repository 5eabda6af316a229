import { describe, expect, it } from 'vitest';
import {
  endOfDayInRomania,
  formatDate,
  formatDateTime,
  formatDay,
  formatTime,
  isDay,
  nextDay,
  startOfDayInRomania,
  TIME_ZONE,
  todayInRomania,
  ZDaySchema,
} from '@/lib/time';

// Romania moves its clocks on the last Sunday of March (03:00 → 04:00, UTC+2 → UTC+3) and of
// October (04:00 → 03:00, UTC+3 → UTC+2): in 2026 on 29 March and 25 October.
const at = (iso: string) => new Date(iso);

describe('days on the city hall’s calendar', () => {
  it('is Bucharest time', () => {
    expect(TIME_ZONE).toBe('Europe/Bucharest');
  });

  it('a day starts at midnight in Romania, in winter (UTC+2) and in summer (UTC+3)', () => {
    expect(startOfDayInRomania('2026-03-10').toISOString()).toBe('2026-03-09T22:00:00.000Z');
    expect(startOfDayInRomania('2026-07-01').toISOString()).toBe('2026-06-30T21:00:00.000Z');
  });

  it('the days of the clock changes start on the old time and end on the new one', () => {
    // 29 March: midnight is still winter time; the next midnight is summer time (a 23-hour day).
    expect(startOfDayInRomania('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(endOfDayInRomania('2026-03-29').toISOString()).toBe('2026-03-29T20:59:59.000Z');
    expect(startOfDayInRomania('2026-03-30').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    // 25 October: midnight is still summer time; the next midnight is winter time (a 25-hour day).
    expect(startOfDayInRomania('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(endOfDayInRomania('2026-10-25').toISOString()).toBe('2026-10-25T21:59:59.000Z');
    expect(startOfDayInRomania('2026-10-26').toISOString()).toBe('2026-10-25T22:00:00.000Z');
    // The day before each change is an ordinary day on its own time.
    expect(endOfDayInRomania('2026-03-28').toISOString()).toBe('2026-03-28T21:59:59.000Z');
    expect(endOfDayInRomania('2026-10-24').toISOString()).toBe('2026-10-24T20:59:59.000Z');
    // Another year, another Sunday: 28 March and 31 October 2027.
    expect(startOfDayInRomania('2027-03-29').toISOString()).toBe('2027-03-28T21:00:00.000Z');
    expect(startOfDayInRomania('2027-11-01').toISOString()).toBe('2027-10-31T22:00:00.000Z');
  });

  it('a deadline "until dd.mm.yyyy" ends at 23:59:59 that day, in winter and in summer', () => {
    expect(endOfDayInRomania('2026-03-10').toISOString()).toBe('2026-03-10T21:59:59.000Z');
    expect(endOfDayInRomania('2026-07-01').toISOString()).toBe('2026-07-01T20:59:59.000Z');
  });

  it('today is the day in Romania, not in UTC, on both sides of each clock change', () => {
    // 00:30 on 1 December in Bucharest is still 30 November in UTC.
    expect(todayInRomania(at('2026-11-30T22:30:00Z'))).toBe('2026-12-01');
    expect(todayInRomania(at('2026-03-28T21:59:59Z'))).toBe('2026-03-28');
    expect(todayInRomania(at('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(todayInRomania(at('2026-03-29T20:59:59Z'))).toBe('2026-03-29');
    expect(todayInRomania(at('2026-03-29T21:00:00Z'))).toBe('2026-03-30');
    expect(todayInRomania(at('2026-10-24T20:59:59Z'))).toBe('2026-10-24');
    expect(todayInRomania(at('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
    expect(todayInRomania(at('2026-10-25T21:59:59Z'))).toBe('2026-10-25');
    expect(todayInRomania(at('2026-10-25T22:00:00Z'))).toBe('2026-10-26');
  });

  it('a day and its limits agree: the start and the end of a day fall on that day', () => {
    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2028-02-29']) {
      expect(todayInRomania(startOfDayInRomania(day)), day).toBe(day);
      expect(todayInRomania(endOfDayInRomania(day)), day).toBe(day);
      expect(todayInRomania(new Date(endOfDayInRomania(day).getTime() + 1000)), day).toBe(nextDay(day));
    }
  });

  it('counts the next day across months, years and leap days', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-03-29')).toBe('2026-03-30');
  });

  it('a day is YYYY-MM-DD and exists on the calendar', () => {
    expect(isDay('2026-03-29')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    for (const text of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-29', '29.03.2026', '', '2026-03-29T00:00']) {
      expect(isDay(text), text).toBe(false);
    }
    expect(ZDaySchema.safeParse('2026-10-25').success).toBe(true);
    expect(ZDaySchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('form.date');
  });
});

describe('dates as the portal prints them', () => {
  const winter = at('2026-03-05T12:30:00Z'); // 14:30 in Bucharest (UTC+2)

  it('writes dd.mm.yyyy in Romanian and "5 March 2026" in English, on Romanian time', () => {
    expect(formatDate(winter, 'ro')).toBe('05.03.2026');
    expect(formatDate(winter, 'en')).toBe('5 March 2026');
    // 22:30 UTC on 3 April is already 4 April in Bucharest (UTC+3).
    expect(formatDate(at('2026-04-03T22:30:00Z'), 'ro')).toBe('04.04.2026');
    expect(formatDate(at('2026-04-03T22:30:00Z'), 'en')).toBe('4 April 2026');
  });

  it('writes the time on a 24-hour clock, with seconds only when asked', () => {
    expect(formatDateTime(winter, 'ro')).toBe('05.03.2026 14:30');
    expect(formatDateTime(winter, 'en')).toBe('5 March 2026, 14:30');
    expect(formatDateTime(at('2026-03-05T12:30:07Z'), 'ro', { seconds: true })).toBe('05.03.2026 14:30:07');
    expect(formatDateTime(at('2026-03-05T12:30:07Z'), 'en', { seconds: true })).toBe('5 March 2026, 14:30:07');
    expect(formatDateTime(at('2026-01-01T22:05:00Z'), 'ro')).toBe('02.01.2026 00:05');
    expect(formatTime(winter)).toBe('14:30');
  });

  it('follows the clocks across the March change: 02:59 is followed by 04:00', () => {
    expect(formatDateTime(at('2026-03-29T00:59:59Z'), 'ro', { seconds: true })).toBe('29.03.2026 02:59:59');
    expect(formatDateTime(at('2026-03-29T01:00:00Z'), 'ro')).toBe('29.03.2026 04:00');
    expect(formatDateTime(at('2026-03-29T01:00:00Z'), 'en')).toBe('29 March 2026, 04:00');
    expect(formatTime(at('2026-03-29T01:00:00Z'))).toBe('04:00');
  });

  it('follows the clocks across the October change: 03:30 happens twice', () => {
    expect(formatDateTime(at('2026-10-25T00:30:00Z'), 'ro')).toBe('25.10.2026 03:30');
    expect(formatDateTime(at('2026-10-25T01:30:00Z'), 'ro')).toBe('25.10.2026 03:30');
    expect(formatDateTime(at('2026-10-25T02:00:00Z'), 'en')).toBe('25 October 2026, 04:00');
  });

  it('prints the end of a day as that day, whatever the offset', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2026-07-01', '2026-12-31']) {
      const [year, month, date] = day.split('-');
      expect(formatDate(endOfDayInRomania(day), 'ro')).toBe(`${date}.${month}.${year}`);
      expect(formatDateTime(endOfDayInRomania(day), 'ro', { seconds: true })).toBe(`${date}.${month}.${year} 23:59:59`);
      expect(formatDateTime(startOfDayInRomania(day), 'ro')).toBe(`${date}.${month}.${year} 00:00`);
    }
  });

  it('prints a calendar day (a form answer) as that day', () => {
    expect(formatDay('2026-03-29', 'ro')).toBe('29.03.2026');
    expect(formatDay('2026-10-25', 'en')).toBe('25 October 2026');
    expect(formatDay('2026-12-31', 'ro')).toBe('31.12.2026');
  });
});
