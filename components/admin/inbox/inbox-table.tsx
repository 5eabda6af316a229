import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import { dueState } from '@/lib/requests/deadlines';
import type { TInboxRow, TInboxSort } from '@/lib/requests/queries/inbox';
import { isOpen } from '@/lib/requests/workflow';
import { formatDate } from '@/lib/time';

/** dd.mm.yyyy in both languages: the format of the paper registry the clerks compare it with. */
const registryDate = (value: Date) => formatDate(value, 'ro');

/**
 * One page of requests. An overdue deadline is red and says "depășit", one within 3 days amber
 * with "în 3 zile": the words carry the meaning, the colour only repeats it.
 */
export async function InboxTable({ rows, sort, locale, now }: { rows: TInboxRow[]; sort: TInboxSort; locale: TLocale; now: Date }) {
  const [t, tr] = await Promise.all([getTranslations('inbox.table'), getTranslations('request.status')]);
  const columns = ['registrationNumber', 'service', 'applicant', 'submittedAt', 'dueAt', 'status', 'assignee'] as const;
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="inbox-caption" tabIndex={0}>
      <table className="w-full min-w-[60rem] border-collapse text-left">
        <caption id="inbox-caption" className="mb-2 text-left text-lg font-semibold text-brand-900">
          {t(sort === 'due' ? 'captionDue' : 'captionSubmitted')}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-2 font-semibold">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const due = dueState(row.dueAt, isOpen(row.status), now);
            return (
              <tr key={row.id} className="border-b border-gray-200 align-top">
                <th scope="row" className="px-2 py-2 font-normal whitespace-nowrap">
                  <Link href={`/admin/requests/${row.id}`} className="font-semibold">
                    {row.registrationNumber}
                  </Link>
                </th>
                <td className="px-2 py-2">{locale === 'en' ? row.service.titleEn : row.service.titleRo}</td>
                <td className="px-2 py-2">{row.applicantName}</td>
                <td className="px-2 py-2 whitespace-nowrap">
                  <time dateTime={row.submittedAt.toISOString()}>{registryDate(row.submittedAt)}</time>
                </td>
                <td className={`px-2 py-2 whitespace-nowrap ${due === 'overdue' ? 'font-semibold text-red-700' : due === 'soon' ? 'font-semibold text-amber-800' : ''}`}>
                  <time dateTime={row.dueAt.toISOString()}>{registryDate(row.dueAt)}</time>
                  {due ? <span className="block text-sm">{t(due === 'overdue' ? 'overdue' : 'dueSoon')}</span> : null}
                </td>
                <td className="px-2 py-2">
                  <span className="inline-block rounded-full border-2 border-brand-700 px-3 py-0.5 text-sm font-semibold whitespace-nowrap text-brand-900">{tr(row.status)}</span>
                </td>
                <td className="px-2 py-2">
                  {row.assignee ? (
                    row.assignee.name
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{t('noAssignee')}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
