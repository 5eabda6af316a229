/** The account emails (activation, reset, notices), in the recipient's language. */
import { createTranslator } from 'next-intl';
import { renderNoticeEmail, type TRenderedEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';

export type TAccountEmail = 'activation' | 'existingAccount' | 'existingPending' | 'reset' | 'passwordChanged' | 'emailChangeConfirm' | 'emailChangedNotice' | 'accountDeleted';

const LINKS: Partial<Record<TAccountEmail, (token?: string) => string>> = {
  activation: (token) => `/activate?token=${token}`,
  existingPending: (token) => `/activate?token=${token}`,
  existingAccount: () => '/login',
  reset: (token) => `/reset-password?token=${token}`,
  passwordChanged: () => '/forgot-password',
  emailChangeConfirm: (token) => `/account/confirm-email?token=${token}`,
};

export async function renderAccountEmail({
  kind,
  locale,
  name,
  token,
}: {
  kind: TAccountEmail;
  locale: TLocale;
  name?: string;
  token?: string;
}): Promise<TRenderedEmail> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'accountEmails' });
  const link = LINKS[kind];
  const paragraphs = [t(`${kind}.body`), ...(t.has(`${kind}.after`) ? [t(`${kind}.after`)] : [])];
  return renderNoticeEmail({
    locale,
    template: `account-${kind}`,
    subject: t(`${kind}.subject`),
    name,
    paragraphs,
    action: link ? { label: t(`${kind as 'activation'}.button`), url: `${env().appUrl}${link(token)}` } : undefined,
  });
}
