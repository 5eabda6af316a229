import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AnswerTerm } from '@/components/requests/answer-term';
import { DashboardStatusIcon, DashboardStatusTag } from '@/components/requests/dashboard-status-tag';
import type { TLocale } from '@/lib/i18n/config';
import { expectationMessage } from '@/lib/requests/expectations';
import type { TDashboardRow } from '@/lib/requests/queries/applicant';
import { formatDate } from '@/lib/time';

/**
 * One page of the applicant's requests: number (to the request), service, status in words, the
 * dates, and what is expected of them now; what needs their action stands out by a framed box, an
 * icon and the words "Acțiune necesară", not by colour alone.
 */
export async function DashboardRequestList({ rows, locale }: { rows: TDashboardRow[]; locale: TLocale }) {
  const [t, tr] = await Promise.all([getTranslations('dashboard'), getTranslations('request.status')]);
  const date = (value: Date) => formatDate(value, locale);
  return (
    <ul className="divide-y divide-gray-200">
      {rows.map((row) => {
        const { action, actionNeeded, term } = row.expectation;
        const message = expectationMessage(action, locale);
        const text = t(`expect.${message.key}`, message.values);
        return (
          <li key={row.id} className="space-y-2 py-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="min-w-0">
                <Link href={`/requests/${row.id}`} className="inline-flex min-h-11 items-center text-lg font-semibold">
                  {row.registrationNumber}
                </Link>
                <span className="block break-words">{row.serviceTitle}</span>
              </p>
              <p>
                <span className="sr-only">{t('statusLabel')} </span>
                <DashboardStatusTag status={row.status} label={tr(row.status)} />
              </p>
            </div>
            <p className="text-sm text-gray-700">
              {t('filedOn', { date: date(row.submittedAt) })}
              {term ? (
                <>
                  {' · '}
                  <AnswerTerm term={term} locale={locale} className={term.kind === 'tacit' ? 'font-semibold text-gray-900' : undefined} />
                </>
              ) : null}
              {!term && row.closedAt ? ` · ${t('closedOn', { date: date(row.closedAt) })}` : null}
            </p>
            {actionNeeded ? (
              <div className="flex items-start gap-3 rounded-lg border-2 border-l-8 border-amber-700 bg-amber-50 p-3 text-amber-950">
                <DashboardStatusIcon status={row.status} className="h-6 w-6" />
                <p className="min-w-0">
                  <strong>{t('actionNeeded')}</strong> {text}
                </p>
              </div>
            ) : (
              <p>{text}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
