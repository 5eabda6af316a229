'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionOutcome, actionButtonClass as button, useActionRunner } from '@/components/admin/action-button';
import type { TActionResult } from '@/lib/actions';
import { disableStaffAction, enableStaffAction, resendInviteAction } from '@/lib/staff/actions';

type TStatus = 'ACTIVE' | 'PENDING_ACTIVATION' | 'DISABLED' | 'DELETED';

/**
 * Disable (after an explicit confirmation), re-enable, and send the invitation again. One's own
 * account cannot be disabled, so the page does not offer it.
 */
export function StaffAccessActions({ userId, name, status, isSelf }: { userId: string; name: string; status: TStatus; isSelf: boolean }) {
  const t = useTranslations('staff.access');
  const runner = useActionRunner();
  const { pending, message } = runner;
  const [confirming, setConfirming] = useState(false);

  const run = (action: (input: { userId: string }) => Promise<TActionResult<unknown>>, success: string) => {
    setConfirming(false);
    runner.run(() => action({ userId }), { success });
  };

  return (
    <div className="space-y-4">
      <ActionOutcome message={message} />
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
