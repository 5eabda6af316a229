'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ActionFormBody, CheckboxField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { acceptTermsAction } from '@/lib/content/actions';
import { ZAcceptTermsSchema } from '@/lib/content/schemas';

/** "Am citit și accept …" for the versions the page shows, then on to the page the citizen asked for. */
export function AcceptTermsForm({ termsVersionIds, documents, next }: { termsVersionIds: string[]; documents: string; next: string }) {
  const t = useTranslations('contentPages.accept');
  const router = useRouter();
  const accept = useActionForm(ZAcceptTermsSchema, {
    defaultValues: { termsVersionIds, accept: false },
    bound: { termsVersionIds },
    action: acceptTermsAction,
    refresh: false,
    onSuccess: () => router.replace(next),
  });
  const stale = accept.state.formError === 'contentPages.termsChanged';
  const actionForm = { ...accept, summary: { ...accept.summary, onReload: stale ? () => router.refresh() : accept.summary.onReload } };
  return (
    <ActionFormBody actionForm={actionForm} submit={t('submit')} success={t('accepted')} requiredLegend>
      <CheckboxField form={accept.form} name="accept" label={t('checkbox', { documents })} required />
    </ActionFormBody>
  );
}
