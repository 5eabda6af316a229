'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { applyServerErrors, ErrorSummary, RequiredLegend, SubmitButton } from '@/components/forms/form-kit';
import { acceptInviteAction } from '@/lib/staff/actions';
import { ZAcceptInviteSchema, type TAcceptInvite } from '@/lib/staff/schemas';

/** The invitee chooses their password; then they sign in as usual. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('staff.invite');
  const form = useForm<TAcceptInvite>({ resolver: zodResolver(ZAcceptInviteSchema), defaultValues: { token, password: '', passwordConfirm: '' } });
  const [formError, setFormError] = useState<string | undefined>();
  const router = useRouter();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await acceptInviteAction(values);
    if (result.ok) return router.push('/login?activated=1');
    applyServerErrors(form, result);
    setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary form={form} formError={formError} />
      <RequiredLegend />
      <input type="hidden" {...form.register('token')} />
      {/* Lets password managers save the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields form={form} />
      <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
