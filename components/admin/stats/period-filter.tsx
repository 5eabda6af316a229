import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { STATS_PERIODS, type TStatsPeriod } from '@/lib/stats';

/** The period as links (no script needed); the current one is marked for assistive technology. */
export async function PeriodFilter({ current }: { current: TStatsPeriod }) {
  const t = await getTranslations('stats.period');
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-3">
        {STATS_PERIODS.map((period) => {
          const active = period === current;
          return (
            <li key={period}>
              <Link
                href={period === 'all' ? '/admin/stats' : `/admin/stats?period=${period}`}
                aria-current={active ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-lg border-2 px-4 font-semibold no-underline ${active ? 'border-brand-700 bg-brand-700 text-white' : 'border-gray-500 text-brand-900'}`}
              >
                {t(period)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
