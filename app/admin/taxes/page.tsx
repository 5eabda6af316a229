import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminLinks, AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { TaxImportForm } from '@/components/admin/taxes/tax-import-form';
import { TaxImportsTable } from '@/components/admin/taxes/tax-imports-table';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { canManagePayments } from '@/lib/payments/staff-access';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { listTaxImports } from '@/lib/taxes/admin';
import { TAX_FILE_MAX_MB } from '@/lib/taxes/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('taxesAdmin'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

const pageHref = (page: number) => (page <= 1 ? '/admin/taxes' : `/admin/taxes?page=${page}`);

/** /admin/taxes: the tax office imports its system's export and sees the files imported so far. */
export default async function TaxImportsPage({ searchParams }: TProps) {
  const user = await requireStaff('/admin/taxes');
  if (!(await canManagePayments(user))) forbidden();
  const requested = Number(firstParam((await searchParams).page) ?? '1');
  const [t, locale] = await Promise.all([getTranslations('taxesAdmin'), getLocale().then(toLocale)]);
  const list = await listTaxImports(user, { page: Number.isFinite(requested) ? requested : 1 });

  const pages = [
    ...(list.page > 1 ? [{ href: pageHref(list.page - 1), label: t('imports.pagination.newer') }] : []),
    ...(list.hasNext ? [{ href: pageHref(list.page + 1), label: t('imports.pagination.older') }] : []),
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="tax-import-form" title={t('form.title')} framed>
        <TaxImportForm maxMb={TAX_FILE_MAX_MB} />
      </AdminSection>
      <AdminSection id="tax-imports" title={t('imports.title')}>
        {list.rows.length === 0 ? <p>{t('imports.empty')}</p> : <TaxImportsTable rows={list.rows} locale={locale} caption={t('imports.caption')} />}
        <AdminLinks label={t('imports.pagination.label')} links={pages} />
      </AdminSection>
    </div>
  );
}
