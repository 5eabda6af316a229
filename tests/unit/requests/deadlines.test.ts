import { describe, expect, it } from 'vitest';
import { dueState, endOfDayInRomania, nextDay, startOfDayInRomania } from '@/lib/requests/deadlines';

describe('days on the city hall’s calendar', () => {
  it('a day starts at midnight in Romania, in winter (UTC+2) and in summer (UTC+3)', () => {
    expect(startOfDayInRomania('2026-03-10').toISOString()).toBe('2026-03-09T22:00:00.000Z');
    expect(startOfDayInRomania('2026-07-01').toISOString()).toBe('2026-06-30T21:00:00.000Z');
  });

  it('a deadline "until dd.mm.yyyy" ends at 23:59:59 that day, across the clock changes', () => {
    expect(endOfDayInRomania('2026-03-10').toISOString()).toBe('2026-03-10T21:59:59.000Z');
    expect(endOfDayInRomania('2026-07-01').toISOString()).toBe('2026-07-01T20:59:59.000Z');
    // 29 March 2026: the clocks go forward at 03:00, the day ends on summer time.
    expect(endOfDayInRomania('2026-03-29').toISOString()).toBe('2026-03-29T20:59:59.000Z');
    // 25 October 2026: the clocks go back at 04:00, the day ends on winter time.
    expect(endOfDayInRomania('2026-10-25').toISOString()).toBe('2026-10-25T21:59:59.000Z');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('an open request is overdue past its due date and due soon within 3 days; a closed one is neither', () => {
    const now = new Date('2026-05-10T09:00:00Z');
    const at = (hours: number) => new Date(now.getTime() + hours * 60 * 60 * 1000);
    expect(dueState(at(-1), true, now)).toBe('overdue');
    expect(dueState(at(71), true, now)).toBe('soon');
    expect(dueState(at(73), true, now)).toBeNull();
    expect(dueState(at(-1), false, now)).toBeNull();
  });
});
