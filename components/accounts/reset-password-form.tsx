'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { applyServerErrors, ErrorSummary, RequiredLegend, SubmitButton } from '@/components/forms/form-kit';
import { resetPasswordAction } from '@/lib/accounts/actions';
import { ZResetPasswordSchema, type TResetPassword } from '@/lib/accounts/schemas';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  const form = useForm<TResetPassword>({ resolver: zodResolver(ZResetPasswordSchema), defaultValues: { token, password: '', passwordConfirm: '' } });
  const [formError, setFormError] = useState<string | undefined>();
  const router = useRouter();

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await resetPasswordAction(values);
    if (result.ok) return router.push('/login?reset=1');
    applyServerErrors(form, result);
    setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary form={form} formError={formError} />
      <RequiredLegend />
      <input type="hidden" {...form.register('token')} />
      <NewPasswordFields form={form} />
      <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
