'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors, ErrorSummary, RequiredLegend, SubmitButton, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { forgotPasswordAction } from '@/lib/accounts/actions';
import { ZEmailOnlySchema, type TEmailOnly } from '@/lib/accounts/schemas';

/** "Forgot password": the same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const form = useForm<TEmailOnly>({ resolver: zodResolver(ZEmailOnlySchema), defaultValues: { email: '' } });
  const [state, setState] = useState<{ sent?: boolean; formError?: string; retryAfter?: number }>({});

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await forgotPasswordAction(values);
    if (result.ok) return setState({ sent: true });
    applyServerErrors(form, result);
    setState({ formError: result.formError, retryAfter: result.retryAfterSeconds });
  });

  if (state.sent) return <SuccessMessage>{t('sent')}</SuccessMessage>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary form={form} formError={state.formError} retryAfterSeconds={state.retryAfter} />
      <RequiredLegend />
      <TextField form={form} name="email" type="email" label={t('email')} required autoComplete="email" inputMode="email" />
      <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
