/** Emails about a request, in the applicant's language; each links to the request page. */
import { createTranslator } from 'next-intl';
import { renderNoticeEmail, type TRenderedEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';

export type TRequestEmail = 'submitted' | 'inReview' | 'message' | 'infoRequested' | 'feeRequested' | 'paymentConfirmed' | 'paymentRejected' | 'approved' | 'rejected' | 'deadlineExtended';

/** A date as the city hall's calendar shows it ("12.12.2026" in Romanian). */
export function formatDate(date: Date, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ro-RO', { timeZone: 'Europe/Bucharest', day: '2-digit', month: locale === 'en' ? 'long' : '2-digit', year: 'numeric' }).format(date);
}

/** An amount in lei from bani: "125,50 lei" / "125.50 lei". */
export function formatLei(bani: number, locale: TLocale): string {
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bani / 100)} lei`;
}

export async function renderRequestEmail({
  kind,
  locale,
  name,
  requestId,
  values,
}: {
  kind: TRequestEmail;
  locale: TLocale;
  name?: string;
  requestId: string;
  values: Record<string, string>;
}): Promise<TRenderedEmail> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'requestEmails' });
  return renderNoticeEmail({
    locale,
    template: `request-${kind}`,
    subject: t(`${kind}.subject`, values),
    name,
    // A message from the city hall is quoted in full between the notice and what to do next.
    paragraphs: [t(`${kind}.body`, values), ...(values.body && kind !== 'submitted' ? [values.body] : []), t(`${kind}.after`, values)],
    action: { label: t(`${kind}.button`), url: `${env().appUrl}/requests/${requestId}` },
  });
}
