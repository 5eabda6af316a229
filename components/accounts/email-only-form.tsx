'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary, RequiredLegend, SubmitButton, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { forgotPasswordAction } from '@/lib/accounts/actions';
import { ZEmailOnlySchema, type TEmailOnly } from '@/lib/accounts/schemas';

/** "Forgot password": the same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const { form, state, onSubmit } = useActionForm<TEmailOnly>(ZEmailOnlySchema, { email: '' }, forgotPasswordAction);

  if (state.done) return <SuccessMessage>{t('sent')}</SuccessMessage>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary form={form} formError={state.formError} retryAfterSeconds={state.retryAfter} />
      <RequiredLegend />
      <TextField form={form} name="email" label={t('email')} required {...KEYBOARDS.email} />
      <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
    </form>
  );
}
