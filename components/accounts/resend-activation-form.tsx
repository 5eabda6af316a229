'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors, ErrorSummary, SubmitButton, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { resendActivationAction } from '@/lib/accounts/actions';
import { ZEmailOnlySchema, type TEmailOnly } from '@/lib/accounts/schemas';

export function ResendActivationForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const t = useTranslations('auth.resend');
  const form = useForm<TEmailOnly>({ resolver: zodResolver(ZEmailOnlySchema), defaultValues: { email: defaultEmail } });
  const [state, setState] = useState<{ sent?: boolean; formError?: string; retryAfter?: number }>({});

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await resendActivationAction(values);
    if (result.ok) return setState({ sent: true });
    applyServerErrors(form, result);
    setState({ formError: result.formError, retryAfter: result.retryAfterSeconds });
  });

  return (
    <section aria-labelledby="resend-title" className="rounded-lg border border-gray-300 p-5">
      <h2 id="resend-title" className="text-xl font-bold text-brand-900">
        {t('title')}
      </h2>
      {state.sent ? (
        <div className="mt-3">
          <SuccessMessage>{t('sent')}</SuccessMessage>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
          <ErrorSummary form={form} formError={state.formError} retryAfterSeconds={state.retryAfter} />
          <TextField form={form} name="email" type="email" label={t('email')} required autoComplete="email" inputMode="email" />
          <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
