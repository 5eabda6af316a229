import { describe, expect, it } from 'vitest';
import { dueState } from '@/lib/requests/deadlines';

describe('how close a request is to its deadline', () => {
  it('an open request is overdue past its due date and due soon within 3 days; a closed one is neither', () => {
    const now = new Date('2026-05-10T09:00:00Z');
    const at = (hours: number) => new Date(now.getTime() + hours * 60 * 60 * 1000);
    expect(dueState(at(-1), true, now)).toBe('overdue');
    expect(dueState(at(71), true, now)).toBe('soon');
    expect(dueState(at(73), true, now)).toBeNull();
    expect(dueState(at(-1), false, now)).toBeNull();
  });
});
