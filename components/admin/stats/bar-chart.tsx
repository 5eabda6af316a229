/**
 * A bar chart that is also its own data table: screen readers read the table (label, number),
 * the bars are decoration drawn in CSS, sized against the largest value.
 */
export function BarChart({
  id,
  caption,
  labelHeader,
  valueHeader,
  rows,
  formatValue = String,
}: {
  id: string;
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: { key: string; label: string; value: number }[];
  formatValue?: (value: number) => string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-3">
      <figcaption id={`${id}-caption`} className="text-xl font-bold text-brand-900">
        {caption}
      </figcaption>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="w-2/5 px-2 py-2 font-semibold">
              {labelHeader}
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="px-2 py-2 align-middle font-normal">
                {row.label}
              </th>
              <td className="px-2 py-2">
                <div className="flex items-center gap-3">
                  <span aria-hidden="true" className="block h-5 flex-1 rounded bg-gray-100">
                    <span className="block h-5 rounded bg-brand-700" style={{ width: `${(row.value / max) * 100}%` }} />
                  </span>
                  <span className="w-14 shrink-0 text-right font-semibold tabular-nums">{formatValue(row.value)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
