/**
 * The legal term of a request as the clerk needs it: the last day, the term the request was filed
 * with (length and unit, legal basis, extension used or allowed) and where it stands now — working
 * days left, overdue, standing still while the city hall waits for the applicant, or tacitly
 * approved, with the legal text.
 */
import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import type { TRequestTerm } from '@/lib/requests/queries/filed-request';
import { termStanding, type TCalendar } from '@/lib/requests/terms';
import { formatDate } from '@/lib/time';

export async function TermFacts({ dueAt, open, term, now, calendar, locale }: { dueAt: Date; open: boolean; term: TRequestTerm; now: Date; calendar: TCalendar; locale: TLocale }) {
  const [t, tt] = await Promise.all([getTranslations('staffRequest'), getTranslations('legalTerm')]);
  const { snapshot } = term;
  const due = formatDate(dueAt, locale);
  const stateOf = () => {
    if (!open) return null;
    if (term.tacitApprovedAt) return term.tacitBasis ? t('term.tacit', { date: due, basis: term.tacitBasis }) : t('term.tacitByLaw', { date: due });
    if (term.suspended) return t(term.suspended.reason === 'fee' ? 'term.suspendedFee' : 'term.suspendedInfo', { date: formatDate(term.suspended.since, locale) });
    const standing = termStanding(dueAt, now, calendar);
    return standing.state === 'overdue' ? tt('overdue', { n: standing.overdue }) : tt('left', { n: standing.left });
  };
  const state = stateOf();
  return (
    <>
      <dt className="font-semibold">{t('dueAt')}</dt>
      <dd>
        <time dateTime={dueAt.toISOString()}>{due}</time>
        {term.extendedAt ? ` (${t('extended')})` : null}
      </dd>
      {state ? (
        <>
          <dt className="font-semibold">{t('term.state')}</dt>
          <dd data-testid="term-state">{state}</dd>
        </>
      ) : null}
      {snapshot ? (
        <>
          <dt className="font-semibold">{t('term.length')}</dt>
          <dd>{t('term.lengthValue', { days: snapshot.days, unit: snapshot.unit })}</dd>
          <dt className="font-semibold">{t('term.basis')}</dt>
          <dd>{term.legalBasis ?? t('term.noBasis')}</dd>
          <dt className="font-semibold">{t('term.extension')}</dt>
          <dd>
            {term.extendedAt
              ? t('term.extensionUsed', { days: term.extensionDays, unit: snapshot.unit, date: formatDate(term.extendedAt, locale) })
              : snapshot.maxExtensionDays > 0
                ? t('term.extensionAllowed', { days: snapshot.maxExtensionDays, unit: snapshot.unit })
                : t('term.extensionNone')}
          </dd>
        </>
      ) : (
        <>
          <dt className="font-semibold">{t('term.title')}</dt>
          <dd className="text-sm text-gray-700">{t('term.noSnapshot')}</dd>
        </>
      )}
    </>
  );
}
