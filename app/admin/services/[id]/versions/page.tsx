import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminSection } from '@/components/admin/admin-page';
import { FilterSelect } from '@/components/admin/filter-form';
import { VersionDiff } from '@/components/admin/services/version-diff';
import { requireStaff } from '@/lib/auth/session';
import { pick, toLocale } from '@/lib/i18n/config';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { getServiceVersionDiff, listServiceVersions } from '@/lib/services/admin/services';
import { formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('servicesAdmin.versions'))('title') };
}

export default async function ServiceVersionsPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/services/${id}/versions`, ['ADMIN']);
  const query = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('servicesAdmin.versions'), getLocale().then(toLocale)]);
  const service = await listServiceVersions(user, id);
  if (!service) notFound();
  const numbers = service.versions.map((v) => v.number);
  const asNumber = (value: unknown) => {
    const n = Number.parseInt(firstParam(value) ?? '', 10);
    return numbers.includes(n) ? n : undefined;
  };
  // By default, the latest version against the one before it.
  const to = asNumber(query.to) ?? numbers[0];
  const from = asNumber(query.from) ?? numbers.find((n) => to !== undefined && n < to) ?? numbers[1];
  const diff = from !== undefined && to !== undefined ? await getServiceVersionDiff(user, id, from, to) : null;
  const title = pick(locale, service.titleRo, service.titleEn);

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/services/${service.id}`}>{t('back', { title })}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('heading', { title })}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('lead')}</p>
      </div>

      <AdminSection id="versions-list" title={t('listTitle')}>
        {service.versions.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
            <table className="w-full min-w-[40rem] border-collapse text-left">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b-2 border-gray-400">
                  {(['number', 'publishedBy', 'publishedAt', 'requests'] as const).map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 font-semibold">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {service.versions.map((version) => (
                  <tr key={version.number} className="border-b border-gray-200">
                    <th scope="row" className="px-3 py-2 font-semibold">
                      {t('number', { number: version.number })}
                    </th>
                    <td className="px-3 py-2">{version.publishedBy ?? t('demoData')}</td>
                    <td className="px-3 py-2">
                      <time dateTime={version.publishedAt.toISOString()}>{formatDateTime(version.publishedAt, locale)}</time>
                    </td>
                    <td className="px-3 py-2">{version.requests}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AdminSection>

      {service.versions.length >= 2 ? (
        <AdminSection id="versions-compare" title={t('compareTitle')} framed>
          <form method="get" action={`/admin/services/${service.id}/versions`} className="mb-6 flex flex-wrap items-end gap-4">
            <FilterSelect id="versions-from" label={t('from')} name="from" defaultValue={from !== undefined ? String(from) : ''}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {t('number', { number: n })}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect id="versions-to" label={t('to')} name="to" defaultValue={to !== undefined ? String(to) : ''}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {t('number', { number: n })}
                </option>
              ))}
            </FilterSelect>
            <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">
              {t('compare')}
            </button>
          </form>
          {diff && from !== undefined && to !== undefined ? (
            <div className="space-y-4">
              <h3 className="text-xl font-bold text-brand-900">{t('diffTitle', { from, to })}</h3>
              <VersionDiff diff={diff} locale={locale} />
            </div>
          ) : null}
        </AdminSection>
      ) : null}
    </div>
  );
}
