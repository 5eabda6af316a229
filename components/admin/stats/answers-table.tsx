import { getFormatter, getTranslations } from 'next-intl/server';
import type { TAnswerFigures } from '@/lib/stats';

/**
 * Answers within the term for a list of rows (months, services, clerks): a data table with its
 * caption, column headers and a header per row, so that a screen reader names every number.
 */
export async function AnswersTable({ id, caption, labelHeader, rows }: { id: string; caption: string; labelHeader: string; rows: ({ key: string; label: string } & TAnswerFigures)[] }) {
  const [t, format] = await Promise.all([getTranslations('stats'), getFormatter()]);
  // A figure the portal could not compute (no timed answer) is a dash.
  const orDash = (value: number | null, show: (value: number) => string) => (value === null ? '–' : show(value));
  const days = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const columns = [
    { key: 'answeredColumn', cell: (row: TAnswerFigures) => format.number(row.timed) },
    {
      key: 'onTimeColumn',
      cell: (row: TAnswerFigures) =>
        orDash(row.onTimePercent, (percent) =>
          t('onTimeCell', { percent: format.number(percent / 100, { style: 'percent', maximumFractionDigits: 1 }), onTime: format.number(row.onTime), answered: format.number(row.timed) }),
        ),
    },
    { key: 'medianColumn', cell: (row: TAnswerFigures) => orDash(row.medianWorkingDays, days) },
    { key: 'p90Column', cell: (row: TAnswerFigures) => orDash(row.p90WorkingDays, days) },
  ] as const;
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
            {columns.map((column) => (
              <th key={column.key} scope="col" className="px-2 py-2 text-right font-semibold">
                {t(column.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="px-2 py-2 font-normal">
                {row.label}
              </th>
              {columns.map((column) => (
                <td key={column.key} className="px-2 py-2 text-right tabular-nums">
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
