import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminLinks, AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { PaymentsFilters } from '@/components/admin/payments/payments-filters';
import { PaymentsTable } from '@/components/admin/payments/payments-table';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { listPayments, parsePaymentsFilter, type TPaymentsFilterParsed } from '@/lib/payments/admin';
import { canManagePayments } from '@/lib/payments/staff-access';
import type { TSearchParams } from '@/lib/search-params';
import { formatDay, todayInRomania } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('paymentsAdmin'))('metaTitle') };
}

type TProps = { searchParams: Promise<TSearchParams> };

/** The link to another page of the same filtered list. */
function pageHref(filter: TPaymentsFilterParsed, page: number) {
  const query = new URLSearchParams();
  if (filter.day) query.set('day', filter.day);
  if (filter.status) query.set('status', filter.status);
  if (filter.q) query.set('q', filter.q);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/payments?${text}` : '/admin/payments';
}

export default async function PaymentsPage({ searchParams }: TProps) {
  const user = await requireStaff('/admin/payments');
  if (!(await canManagePayments(user))) forbidden();
  const filter = parsePaymentsFilter(await searchParams);
  const [t, locale, page] = await Promise.all([getTranslations('paymentsAdmin'), getLocale().then(toLocale), listPayments(user, filter)]);
  // The report is for the day the list shows, or today.
  const reportDay = filter.day ?? todayInRomania();

  const pages = [
    ...(page.page > 1 ? [{ href: pageHref(filter, page.page - 1), label: t('pagination.previous') }] : []),
    ...(page.hasNext ? [{ href: pageHref(filter, page.page + 1), label: t('pagination.next') }] : []),
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="payments-filters" title={t('filters.title')} framed>
        <PaymentsFilters filter={filter} />
      </AdminSection>
      <AdminSection id="payments-reconciliation" title={t('reconciliation.title')} framed>
        <p className="mb-4">{t('reconciliation.lead', { day: formatDay(reportDay, locale) })}</p>
        {/* A file, not a page: a plain link, so the browser downloads it. */}
        <a
          href={`/admin/payments/reconciliation?day=${reportDay}`}
          download={`reconciliere-${reportDay}.csv`}
          className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-5 font-semibold text-brand-900"
        >
          {t('reconciliation.link')}
        </a>
      </AdminSection>
      <AdminSection id="payments-results" title={filter.day ? t('resultsForDay', { day: formatDay(filter.day, locale) }) : t('results')}>
        {page.rows.length === 0 ? <p>{t('empty')}</p> : <PaymentsTable rows={page.rows} />}
        {page.page > 1 || page.hasNext ? <p className="text-gray-700">{t('pagination.current', { page: page.page })}</p> : null}
        <AdminLinks label={t('pagination.label')} links={pages} />
      </AdminSection>
    </div>
  );
}
