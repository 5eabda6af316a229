import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { dashboardHref } from '@/components/requests/dashboard-href';
import type { TDashboardPage, TDashboardQuery } from '@/lib/requests/queries/applicant';

/** "Cererile 11–20 din 23 · pagina 2 din 3". */
export async function DashboardRange({ result }: { result: TDashboardPage }) {
  const t = await getTranslations('dashboard.pagination');
  const from = (result.page - 1) * result.pageSize + 1;
  return <p className="text-gray-800">{t('summary', { from, to: from + result.rows.length - 1, total: result.total, page: result.page, pages: result.pages })}</p>;
}

/** Previous and next page, as plain links (the filter is kept). */
export async function DashboardPagination({ query, result }: { query: TDashboardQuery; result: TDashboardPage }) {
  if (result.pages <= 1) return null;
  const t = await getTranslations('dashboard.pagination');
  const links = [
    ...(result.page > 1 ? [{ rel: 'prev', href: dashboardHref(query, { page: result.page - 1 }), label: `← ${t('previous')}` }] : []),
    ...(result.page < result.pages ? [{ rel: 'next', href: dashboardHref(query, { page: result.page + 1 }), label: `${t('next')} →` }] : []),
  ];
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-3">
        {links.map((link) => (
          <li key={link.rel}>
            <Link href={link.href} rel={link.rel} className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-800 no-underline hover:bg-brand-50">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
