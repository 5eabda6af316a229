/** How close a request is to its legal deadline, and where a day on the city hall's calendar starts and ends. */
const DAY_MS = 24 * 60 * 60 * 1000;
const TIME_ZONE = 'Europe/Bucharest';

/** Open requests past their due date are overdue; within 3 days they are due soon. */
export function dueState(dueAt: Date, open: boolean, now: Date = new Date()): 'overdue' | 'soon' | null {
  if (!open) return null;
  const left = dueAt.getTime() - now.getTime();
  return left < 0 ? 'overdue' : left < 3 * DAY_MS ? 'soon' : null;
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The instant a day (YYYY-MM-DD) starts in Romania, whatever the daylight-saving time. */
export function startOfDayInRomania(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // Romania changes the clocks at 03:00/04:00 local time, never around midnight: the offset at UTC
  // midnight of that day (02:00 or 03:00 in Romania) is the offset at its local midnight.
  const name = offsetFormat.formatToParts(utcMidnight).find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000);
}

/** The day after a day (YYYY-MM-DD). */
export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** 23:59:59 of a day (YYYY-MM-DD) in Romania: the moment an "until dd.mm.yyyy" deadline ends. */
export const endOfDayInRomania = (day: string) => new Date(startOfDayInRomania(nextDay(day)).getTime() - 1000);
