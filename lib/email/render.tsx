import { render } from '@react-email/render';
import { createTranslator } from 'next-intl';
import { NoticeEmail } from '@/lib/email/templates/notice';
import type { TLocale } from '@/lib/i18n/config';
import { env } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { municipalityFrom, type TMunicipality } from '@/lib/settings/municipality';

export type TRenderedEmail = {
  subject: string;
  html: string;
  text: string;
  template: string;
  /**
   * The same email with the city hall's details given: queueEmail renders it again with the
   * settings saved in /admin/settings, read in its own transaction (a read on another connection
   * while the caller's transaction holds one could wait for the pool forever under load).
   */
  withMunicipality?: (municipality: TMunicipality) => Promise<Pick<TRenderedEmail, 'html' | 'text'>>;
};

/**
 * Renders a notice from the city hall (the building block of every transactional email) in the
 * recipient's language, as HTML and plain text. With `municipality`, with those details; without,
 * with the settings' defaults, and queueEmail renders it again with the saved settings.
 */
export async function renderNoticeEmail({
  locale,
  template,
  subject,
  name,
  paragraphs,
  action,
  municipality,
}: {
  locale: TLocale;
  template: string;
  subject: string;
  name?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  municipality?: TMunicipality;
}): Promise<TRenderedEmail> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'email' });
  const renderWith = async (city: TMunicipality) => {
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
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    return { html, text };
  };
  if (municipality) return { subject, template, ...(await renderWith(municipality)) };
  return { subject, template, ...(await renderWith(municipalityFrom(null, env()))), withMunicipality: renderWith };
}
