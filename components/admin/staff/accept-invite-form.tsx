'use client';

import { useTranslations } from 'next-intl';
import { TokenPasswordForm } from '@/components/accounts/reset-password-form';
import { acceptInviteAction } from '@/lib/staff/actions';

/** The invitee chooses their password; then they sign in as usual. */
export function AcceptInviteForm({ token, email, name }: { token: string; email: string; name: string }) {
  const t = useTranslations('staff.invite');
  return (
    <TokenPasswordForm token={token} action={acceptInviteAction} done="/login?activated=1" submit={t('submit')} personal={{ email, names: name.split(/\s+/) }}>
      {/* Lets password managers save the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
    </TokenPasswordForm>
  );
}
