'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { ErrorSummary, RequiredLegend, SubmitButton } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { acceptInviteAction } from '@/lib/staff/actions';
import { ZAcceptInviteSchema, type TAcceptInvite } from '@/lib/staff/schemas';

/** The invitee chooses their password; then they sign in as usual. */
export function AcceptInviteForm({ token, email, name }: { token: string; email: string; name: string }) {
  const t = useTranslations('staff.invite');
  const router = useRouter();
  const { form, state, onSubmit } = useActionForm<TAcceptInvite>(ZAcceptInviteSchema, { token, password: '', passwordConfirm: '' }, acceptInviteAction, () => router.push('/login?activated=1'));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary form={form} formError={state.formError} retryAfterSeconds={state.retryAfter} />
      <RequiredLegend />
      <input type="hidden" {...form.register('token')} />
      {/* Lets password managers save the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields form={form} personal={{ email, names: name.split(/\s+/) }} />
      <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
