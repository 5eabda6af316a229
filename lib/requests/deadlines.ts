/** How close a request is to its legal deadline. Days and their limits are in lib/time.ts. */
import { DAY_MS } from '@/lib/time';

/** Open requests past their due date are overdue; within 3 days they are due soon. */
export function dueState(dueAt: Date, open: boolean, now: Date = new Date()): 'overdue' | 'soon' | null {
  if (!open) return null;
  const left = dueAt.getTime() - now.getTime();
  return left < 0 ? 'overdue' : left < 3 * DAY_MS ? 'soon' : null;
}
