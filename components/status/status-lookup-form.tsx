'use client';

/**
 * The status lookup: registration number and access code from the receipt, checked by the shared
 * schema here and again on the server. The code travels only in the server action's POST body, never
 * in the address; nothing is kept in the browser (a kiosk terminal serves many people), and "Verificați
 * altă cerere" clears both fields.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary, RequiredLegend, TextField, useErrorText } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import { StatusResult } from '@/components/status/status-result';
import { lookupStatusAction } from '@/lib/requests/actions/status';
import type { TPublicStatus } from '@/lib/requests/queries/status-lookup';
import { ZStatusLookupSchema } from '@/lib/requests/schemas/status';

export function StatusLookupForm({ defaultNumber = '' }: { defaultNumber?: string }) {
  const t = useTranslations('status');
  const errorText = useErrorText();
  const large = useKiosk();
  const [result, setResult] = useState<TPublicStatus | null>(null);
  // Nothing stays in the form once the answer is shown (the next person at a kiosk must not see it).
  const lookup = useActionForm(ZStatusLookupSchema, {
    defaultValues: { registrationNumber: defaultNumber, accessCode: '' },
    // A network failure is "offline" here: a terminal may lose its connection.
    action: (values) => lookupStatusAction(values).catch(() => ({ ok: false as const, formError: 'offline' })),
    refresh: false,
    onSuccess: (data) => {
      form.reset({ registrationNumber: '', accessCode: '' });
      setResult(data);
    },
  });
  const { form, onSubmit, pending, state } = lookup;
  const failure = state.formError;
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError) failureRef.current?.focus();
  }, [state]);

  const another = () => {
    setResult(null);
    form.reset({ registrationNumber: '', accessCode: '' });
    requestAnimationFrame(() => form.setFocus('registrationNumber'));
  };

  if (result) return <StatusResult result={result} onAnother={another} large={large} />;

  // Both are copied from paper: capitals, no autofill from the previous person, no spelling fixes.
  // `!`: these sizes win over the house input's whatever order the stylesheet has them in.
  const receiptField = {
    form,
    required: true,
    autoComplete: 'off',
    autoCapitalize: 'characters',
    autoCorrect: 'off',
    spellCheck: false,
    inputMode: 'text',
    maxLength: 40,
    className: `font-mono uppercase tracking-wider ${large ? 'min-h-16! text-2xl!' : 'min-h-12! text-lg!'}`,
  } as const;
  const seconds = state.retryAfterSeconds ?? 60;
  return (
    <form onSubmit={onSubmit} method="post" noValidate className={`space-y-6 ${large ? 'text-xl' : ''}`}>
      <ErrorSummary form={form} labelOf={(name) => (name === 'registrationNumber' ? t('numberLabel') : name === 'accessCode' ? t('codeLabel') : undefined)} />
      <div ref={failureRef} tabIndex={-1} className="focus:outline-none">
        {failure ? (
          <div role="alert" className={`rounded-lg border-2 p-4 ${failure === 'status.notFound' ? 'border-brand-700 bg-brand-50 text-brand-900' : 'border-red-700 bg-red-50 text-red-900'}`}>
            <p className="font-semibold">{errorText(failure, { seconds })}</p>
          </div>
        ) : null}
      </div>
      <RequiredLegend />
      <TextField {...receiptField} name="registrationNumber" label={t('numberLabel')} hint={t('numberHint')} enterKeyHint="next" />
      <TextField {...receiptField} name="accessCode" label={t('codeLabel')} hint={t('codeHint')} enterKeyHint="search" />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className={`rounded-lg bg-brand-700 px-8 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${large ? 'min-h-16 w-full text-2xl' : 'min-h-12 text-lg'}`}
      >
        {pending ? t('checking') : t('submit')}
      </button>
    </form>
  );
}
