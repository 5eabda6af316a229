import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { toLocale } from '@/lib/i18n/config';
import type { TSearchParams } from '@/lib/search-params';
import { listCatalog } from '@/lib/services/catalog';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('services');
  return { title: t('title'), description: t('lead') };
}

const ZCatalogSearchSchema = z.object({ q: z.string().max(100).catch('').default('') });

export default async function CatalogPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const { q } = ZCatalogSearchSchema.parse(await searchParams);
  const [t, locale] = await Promise.all([getTranslations('services'), getLocale().then(toLocale)]);
  const { groups, count } = await listCatalog({ locale, query: q });
  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 text-lg text-gray-700">{t('lead')}</p>
      </div>
      <form role="search" action="/services" className="flex max-w-2xl flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="catalog-q" className="block font-semibold">
            {t('searchLabel')}
          </label>
          <input id="catalog-q" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 block min-h-11 w-full rounded-md border-2 border-gray-500 px-3" />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          {t('search')}
        </button>
      </form>
      <p role="status" className="text-gray-700">
        {q ? t('resultsFor', { count, q }) : t('total', { count })}
      </p>
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`cat-${group.slug}`}>
          <h2 id={`cat-${group.slug}`} className="text-2xl font-bold text-brand-900">
            {group.name}
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {group.services.map((service) => (
              <li key={service.slug} className="rounded-lg border border-gray-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/services/${service.slug}`}>{service.title}</Link>
                </h3>
                <p className="mt-1 text-gray-700">{service.summary}</p>
                <p className="mt-2 text-sm text-gray-700">
                  {t('term', { days: service.legalTermDays, unit: service.legalTermUnit, tacit: service.tacitApproval ? 'yes' : 'no' })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {count === 0 && q ? (
        <p>
          <Link href="/services">{t('showAll')}</Link>
        </p>
      ) : null}
    </div>
  );
}
