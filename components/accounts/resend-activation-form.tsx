'use client';

import { useTranslations } from 'next-intl';
import { ErrorSummary, SubmitButton, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { resendActivationAction } from '@/lib/accounts/actions';
import { ZEmailOnlySchema, type TEmailOnly } from '@/lib/accounts/schemas';

export function ResendActivationForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const t = useTranslations('auth.resend');
  const { form, state, onSubmit } = useActionForm<TEmailOnly>(ZEmailOnlySchema, { email: defaultEmail }, resendActivationAction);

  return (
    <section aria-labelledby="resend-title" className="rounded-lg border border-gray-300 p-5">
      <h2 id="resend-title" className="text-xl font-bold text-brand-900">
        {t('title')}
      </h2>
      {state.done ? (
        <div className="mt-3">
          <SuccessMessage>{t('sent')}</SuccessMessage>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
          <ErrorSummary form={form} formError={state.formError} retryAfterSeconds={state.retryAfter} />
          <TextField form={form} name="email" label={t('email')} required {...KEYBOARDS.email} />
          <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
