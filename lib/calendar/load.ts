/**
 * The administrator's working-day calendar (/admin/calendar), read from the database each time a
 * term is computed: every process sees a change at once (no cache in one process's memory).
 */
import 'server-only';
import { db, type TTransaction } from '@/lib/db';
import { calendarFrom, type TCalendar } from '@/lib/requests/terms';

/** Every day the administrator added (a few dozen rows a year). */
export async function loadCalendar(client: TTransaction | typeof db = db): Promise<TCalendar> {
  const rows = await client.calendarDay.findMany({ select: { day: true, kind: true } });
  return calendarFrom(rows);
}
