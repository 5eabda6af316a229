/** The emails of staff administration (the invitation to set a password), in the recipient's language. */
import { createTranslator } from 'next-intl';
import { renderNoticeEmail, type TRenderedEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import type { TStaffRole } from '@/lib/staff/schemas';

export type TStaffEmail = 'invite';

/** The path of the page where an invitee sets their password. */
const acceptInvitePath = (token: string) => `/accept-invite?token=${token}`;

export async function renderStaffEmail({
  kind,
  locale,
  name,
  email,
  role,
  token,
}: {
  kind: TStaffEmail;
  locale: TLocale;
  name: string;
  email: string;
  role: TStaffRole;
  token: string;
}): Promise<TRenderedEmail> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'staffEmails' });
  return renderNoticeEmail({
    locale,
    template: `staff-${kind}`,
    subject: t(`${kind}.subject`),
    name,
    paragraphs: [t(`${kind}.body`, { email, role: t(`roles.${role}`) }), t(`${kind}.after`)],
    action: { label: t(`${kind}.button`), url: `${env().appUrl}${acceptInvitePath(token)}` },
  });
}
