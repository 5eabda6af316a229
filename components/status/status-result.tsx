'use client';

/**
 * What the receipt's holder sees: the status in words, the filing date, where the city hall's term
 * to answer stands while the request is open (its date, stopped until they answer or pay, tacitly
 * approved), and what happened when (event types and dates only).
 */
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { AnswerTerm } from '@/components/requests/answer-term';
import { DashboardStatusTag } from '@/components/requests/dashboard-status-tag';
import { toLocale } from '@/lib/i18n/config';
import type { TAnswerTerm } from '@/lib/requests/expectations';
import type { TPublicStatus, TPublicTerm } from '@/lib/requests/queries/status-lookup';
import { formatDate } from '@/lib/time';

/** The public term in the page's language, its dates as dates again. */
function answerTermIn(term: TPublicTerm, locale: 'ro' | 'en'): TAnswerTerm {
  if (term.kind === 'tacit') return { kind: 'tacit', dueAt: new Date(term.dueAt), legalBasis: term.legalBasis[locale] };
  return term.kind === 'suspended' ? term : { ...term, dueAt: new Date(term.dueAt) };
}

export function StatusResult({ result, onAnother, large }: { result: TPublicStatus; onAnother: () => void; large: boolean }) {
  const t = useTranslations('status');
  const tStatus = useTranslations('request.status');
  const tEvent = useTranslations('timeline.type');
  const locale = toLocale(useLocale());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Through the server action the dates may arrive as strings.
  const date = (value: Date | string) => formatDate(new Date(value), locale);
  return (
    <section aria-labelledby="status-result-title" className={`space-y-6 rounded-lg border-2 border-brand-700 bg-white p-5 ${large ? 'text-xl' : ''}`} data-testid="status-result">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{locale === 'en' ? result.service.en : result.service.ro}</p>
        <h2 id="status-result-title" ref={heading} tabIndex={-1} className={`mt-1 font-bold text-brand-900 focus:outline-none ${large ? 'text-3xl' : 'text-2xl sm:text-3xl'}`}>
          {t('resultTitle', { number: result.registrationNumber })}
        </h2>
      </div>
      <div className="space-y-2">
        <p className="font-semibold">{t('statusLabel')}</p>
        <p className={large ? 'text-2xl' : 'text-lg'}>
          <DashboardStatusTag status={result.status} label={tStatus(result.status)} />
        </p>
        <p>{t(`meaning.${result.status}`)}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('submittedAt')}</dt>
        <dd>{date(result.submittedAt)}</dd>
        {result.term ? (
          <>
            <dt className="font-semibold">{t('dueAt')}</dt>
            <dd>
              <AnswerTerm term={answerTermIn(result.term, locale)} locale={locale} />
            </dd>
          </>
        ) : null}
      </dl>
      <div>
        <h3 className={`font-bold text-brand-900 ${large ? 'text-2xl' : 'text-xl'}`}>{t('eventsTitle')}</h3>
        <ol className="mt-3 space-y-2 border-l-4 border-brand-100 pl-5" data-testid="status-events">
          {result.events.map((event, index) => (
            <li key={index} className="flex flex-wrap gap-x-3">
              <time dateTime={new Date(event.at).toISOString()} className="font-semibold tabular-nums">
                {date(event.at)}
              </time>
              <span>{tEvent(event.type)}</span>
            </li>
          ))}
        </ol>
      </div>
      <p>{t.rich('detailsLine', { link: (chunks) => <Link href="/login">{chunks}</Link> })}</p>
      <button type="button" onClick={onAnother} className={`rounded-lg border-2 border-brand-700 bg-white px-6 font-semibold text-brand-800 ${large ? 'min-h-16 text-2xl' : 'min-h-12 text-lg'}`}>
        {t('another')}
      </button>
    </section>
  );
}
