'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { SuccessMessage, useErrorText } from '@/components/forms/form-kit';
import type { TActionResult } from '@/lib/actions';
import { disableStaffAction, enableStaffAction, resendInviteAction } from '@/lib/staff/actions';

type TStatus = 'ACTIVE' | 'PENDING_ACTIVATION' | 'DISABLED' | 'DELETED';

const button = 'inline-flex min-h-11 items-center rounded-lg border-2 px-5 font-semibold disabled:opacity-70';

/**
 * Disable (after an explicit confirmation), re-enable, and send the invitation again. One's own
 * account cannot be disabled, so the page does not offer it.
 */
export function StaffAccessActions({ userId, name, status, isSelf }: { userId: string; name: string; status: TStatus; isSelf: boolean }) {
  const t = useTranslations('staff.access');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = (action: (input: { userId: string }) => Promise<TActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      setMessage(null);
      const result = await action({ userId });
      setConfirming(false);
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: errorText(result.formError ?? 'unexpected') });
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {message?.ok ? <SuccessMessage>{message.text}</SuccessMessage> : null}
        {message && !message.ok ? (
          <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {message.text}
          </p>
        ) : null}
      </div>
      {status === 'DISABLED' ? (
        <>
          <p>{t('disabledNote')}</p>
          <button type="button" disabled={pending} className={`${button} border-brand-700`} onClick={() => run(enableStaffAction, t('enabled'))}>
            {t('enable')}
          </button>
        </>
      ) : isSelf ? (
        <p>{t('selfNote')}</p>
      ) : (
        <>
          {status === 'PENDING_ACTIVATION' ? (
            <div className="space-y-2">
              <p>{t('pendingNote')}</p>
              <button type="button" disabled={pending} className={`${button} border-brand-700`} onClick={() => run(resendInviteAction, t('resent'))}>
                {t('resend')}
              </button>
            </div>
          ) : null}
          <div className="space-y-2">
            <p>{t('disableNote')}</p>
            {confirming ? (
              <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('disableConfirm', { name })}>
                <span className="font-semibold">{t('disableConfirm', { name })}</span>
                <button type="button" disabled={pending} className={`${button} border-red-700 bg-red-700 text-white`} onClick={() => run(disableStaffAction, t('disabled'))}>
                  {t('disableYes')}
                </button>
                <button type="button" className={`${button} border-gray-600`} onClick={() => setConfirming(false)}>
                  {t('disableNo')}
                </button>
              </div>
            ) : (
              <button type="button" className={`${button} border-red-700 text-red-800`} onClick={() => setConfirming(true)}>
                {t('disable')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
