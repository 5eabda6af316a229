'use client';

import { useTranslations } from 'next-intl';
import { ActionFormBody, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { forgotPasswordAction } from '@/lib/accounts/actions';
import { ZEmailOnlySchema } from '@/lib/accounts/schemas';

/** "Forgot password": the same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const forgot = useActionForm(ZEmailOnlySchema, { defaultValues: { email: '' }, action: forgotPasswordAction, refresh: false });

  if (forgot.state.done) return <SuccessMessage>{t('sent')}</SuccessMessage>;
  return (
    <ActionFormBody actionForm={forgot} requiredLegend submit={t('submit')} className="space-y-5">
      <TextField form={forgot.form} name="email" label={t('email')} required {...KEYBOARDS.email} />
    </ActionFormBody>
  );
}
