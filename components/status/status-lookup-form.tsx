'use client';

/**
 * The status lookup: registration number and access code from the receipt, checked by the shared
 * schema here and again on the server. The code travels only in the server action's POST body, never
 * in the address; nothing is kept in the browser (a kiosk terminal serves many people), and "Verificați
 * altă cerere" clears both fields.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors, ErrorSummary, RequiredLegend, TextField, useErrorText } from '@/components/forms/form-kit';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import { StatusResult } from '@/components/status/status-result';
import { lookupStatusAction } from '@/lib/requests/status-actions';
import type { TPublicStatus } from '@/lib/requests/status-lookup';
import { ZStatusLookupSchema, type TStatusLookup, type TStatusLookupInput } from '@/lib/requests/status-schemas';

type TFailure = { code: string; retryAfterSeconds?: number };

export function StatusLookupForm({ defaultNumber = '' }: { defaultNumber?: string }) {
  const t = useTranslations('status');
  const errorText = useErrorText();
  const large = useKiosk();
  const empty = { registrationNumber: defaultNumber, accessCode: '' };
  const form = useForm<TStatusLookupInput, unknown, TStatusLookup>({ resolver: zodResolver(ZStatusLookupSchema), defaultValues: empty });
  const [result, setResult] = useState<TPublicStatus | null>(null);
  const [failure, setFailure] = useState<TFailure | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const response = await lookupStatusAction(values).catch(() => null);
    if (response?.ok) {
      form.reset({ registrationNumber: '', accessCode: '' });
      setResult(response.data);
      return;
    }
    if (response) applyServerErrors(form, response);
    if (response && !response.formError) return;
    setFailure({ code: response?.formError ?? 'offline', retryAfterSeconds: response?.retryAfterSeconds });
  });

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
  const seconds = failure?.retryAfterSeconds ?? 60;
  return (
    <form onSubmit={onSubmit} method="post" noValidate className={`space-y-6 ${large ? 'text-xl' : ''}`}>
      <ErrorSummary form={form} labelOf={(name) => (name === 'registrationNumber' ? t('numberLabel') : name === 'accessCode' ? t('codeLabel') : undefined)} />
      <div ref={failureRef} tabIndex={-1} className="focus:outline-none">
        {failure ? (
          <div role="alert" className={`rounded-lg border-2 p-4 ${failure.code === 'status.notFound' ? 'border-brand-700 bg-brand-50 text-brand-900' : 'border-red-700 bg-red-50 text-red-900'}`}>
            <p className="font-semibold">{errorText(failure.code, { seconds })}</p>
          </div>
        ) : null}
      </div>
      <RequiredLegend />
      <TextField {...receiptField} name="registrationNumber" label={t('numberLabel')} hint={t('numberHint')} enterKeyHint="next" />
      <TextField {...receiptField} name="accessCode" label={t('codeLabel')} hint={t('codeHint')} enterKeyHint="search" />
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        aria-disabled={form.formState.isSubmitting}
        className={`rounded-lg bg-brand-700 px-8 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${large ? 'min-h-16 w-full text-2xl' : 'min-h-12 text-lg'}`}
      >
        {form.formState.isSubmitting ? t('checking') : t('submit')}
      </button>
    </form>
  );
}
