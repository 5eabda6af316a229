/**
 * Registration numbers: `RMN-<year>-<6 digits>`, sequential per calendar year (Romanian time).
 * The next number is taken inside the submit transaction from a counter row: the row lock orders
 * concurrent submissions, and a transaction that fails rolls the counter back, so users never
 * see a gap.
 */
import type { TTransaction } from '@/lib/db';
import { todayInRomania } from '@/lib/time';

export const REGISTRATION_PREFIX = 'RMN';

export function formatRegistrationNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `${REGISTRATION_PREFIX}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Reads a number as people type it ("rmn 2026 123", "RMN-2026-000123"); null when it is not one. */
export function parseRegistrationNumber(input: string): { year: number; sequence: number; value: string } | null {
  const match = /^\s*RMN[\s-]*(\d{4})[\s-]*(\d{1,9})\s*$/i.exec(input);
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  if (year < 2000 || sequence < 1) return null;
  return { year, sequence, value: formatRegistrationNumber(year, sequence) };
}

/** The registration year of a moment: the year on the city hall's calendar. */
export function registrationYear(date: Date): number {
  return Number(todayInRomania(date).slice(0, 4));
}

/**
 * Takes the next number of the year; must run inside the transaction that registers the request.
 * Also returns the database clock read once the counter is locked: in number order, so it serves as
 * the registration time (a submission that waited for the lock is registered when it got it).
 */
export async function takeRegistrationNumber(tx: TTransaction, date: Date): Promise<{ number: string; at: Date }> {
  const year = registrationYear(date);
  const rows = await tx.$queryRaw<{ last: number; at: Date }[]>`
    INSERT INTO registration_counters (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = registration_counters.last + 1
    RETURNING last, clock_timestamp() AS at`;
  const row = rows[0]!;
  return { number: formatRegistrationNumber(year, Number(row.last)), at: row.at };
}
