'use client';

/** The buttons of the test provider's page: pay, refuse, or go back without paying. */
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { testProviderAction } from '@/lib/payments/actions';

export function TestProviderButtons({ orderId }: { orderId: string }) {
  const t = useTranslations('testProvider');
  const text = useErrorText();
  const [state, action, pending] = useActionState(testProviderAction, null);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="orderId" value={orderId} />
      {state && !state.ok ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {text(state.formError ?? 'unexpected')}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-4">
        <button type="submit" name="outcome" value="paid" disabled={pending} className="min-h-12 rounded-lg bg-green-800 px-6 text-lg font-semibold text-white hover:bg-green-900 disabled:opacity-70">
          {t('pay')}
        </button>
        <button type="submit" name="outcome" value="failed" disabled={pending} className="min-h-12 rounded-lg bg-red-800 px-6 text-lg font-semibold text-white hover:bg-red-900 disabled:opacity-70">
          {t('decline')}
        </button>
        <button type="submit" name="outcome" value="abandon" disabled={pending} className="min-h-12 rounded-lg border-2 border-gray-700 px-6 text-lg font-semibold disabled:opacity-70">
          {t('abandon')}
        </button>
      </div>
    </form>
  );
}
