'use client';

/**
 * What /verify says of an issued document: only what the document itself shows (its kind, number
 * and date, the code, the seal), in the page's language. Used by the code's page (from the server)
 * and by a file check's answer (through the server action, where dates may arrive as strings).
 */
import { useLocale, useTranslations } from 'next-intl';
import { toLocale } from '@/lib/i18n/config';
import type { TIssuedFacts } from '@/lib/issued/verify';
import { formatDate, formatDateTime } from '@/lib/time';

export function IssuedFacts({ facts }: { facts: TIssuedFacts }) {
  const t = useTranslations('verify');
  const locale = toLocale(useLocale());
  const at = (value: Date | string) => formatDateTime(new Date(value), locale);
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="issued-facts">
      <dt className="font-semibold">{t('facts.kind')}</dt>
      <dd>{t(`kind.${facts.kind}`)}</dd>
      <dt className="font-semibold">{t('facts.registrationNumber')}</dt>
      <dd className="font-mono">{facts.registrationNumber}</dd>
      <dt className="font-semibold">{t('facts.registeredAt')}</dt>
      <dd>{formatDate(new Date(facts.registeredAt), locale)}</dd>
      <dt className="font-semibold">{t('facts.code')}</dt>
      <dd className="font-mono">{facts.code}</dd>
      <dt className="font-semibold">{t('facts.seal')}</dt>
      <dd>
        <p>
          {t('facts.sealedBy', { name: facts.sealedBy })} {t('facts.sealedAt', { date: at(facts.sealedAt) })}
          {facts.sealQualified ? null : <> ({t('facts.notQualified')})</>}
        </p>
        {facts.timestampedAt ? <p>{t('facts.timestampedAt', { date: at(facts.timestampedAt) })}</p> : null}
      </dd>
      <dt className="font-semibold">{t('facts.sha256')}</dt>
      <dd className="font-mono text-sm break-all">{facts.sha256}</dd>
    </dl>
  );
}
