import type { TInboxQuery } from '@/lib/requests/queries/inbox';

/**
 * A link to the inbox with these filters: defaults are left out (short links), and the cursor is
 * dropped unless given, so that changing a filter starts again at the first page.
 */
export function inboxHref(query: TInboxQuery, change: Partial<TInboxQuery> = {}): string {
  const next = { ...query, after: undefined, ...change };
  const params = new URLSearchParams();
  if (next.status !== 'open') params.set('status', next.status);
  if (next.service) params.set('service', next.service);
  if (next.department) params.set('department', next.department);
  if (next.assigned) params.set('assigned', next.assigned);
  if (next.overdue) params.set('overdue', '1');
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'due') params.set('sort', next.sort);
  if (next.after) params.set('after', next.after);
  const search = params.toString();
  return search ? `/admin?${search}` : '/admin';
}
