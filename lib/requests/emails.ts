/** Emails about a request, in the applicant's language; each links to the request page. */
import { createTranslator } from 'next-intl';
import { renderNoticeEmail, type TRenderedEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';

export type TRequestEmail = 'submitted';

/** A date as the city hall's calendar shows it ("12.12.2026" in Romanian). */
export function formatDate(date: Date, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ro-RO', { timeZone: 'Europe/Bucharest', day: '2-digit', month: locale === 'en' ? 'long' : '2-digit', year: 'numeric' }).format(date);
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
    paragraphs: [t(`${kind}.body`, values), t(`${kind}.after`, values)],
    action: { label: t(`${kind}.button`), url: `${env().appUrl}/requests/${requestId}` },
  });
}
