import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminLinks, AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { FilterActions, FilterInput, FilterSelect } from '@/components/admin/filter-form';
import { ImportServiceForm } from '@/components/admin/services/service-forms';
import { ServicesTable } from '@/components/admin/services/services-table';
import { requireStaff } from '@/lib/auth/session';
import { pick, toLocale } from '@/lib/i18n/config';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { SERVICE_STATUSES, type TServiceStatus } from '@/lib/services/admin/schemas';
import { getServiceFormOptions, listServicesAdmin } from '@/lib/services/admin/services';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('servicesAdmin'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

/** The link to another page of the same search. */
function pageHref({ q, status }: { q?: string; status?: TServiceStatus }, page: number) {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (status) query.set('status', status);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/services?${text}` : '/admin/services';
}

export default async function ServicesAdminPage({ searchParams }: TProps) {
  const user = await requireStaff('/admin/services', ['ADMIN']);
  const params = await searchParams;
  const q = firstParam(params.q)?.slice(0, 200);
  const rawStatus = firstParam(params.status);
  const status = SERVICE_STATUSES.find((s) => s === rawStatus);
  const page = Number.parseInt(firstParam(params.page) ?? '1', 10) || 1;
  const [t, locale] = await Promise.all([getTranslations('servicesAdmin'), getLocale().then(toLocale)]);
  const [list, options] = await Promise.all([listServicesAdmin(user, { query: q, status, page }), getServiceFormOptions(user)]);

  const pages = [
    ...(list.page > 1 ? [{ href: pageHref({ q, status }, list.page - 1), label: t('pagination.previous') }] : []),
    ...(list.page < list.pageCount ? [{ href: pageHref({ q, status }, list.page + 1), label: t('pagination.next') }] : []),
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <p>
        <Link href="/admin/services/new" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white no-underline hover:bg-brand-800">
          {t('newService')}
        </Link>
      </p>
      <AdminSection id="services-search" title={t('search.title')} framed>
        <form method="get" action="/admin/services" role="search" aria-label={t('search.label')} className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <FilterInput id="services-q" label={t('search.query')} hint={t('search.queryHint')} name="q" type="search" defaultValue={q ?? ''} />
            <FilterSelect id="services-status" label={t('search.status')} name="status" defaultValue={status ?? ''}>
              <option value="">{t('search.statusAll')}</option>
              {SERVICE_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`search.statuses.${value}`)}
                </option>
              ))}
            </FilterSelect>
          </div>
          <FilterActions apply={t('search.apply')} reset={t('search.clear')} resetHref="/admin/services" />
        </form>
      </AdminSection>
      <AdminSection id="services-results" title={t('list.title')}>
        <p role="status">{t('list.count', { count: list.total, page: list.page, pages: list.pageCount })}</p>
        {list.rows.length === 0 ? <p>{t('list.empty')}</p> : <ServicesTable rows={list.rows} locale={locale} />}
        <AdminLinks label={t('pagination.label')} links={pages} />
      </AdminSection>
      <AdminSection id="services-import" title={t('import.title')} framed>
        <p className="mb-4 text-gray-700">{t('import.lead')}</p>
        <ImportServiceForm departments={options.departments.map((d) => ({ id: d.id, name: `${pick(locale, d.nameRo, d.nameEn)} (${d.slug})` }))} />
      </AdminSection>
    </div>
  );
}
