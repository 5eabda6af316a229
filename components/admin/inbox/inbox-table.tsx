import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import type { TInboxRow, TInboxSort } from '@/lib/requests/queries/inbox';
import { dueState, termStanding, type TCalendar } from '@/lib/requests/terms';
import { isOpen } from '@/lib/requests/workflow';
import { formatDate } from '@/lib/time';

/** dd.mm.yyyy in both languages: the format of the paper registry the clerks compare it with. */
const registryDate = (value: Date) => formatDate(value, 'ro');

type TTermCell = { text: string; tone: 'overdue' | 'soon' | 'still' | null; tacit: boolean };

/**
 * One page of requests. The "Termen" column gives the last day and, for an open request, where
 * its term stands in working days (lib/requests/terms.ts): "depășit cu 3 zile lucrătoare" in red,
 * "mai sunt 2 zile lucrătoare" (at most 3) in amber, "termen suspendat" while the city hall waits for
 * the applicant, and "aprobare tacită" once silence approved it: the words carry the meaning, the
 * colour only repeats it.
 */
export async function InboxTable({ rows, sort, locale, now, calendar }: { rows: TInboxRow[]; sort: TInboxSort; locale: TLocale; now: Date; calendar: TCalendar }) {
  const [t, tr, tt] = await Promise.all([getTranslations('inbox.table'), getTranslations('request.status'), getTranslations('legalTerm')]);
  const termOf = (row: TInboxRow): TTermCell | null => {
    if (!isOpen(row.status)) return null;
    const tacit = row.tacitApprovedAt !== null;
    if (row.termSuspendedSince) return { text: tt('suspended'), tone: 'still', tacit };
    // The tone is the rule of lib/requests/terms.ts (overdue, or within DUE_SOON_WORKING_DAYS), not repeated here.
    const tone = dueState(row.dueAt, true, now, calendar);
    const standing = termStanding(row.dueAt, now, calendar);
    return { text: standing.state === 'overdue' ? tt('overdue', { n: standing.overdue }) : tt('left', { n: standing.left }), tone, tacit };
  };
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
            const term = termOf(row);
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
                <td className={`px-2 py-2 whitespace-nowrap ${term?.tone === 'overdue' ? 'font-semibold text-red-700' : term?.tone === 'soon' ? 'font-semibold text-amber-800' : ''}`}>
                  <time dateTime={row.dueAt.toISOString()}>{registryDate(row.dueAt)}</time>
                  {term ? <span className={`block text-sm ${term.tone === 'still' ? 'italic text-gray-700' : ''}`}>{term.text}</span> : null}
                  {term?.tacit ? (
                    <span className="mt-1 inline-block rounded border-2 border-red-700 px-2 text-sm font-semibold text-red-800">{tt('tacit')}</span>
                  ) : null}
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
