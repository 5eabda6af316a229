'use client';

import { useTranslations } from 'next-intl';
import { ActionFormBody, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { resendActivationAction } from '@/lib/accounts/actions';
import { ZEmailOnlySchema } from '@/lib/accounts/schemas';

export function ResendActivationForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const t = useTranslations('auth.resend');
  const resend = useActionForm(ZEmailOnlySchema, { defaultValues: { email: defaultEmail }, action: resendActivationAction, refresh: false });

  return (
    <section aria-labelledby="resend-title" className="rounded-lg border border-gray-300 p-5">
      <h2 id="resend-title" className="text-xl font-bold text-brand-900">
        {t('title')}
      </h2>
      {resend.state.done ? (
        <div className="mt-3">
          <SuccessMessage>{t('sent')}</SuccessMessage>
        </div>
      ) : (
        <ActionFormBody actionForm={resend} submit={t('submit')} className="mt-3 space-y-4">
          <TextField form={resend.form} name="email" label={t('email')} required {...KEYBOARDS.email} />
        </ActionFormBody>
      )}
    </section>
  );
}
