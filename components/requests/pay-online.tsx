'use client';

/**
 * The "Plătiți online" button of the fee panel: a form that posts the server action, which sends
 * the applicant to the payment provider's page; if it cannot, the reason is shown here.
 */
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { startOnlinePaymentAction } from '@/lib/payments/actions';

/** `idempotencyKey`: drawn once per page: a double click or a retry of this form is one payment. */
export function PayOnline({ target, idempotencyKey }: { target: { requestId: string; version: number }; idempotencyKey: string }) {
  const t = useTranslations('request.fee');
  const text = useErrorText();
  const [state, action, pending] = useActionState(startOnlinePaymentAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="requestId" value={target.requestId} />
      <input type="hidden" name="version" value={target.version} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state && !state.ok ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {text(state.formError ?? 'unexpected')}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {t('payOnline')}
      </button>
    </form>
  );
}
