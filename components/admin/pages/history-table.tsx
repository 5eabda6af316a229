import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TContentPageEditor } from '@/lib/content/admin';
import { toLocale } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/time';

/** The published versions of a page, newest first: who published each and when, and a link to read it. */
export async function VersionHistory({ editor }: { editor: TContentPageEditor }) {
  const [t, locale] = await Promise.all([getTranslations('contentPages.history'), getLocale().then(toLocale)]);
  if (editor.history.length === 0) return <p>{t('none')}</p>;
  const accessibility = editor.key === 'accessibility';
  const terms = editor.history.some((v) => v.termsVersion);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('version')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('publishedAt')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('publishedBy')}
            </th>
            {accessibility ? (
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('reviewedAt')}
              </th>
            ) : null}
            {terms ? (
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('terms')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {editor.history.map((version, index) => (
            <tr key={version.number} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/pages/${editor.key}/versions/${version.number}`} className="font-semibold">
                  {t('view', { number: version.number })}
                </Link>
                {index === 0 ? <span className="ml-2 text-gray-700">({t('current')})</span> : null}
              </th>
              <td className="px-3 py-2">{formatDateTime(version.publishedAt, locale)}</td>
              <td className="px-3 py-2">{version.publishedBy ?? t('initial')}</td>
              {accessibility ? <td className="px-3 py-2">{version.reviewedAt ? formatDate(version.reviewedAt, locale) : '—'}</td> : null}
              {terms ? <td className="px-3 py-2">{version.termsVersion ? t('termsValue', { version: version.termsVersion.version, count: version.termsVersion.acceptances }) : '—'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
