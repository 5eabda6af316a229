'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { ActionFormBody } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TPasswordContext } from '@/lib/accounts/validation/password';
import type { TActionResult } from '@/lib/actions';
import { resetPasswordAction } from '@/lib/accounts/actions';
import { ZResetPasswordSchema, type TResetPassword } from '@/lib/accounts/schemas';

/**
 * A new password chosen with the token of an emailed link (a reset, a staff invitation); then the
 * login page (`done`) says what happened.
 */
export function TokenPasswordForm({
  token,
  action,
  done,
  submit,
  personal,
  children,
}: {
  token: string;
  action: (values: TResetPassword) => Promise<TActionResult<unknown>>;
  done: string;
  submit: string;
  personal?: TPasswordContext;
  children?: ReactNode;
}) {
  const router = useRouter();
  const choose = useActionForm(ZResetPasswordSchema, { defaultValues: { token, password: '', passwordConfirm: '' }, action, refresh: false, onSuccess: () => router.push(done) });
  return (
    <ActionFormBody actionForm={choose} requiredLegend submit={submit} className="space-y-5">
      <input type="hidden" {...choose.form.register('token')} />
      {children}
      <NewPasswordFields form={choose.form} personal={personal} />
    </ActionFormBody>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  return <TokenPasswordForm token={token} action={resetPasswordAction} done="/login?reset=1" submit={t('submit')} />;
}
