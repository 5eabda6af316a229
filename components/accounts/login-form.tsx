'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ActionFormBody, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { ResendActivationForm } from '@/components/accounts/resend-activation-form';
import type { TActionResult } from '@/lib/actions';
import { ZLoginSchema, type TLogin } from '@/lib/accounts/schemas';

/** next-auth's sign-in, answered like a server action: its error is `CODE` or `CODE:seconds`. */
async function signInWithPassword(values: TLogin): Promise<TActionResult> {
  const result = await signIn('credentials', { ...values, redirect: false });
  if (result?.ok && !result.error) return { ok: true, data: undefined };
  const [code, seconds] = (result?.error ?? 'unexpected').split(':');
  return { ok: false, formError: code === 'CredentialsSignin' ? 'INVALID_CREDENTIALS' : (code ?? 'unexpected'), retryAfterSeconds: seconds ? Number(seconds) : undefined };
}

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth.login');
  const login = useActionForm(ZLoginSchema, {
    defaultValues: { email: '', password: '' },
    action: signInWithPassword,
    // A full load, so that every server component sees the new session; without `next` the
    // login page sends the user to their home by role.
    refresh: false,
    onSuccess: () => window.location.assign(next || '/login'),
    onFailure: () => form.setValue('password', ''),
  });
  const { form } = login;

  return (
    <div className="space-y-8">
      <ActionFormBody actionForm={login} requiredLegend submit={t('submit')} actions={<Link href="/forgot-password">{t('forgot')}</Link>} className="space-y-5">
        <TextField form={form} name="email" label={t('email')} required {...KEYBOARDS.email} autoComplete="username" />
        <TextField form={form} name="password" type="password" label={t('password')} required autoComplete="current-password" />
      </ActionFormBody>
      {login.state.formError === 'NOT_ACTIVATED' ? <ResendActivationForm defaultEmail={form.getValues('email')} /> : null}
      <p>
        {t('noAccount')} <Link href="/register">{t('register')}</Link>
      </p>
    </div>
  );
}
