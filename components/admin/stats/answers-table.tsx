import { getFormatter, getTranslations } from 'next-intl/server';
import type { TAnswerFigures } from '@/lib/stats';

/**
 * Answers within the term for a list of rows (months, services, clerks): a data table with its
 * caption, column headers and a header per row, so that a screen reader names every number.
 */
export async function AnswersTable({ id, caption, labelHeader, rows }: { id: string; caption: string; labelHeader: string; rows: ({ key: string; label: string } & TAnswerFigures)[] }) {
  const [t, format] = await Promise.all([getTranslations('stats'), getFormatter()]);
  const number = (value: number | null) => (value === null ? '–' : format.number(value, { maximumFractionDigits: 1 }));
  const onTime = (row: TAnswerFigures) =>
    row.onTimePercent === null
      ? '–'
      : t('onTimeCell', { percent: format.number(row.onTimePercent / 100, { style: 'percent', maximumFractionDigits: 1 }), onTime: format.number(row.onTime), answered: format.number(row.timed) });
  return (
    // Scrolls sideways on a narrow screen; focusable so that a keyboard can scroll it too.
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto">
      <table id={id} className="w-full border-collapse text-left">
        <caption id={`${id}-caption`} className="mb-3 text-left text-xl font-bold text-brand-900">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="px-2 py-2 font-semibold">
              {labelHeader}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {t('answeredColumn')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {t('onTimeColumn')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {t('medianColumn')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {t('p90Column')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="px-2 py-2 font-normal">
                {row.label}
              </th>
              <td className="px-2 py-2 text-right tabular-nums">{format.number(row.timed)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{onTime(row)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{number(row.medianWorkingDays)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{number(row.p90WorkingDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
