import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { AnswersTable } from '@/components/admin/stats/answers-table';
import { BarChart } from '@/components/admin/stats/bar-chart';
import { PeriodFilter } from '@/components/admin/stats/period-filter';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { getRequestStats, toStatsPeriod } from '@/lib/stats';
import { TIME_ZONE } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('stats'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-gray-300 p-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-brand-900 tabular-nums">{value}</dd>
      {note ? <dd className="mt-1 text-sm text-gray-700">{note}</dd> : null}
    </div>
  );
}

export default async function StatsPage({ searchParams }: TProps) {
  const user = await requireStaff('/admin/stats');
  const period = toStatsPeriod(firstParam((await searchParams).period));
  const [t, tr, format, locale] = await Promise.all([getTranslations('stats'), getTranslations('request'), getFormatter(), getLocale().then(toLocale)]);
  const stats = await getRequestStats(user, { period });
  const { departments } = stats;
  const workingDays = (value: number | null) => (value === null ? '–' : t('workingDays', { days: value }));
  const percent = (value: number | null) => (value === null ? '–' : format.number(value / 100, { style: 'percent', maximumFractionDigits: 1 }));
  const count = (value: number) => format.number(value);
  // The middle of the month, at noon: the same month on any time zone.
  const monthName = (month: string) => format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
  const { answered } = stats;

  return (
    <div className="space-y-8">
      <AdminPageHeading
        title={t('title')}
        lead={
          departments === null
            ? t('scopeAll')
            : departments.length === 0
              ? t('scopeNone')
              : t('scopeDepartments', { departments: departments.map((d) => (locale === 'en' ? d.nameEn : d.nameRo)).join(', ') })
        }
      />
      <PeriodFilter current={period} />
      <AdminSection id="stats-summary" title={`${t('summary')} – ${t(`period.${period}`)}`}>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Figure label={t('filed')} value={count(stats.filed)} />
          <Figure label={t('onTime')} value={percent(answered.onTimePercent)} note={t('onTimeNote', { onTime: count(answered.onTime), judged: count(answered.timed) })} />
          <Figure label={t('median')} value={workingDays(answered.medianWorkingDays)} note={t('answeredCount', { count: answered.count })} />
          <Figure label={t('p90')} value={workingDays(answered.p90WorkingDays)} note={t('p90Note')} />
          <Figure label={t('overdue')} value={count(stats.overdue)} note={t('overdueNote')} />
        </dl>
        <p className="text-sm text-gray-700">{t('method')}</p>
      </AdminSection>
      <section aria-labelledby="stats-charts" className="space-y-8">
        <h2 id="stats-charts" className="sr-only">
          {t('charts')}
        </h2>
        <BarChart
          id="by-status"
          caption={t('byStatus')}
          labelHeader={t('status')}
          valueHeader={t('requests')}
          rows={stats.byStatus.map((s) => ({ key: s.status, label: tr(`status.${s.status}`), value: s.count }))}
          formatValue={count}
        />
        {stats.byService.length === 0 ? (
          <p>{t('noRequests')}</p>
        ) : (
          <BarChart
            id="by-service"
            caption={t('byService')}
            labelHeader={t('service')}
            valueHeader={t('requests')}
            rows={stats.byService.map((s) => ({ key: s.serviceId, label: locale === 'en' ? s.titleEn : s.titleRo, value: s.count }))}
            formatValue={count}
          />
        )}
      </section>
      <AdminSection id="stats-answers" title={t('answers')}>
        <AnswersTable id="answers-by-month" caption={t('byMonth')} labelHeader={t('month')} rows={stats.byMonth.map((m) => ({ key: m.month, label: monthName(m.month), ...m }))} />
        {stats.answersByService.length === 0 ? (
          <p>{t('noAnswers')}</p>
        ) : (
          <>
            <AnswersTable
              id="answers-by-service"
              caption={`${t('answersByService')} – ${t(`period.${period}`)}`}
              labelHeader={t('service')}
              rows={stats.answersByService.map((s) => ({ key: s.serviceId, label: locale === 'en' ? s.titleEn : s.titleRo, ...s }))}
            />
            <AnswersTable
              id="answers-by-clerk"
              caption={`${t('answersByClerk')} – ${t(`period.${period}`)}`}
              labelHeader={t('clerk')}
              rows={stats.answersByClerk.map((c) => ({ key: c.clerkId ?? 'none', label: c.name ?? t('unassigned'), ...c }))}
            />
          </>
        )}
      </AdminSection>
    </div>
  );
}
