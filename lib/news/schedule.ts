/**
 * A news post's publication moment as administrators type and read it: local time in Romania
 * (Europe/Bucharest), `YYYY-MM-DDTHH:mm` as `<input type="datetime-local">` sends it. Pure, so the
 * form and the server read it alike. A post's state follows from `publishedAt` alone.
 */
import { TIME_ZONE } from '@/lib/time';

/** Null: a draft. In the future: scheduled. Past or now: published. */
export type TNewsStatus = 'draft' | 'scheduled' | 'published';

export function newsStatus(publishedAt: Date | null, now: Date = new Date()): TNewsStatus {
  if (!publishedAt) return 'draft';
  return publishedAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** The query condition of a post published at `now` (the public pages and the image route share it). */
export const publishedBy = (now: Date) => ({ publishedAt: { not: null, lte: now } });

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const localFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The wall-clock parts of a moment in Romania, as minutes since the epoch (to compare with a typed time). */
function wallClockMinutes(date: Date): number {
  const parts = Object.fromEntries(localFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) / 60_000;
}

/** `2026-12-08T09:30` in Romania → the moment; null when the text is not a time that exists there. */
export function fromLocalDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // 30 February would roll over to March.
  if (new Date(asUtc).getUTCDate() !== day) return null;
  const typed = asUtc / 60_000;
  // The offset is found from a first guess, then checked once more (it changes at the DST switches).
  let guess = new Date(asUtc - 2 * 60 * 60_000);
  for (let i = 0; i < 2; i++) guess = new Date(guess.getTime() + (typed - wallClockMinutes(guess)) * 60_000);
  // 03:30 on the spring-forward night: no such moment in Romania.
  return wallClockMinutes(guess) === typed ? guess : null;
}

/** A moment as the datetime-local input shows it, in Romania: `2026-12-08T09:30`. */
export function toLocalDateTime(date: Date): string {
  const parts = Object.fromEntries(localFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
