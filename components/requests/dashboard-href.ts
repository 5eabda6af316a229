import type { TDashboardQuery } from '@/lib/requests/queries/applicant';

/** A link to the dashboard with this filter and page; defaults are left out, and changing the filter starts again at page 1. */
export function dashboardHref(query: TDashboardQuery, change: Partial<TDashboardQuery> = {}): string {
  const next = { ...query, page: change.status !== undefined ? 1 : query.page, ...change };
  const params = new URLSearchParams();
  if (next.status !== 'all') params.set('status', next.status);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/dashboard?${search}` : '/dashboard';
}
