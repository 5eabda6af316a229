'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { discardDraftAction } from '@/lib/requests/actions/applicant';

/** "Renunță": deletes a draft after a second, explicit confirmation. */
export function DiscardDraftButton({ requestId, title }: { requestId: string; title: string }) {
  const t = useTranslations('dashboard');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const button = 'inline-flex min-h-11 items-center rounded-lg border-2 px-5 font-semibold';
  if (!confirming) {
    return (
      <button type="button" className={`${button} border-gray-600`} onClick={() => setConfirming(true)}>
        {t('discardDraft')}
        <span className="sr-only">: {title}</span>
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2" role="group" aria-label={t('discardConfirm', { title })}>
      <span className="font-semibold">{t('discardQuestion')}</span>
      <button
        type="button"
        disabled={pending}
        className={`${button} border-red-700 bg-red-700 text-white`}
        onClick={() =>
          startTransition(async () => {
            await discardDraftAction({ requestId });
            router.refresh();
          })
        }
      >
        {t('discardYes')}
      </button>
      <button type="button" className={`${button} border-gray-600`} onClick={() => setConfirming(false)}>
        {t('discardNo')}
      </button>
    </span>
  );
}
