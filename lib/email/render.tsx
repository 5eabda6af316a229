import { render } from '@react-email/render';
import { createTranslator } from 'next-intl';
import { NoticeEmail } from '@/lib/email/templates/notice';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';

export type TRenderedEmail = { subject: string; html: string; text: string; template: string };

/**
 * Renders a notice from the city hall (the building block of every transactional email) in the
 * recipient's language, as HTML and plain text.
 */
export async function renderNoticeEmail({
  locale,
  template,
  subject,
  name,
  paragraphs,
  action,
}: {
  locale: TLocale;
  template: string;
  subject: string;
  name?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}): Promise<TRenderedEmail> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'email' });
  const element = (
    <NoticeEmail
      locale={locale}
      greeting={name ? t('greetingNamed', { name }) : t('greeting')}
      paragraphs={paragraphs}
      action={action}
      footer={t('footer')}
    />
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text, template };
}
