import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pick, type TLocale } from '@/lib/i18n/config';
import type { TServiceListRow } from '@/lib/services/admin/services';

/** The services of one page of the list: title (to its page), category, department, state and latest version. */
export async function ServicesTable({ rows, locale }: { rows: TServiceListRow[]; locale: TLocale }) {
  const t = await getTranslations('servicesAdmin.list');
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="w-full min-w-[52rem] border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['title', 'category', 'department', 'status', 'version'] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/services/${row.id}`} className="font-semibold">
                  {pick(locale, row.titleRo, row.titleEn)}
                </Link>
                <span className="block text-sm text-gray-700">{row.slug}</span>
              </th>
              <td className="px-3 py-2">{pick(locale, row.category.nameRo, row.category.nameEn)}</td>
              <td className="px-3 py-2">
                {pick(locale, row.department.nameRo, row.department.nameEn)}
                {row.department.active ? null : <span className="block text-sm text-gray-700">{t('departmentInactive')}</span>}
              </td>
              <td className="px-3 py-2">
                {t(`status.${row.status}`)}
                {row.hasWorkingCopy ? <span className="block text-sm text-gray-700">{t('workingCopy')}</span> : null}
              </td>
              <td className="px-3 py-2">{row.latestVersion === null ? t('noVersion') : t('versionNumber', { number: row.latestVersion })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
