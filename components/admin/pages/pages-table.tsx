import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TContentPageOverview } from '@/lib/content/admin';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/time';

/** The five public pages: name (to its edit page), current version, when and by whom it was published. */
export async function ContentPagesTable({ pages }: { pages: TContentPageOverview[] }) {
  const [t, tNames, locale] = await Promise.all([getTranslations('contentPages.list'), getTranslations('contentPages.names'), getLocale().then(toLocale)]);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['page', 'version', 'publishedAt', 'publishedBy'] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pages.map((page) => (
            <tr key={page.key} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/pages/${page.key}`} className="font-semibold">
                  {tNames(page.key)}
                </Link>
                <span className="block text-sm text-gray-700">/{page.key}</span>
              </th>
              <td className="px-3 py-2">{page.number === null ? t('default') : t('versionNumber', { number: page.number })}</td>
              <td className="px-3 py-2">{page.publishedAt ? formatDateTime(page.publishedAt, locale) : t('unknownPublisher')}</td>
              <td className="px-3 py-2">{page.publishedBy ?? t('unknownPublisher')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
