/** The imports of the tax office's files, newest first: when, which file, how many rows, who. */
import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import type { TTaxImportRow } from '@/lib/taxes/admin';
import { formatDateTime } from '@/lib/time';

export async function TaxImportsTable({ rows, locale, caption }: { rows: TTaxImportRow[]; locale: TLocale; caption: string }) {
  const t = await getTranslations('taxesAdmin.imports');
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[44rem] border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="px-2 py-2 font-semibold">{t('date')}</th>
            <th scope="col" className="px-2 py-2 font-semibold">{t('file')}</th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">{t('rows')}</th>
            <th scope="col" className="px-2 py-2 font-semibold">{t('exportedAt')}</th>
            <th scope="col" className="px-2 py-2 font-semibold">{t('by')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200 align-top">
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time>
              </td>
              <td className="px-2 py-2">
                <span className="block break-all font-semibold">{row.fileName}</span>
                <code className="block text-xs break-all text-gray-700" title="SHA-256">
                  {row.sha256.slice(0, 16)}…
                </code>
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{row.rowCount}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={row.exportedAt.toISOString()}>{formatDateTime(row.exportedAt, locale)}</time>
              </td>
              <td className="px-2 py-2">{row.importedBy ?? <span className="text-gray-700">{t('system')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
