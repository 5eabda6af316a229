import { describe, expect, it } from 'vitest';
import { fromLocalDateTime, newsStatus, toLocalDateTime } from '@/lib/news/schedule';

describe('news publication time (Romanian time)', () => {
  it('reads a typed local time in winter (UTC+2) and in summer (UTC+3)', () => {
    expect(fromLocalDateTime('2026-12-08T09:30')?.toISOString()).toBe('2026-12-08T07:30:00.000Z');
    expect(fromLocalDateTime('2027-07-01T00:15')?.toISOString()).toBe('2027-06-30T21:15:00.000Z');
  });

  it('refuses what is not a moment in Romania', () => {
    for (const value of ['2027-02-30T09:00', '2027-13-01T09:00', '2027-01-01T24:00', '2027-01-01 09:00', '', '2027-03-28T03:30']) expect(fromLocalDateTime(value), value).toBeNull();
  });

  it('reads an 03:xx of the autumn night, which happens twice, as a moment that shows that time', () => {
    const moment = fromLocalDateTime('2027-10-31T03:30');
    expect(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']).toContain(moment?.toISOString());
    expect(toLocalDateTime(moment!)).toBe('2027-10-31T03:30');
  });

  it('writes a moment back as the input shows it', () => {
    expect(toLocalDateTime(new Date('2026-12-08T07:30:00Z'))).toBe('2026-12-08T09:30');
    expect(toLocalDateTime(new Date('2027-06-30T21:15:00Z'))).toBe('2027-07-01T00:15');
  });

  it('derives the state from publishedAt alone', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(newsStatus(null, now)).toBe('draft');
    expect(newsStatus(new Date('2026-12-07T10:00:01Z'), now)).toBe('scheduled');
    expect(newsStatus(now, now)).toBe('published');
  });
});
