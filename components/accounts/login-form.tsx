'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, RequiredLegend, SubmitButton, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { ResendActivationForm } from '@/components/accounts/resend-activation-form';
import { ZLoginSchema, type TLogin } from '@/lib/accounts/schemas';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth.login');
  const form = useForm<TLogin>({ resolver: zodResolver(ZLoginSchema), defaultValues: { email: '', password: '' } });
  const [formError, setFormError] = useState<string | null>(null);
  const [retryAfter, setRetryAfter] = useState<number | undefined>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (result?.ok && !result.error) {
      // A full load, so that every server component sees the new session; without `next` the
      // login page sends the user to their home by role.
      window.location.assign(next || '/login');
      return;
    }
    const [code, seconds] = (result?.error ?? 'unexpected').split(':');
    setRetryAfter(seconds ? Number(seconds) : undefined);
    setFormError(code === 'CredentialsSignin' ? 'INVALID_CREDENTIALS' : (code ?? 'unexpected'));
    form.setValue('password', '');
  });

  return (
    <div className="space-y-8">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary form={form} formError={formError} retryAfterSeconds={retryAfter} />
        <RequiredLegend />
        <TextField form={form} name="email" label={t('email')} required {...KEYBOARDS.email} autoComplete="username" />
        <TextField form={form} name="password" type="password" label={t('password')} required autoComplete="current-password" />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton pending={form.formState.isSubmitting}>{t('submit')}</SubmitButton>
          <Link href="/forgot-password">{t('forgot')}</Link>
        </div>
      </form>
      {formError === 'NOT_ACTIVATED' ? <ResendActivationForm defaultEmail={form.getValues('email')} /> : null}
      <p>
        {t('noAccount')} <Link href="/register">{t('register')}</Link>
      </p>
    </div>
  );
}
