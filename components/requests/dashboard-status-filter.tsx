import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { dashboardHref } from '@/components/requests/dashboard-href';
import { ACTION_STATUSES, type TFiledStatus } from '@/lib/requests/expectations';
import { DASHBOARD_FILTERS, type TDashboardFilter, type TDashboardQuery } from '@/lib/requests/queries/applicant';

/**
 * The status filter: links (they work without JavaScript and keep the filter in the URL), each with
 * how many requests it holds. Statuses the applicant has no request in are left out, unless chosen.
 */
export async function DashboardStatusFilter({ query, counts }: { query: TDashboardQuery; counts: Record<TFiledStatus, number> }) {
  const [t, tr, format] = await Promise.all([getTranslations('dashboard.filter'), getTranslations('request.status'), getFormatter()]);
  const count = (filter: TDashboardFilter) =>
    filter === 'all' ? Object.values(counts).reduce((a, b) => a + b, 0) : filter === 'action' ? ACTION_STATUSES.reduce((sum, s) => sum + counts[s], 0) : counts[filter];
  const label = (filter: TDashboardFilter) => (filter === 'all' || filter === 'action' ? t(filter) : tr(filter));
  const shown = DASHBOARD_FILTERS.filter((filter) => filter === 'all' || filter === query.status || count(filter) > 0);
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-2">
        {shown.map((filter) => {
          const current = filter === query.status;
          return (
            <li key={filter}>
              <Link
                href={dashboardHref(query, { status: filter })}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center gap-2 rounded-lg border-2 px-3 py-1 font-semibold no-underline ${
                  current ? 'border-brand-700 bg-brand-700 text-white' : 'border-gray-400 bg-white text-brand-900 hover:border-brand-700'
                }`}
              >
                <span>{label(filter)}</span>{' '}
                <span className={`rounded-full px-2 text-sm tabular-nums ${current ? 'bg-white text-brand-900' : 'bg-gray-100 text-gray-900'}`}>{format.number(count(filter))}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
