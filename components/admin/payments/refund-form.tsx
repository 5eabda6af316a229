'use client';

/**
 * "Restituie plata" on a paid payment: the reason (it goes to the audit log) and an explicit
 * confirmation of the amount, checked in the browser by the action's own schema and again on the
 * server. Each error is said next to its field (aria-describedby) and in the summary at the top
 * (aria-live), which takes the focus after a failed submit; the provider's refusal is said there.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { SubmitButton, useErrorText } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { refundPaymentAction } from '@/lib/payments/admin-actions';
import { ZRefundPaymentSchema } from '@/lib/payments/schemas';

const FIELD_IDS = { reason: 'refund-reason', confirm: 'refund-confirm' } as const;
type TField = keyof typeof FIELD_IDS;

/** This form's messages (the schema's keys, the refund's error codes) in the reader's language; the rest as every form says them. */
function useRefundErrorText() {
  const t = useTranslations();
  const common = useErrorText();
  return (key: string | undefined): string => {
    if (!key) return '';
    for (const candidate of [key, `paymentsAdmin.errors.${key}`]) {
      if (candidate.startsWith('paymentsAdmin.') && t.has(candidate as never)) return t(candidate as never);
    }
    return common(key);
  };
}

export function RefundForm({ paymentId, amount }: { paymentId: string; amount: string }) {
  const t = useTranslations('paymentsAdmin.refundForm');
  const tErrors = useTranslations('errors');
  const text = useRefundErrorText();
  const refund = useActionForm(ZRefundPaymentSchema, { defaultValues: { reason: '', confirm: false }, bound: { paymentId }, action: refundPaymentAction });
  const { form, onSubmit, pending, state } = refund;
  const { errors, submitCount } = form.formState;
  const fieldError = (name: TField) => (typeof errors[name]?.message === 'string' ? errors[name].message : undefined);
  const failed = (['reason', 'confirm'] as const).filter((name) => fieldError(name));

  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submitCount > 0 && (failed.length > 0 || state.formError)) summary.current?.focus();
  }, [submitCount, failed.length, state.formError]);

  const describedBy = (name: TField, hint?: string) => [hint, fieldError(name) ? `${FIELD_IDS[name]}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-gray-700">{t('hint')}</p>
      <div ref={summary} tabIndex={-1} aria-live="assertive" className="focus:outline-none">
        {state.formError || failed.length > 0 ? (
          <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
            {state.formError ? <p className="font-semibold">{text(state.formError)}</p> : null}
            {failed.length > 0 ? (
              <>
                <p className="font-semibold">{tErrors('summaryTitle', { count: failed.length })}</p>
                <ul className="mt-2 list-disc pl-6">
                  {failed.map((name) => (
                    <li key={name}>
                      <a href={`#${FIELD_IDS[name]}`} className="text-red-900">
                        {text(fieldError(name))}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>

      <div className="space-y-1">
        <div className="font-semibold">
          <label htmlFor={FIELD_IDS.reason}>{t('reason')}</label>
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        </div>
        <p id={`${FIELD_IDS.reason}-hint`} className="text-sm text-gray-700">
          {t('reasonHint')}
        </p>
        <textarea
          id={FIELD_IDS.reason}
          rows={4}
          maxLength={500}
          aria-required
          aria-invalid={fieldError('reason') ? true : undefined}
          aria-describedby={describedBy('reason', `${FIELD_IDS.reason}-hint`)}
          className="block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700 focus:border-brand-700"
          {...form.register('reason')}
        />
        {fieldError('reason') ? (
          <p id={`${FIELD_IDS.reason}-error`} className="text-sm font-semibold text-red-700">
            {text(fieldError('reason'))}
          </p>
        ) : null}
      </div>

      <div>
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id={FIELD_IDS.confirm}
            aria-required
            aria-invalid={fieldError('confirm') ? true : undefined}
            aria-describedby={describedBy('confirm')}
            className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
            {...form.register('confirm')}
          />
          <label htmlFor={FIELD_IDS.confirm}>{t('confirm', { amount })}</label>
        </div>
        {fieldError('confirm') ? (
          <p id={`${FIELD_IDS.confirm}-error`} className="mt-1 text-sm font-semibold text-red-700">
            {text(fieldError('confirm'))}
          </p>
        ) : null}
      </div>

      <SubmitButton pending={pending} variant="danger" size="compact">
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
