/**
 * Where the city hall's term to answer stands, in one sentence for the applicant: "Primăria
 * răspunde până la 28.12.2026.", stopped until they answer or pay, past, or tacitly approved with
 * the legal text. Used by the request page, the dashboard and the public status lookup (a client
 * component there: no server-only import here).
 */
import { useTranslations } from 'next-intl';
import type { TLocale } from '@/lib/i18n/config';
import { answerTermMessage, type TAnswerTerm } from '@/lib/requests/expectations';

export function AnswerTerm({ term, locale, className }: { term: TAnswerTerm; locale: TLocale; className?: string }) {
  const t = useTranslations('answerTerm');
  const message = answerTermMessage(term, locale);
  return (
    <span className={className} data-testid="answer-term">
      {t(message.key, message.values)}
    </span>
  );
}
