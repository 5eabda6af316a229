'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { revealIdNumberAction } from '@/lib/requests/actions/staff';

/** The applicant's CNP/CUI, masked until the clerk asks for it; each showing is written to the audit log. */
export function RevealIdNumber({ requestId, masked, field, label }: { requestId: string; masked: string; field?: string; label?: string }) {
  const t = useTranslations('staffRequest');
  const errorText = useErrorText();
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (value) return <span className="font-mono">{value}</span>;
  return (
    <span className="flex flex-wrap items-center gap-3">
      <span className="font-mono" aria-label={t('maskedLabel')}>
        {masked}
      </span>
      <button
        type="button"
        disabled={pending}
        className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await revealIdNumberAction({ requestId, field }).catch(() => null);
            if (result?.ok) setValue(result.data ?? '—');
            else setError(errorText(result?.formError ?? 'unexpected'));
          })
        }
      >
        {t('reveal')}
        {label ? <span className="sr-only"> – {label}</span> : null}
      </button>
      {field ? null : <span className="text-sm text-gray-700">{t('revealHint')}</span>}
      {error ? (
        <span role="alert" className="basis-full font-semibold text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
