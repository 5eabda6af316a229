import { render as toHtml } from '@react-email/render';
import { createTranslator } from 'next-intl';
import { NoticeEmail } from '@/lib/email/templates/notice';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import type { TMunicipality } from '@/lib/settings/municipality';

export type TRenderedEmail = {
  subject: string;
  template: string;
  /**
   * The body, with the city hall's details given: queueEmail renders it once, with the settings
   * saved in /admin/settings (or their defaults) read through the caller's transaction.
   */
  render: (municipality: TMunicipality) => Promise<{ html: string; text: string }>;
};

/**
 * A notice from the city hall (the building block of every transactional email) in the
 * recipient's language, rendered as HTML and plain text once the city hall's details are known.
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
  const render = async (city: TMunicipality) => {
    const element = (
      <NoticeEmail
        locale={locale}
        municipality={city}
        greeting={name ? t('greetingNamed', { name }) : t('greeting')}
        paragraphs={paragraphs}
        action={action}
        footer={t('footer')}
      />
    );
    const [html, text] = await Promise.all([toHtml(element), toHtml(element, { plainText: true })]);
    return { html, text };
  };
  return { subject, template, render };
}
