'use client';

/**
 * "Previzualizează documentul" in a decision's form: the document the decision would issue, from the
 * service's template, with what the clerk typed so far as its `{{text}}` part, shown as text and as
 * the PDF (marked on every page as a preview without legal value, its verification code a
 * placeholder). The clerk can change the text and preview again; nothing is saved or sent.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import type { z } from 'zod';
import { useErrorText } from '@/components/forms/form-kit';
import { previewAnswerDocumentAction } from '@/lib/requests/actions/preview';
import type { TMergedTemplate } from '@/lib/templates/merge';
import type { ZPreviewAnswerSchema } from '@/lib/templates/schemas';

type TInput = z.input<typeof ZPreviewAnswerSchema>;

type TProps = {
  target: { requestId: string; version: number };
  kind: TInput['kind'];
  /** The form's values at the moment of the click (the clerk's text, the fee, the information asked for). */
  values: () => Omit<TInput, 'requestId' | 'version' | 'kind'>;
};

function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

export function AnswerPreview({ target, kind, values }: TProps) {
  const t = useTranslations('templates.clerkPreview');
  const kinds = useTranslations('templates.kinds');
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<{ merged: TMergedTemplate; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A new preview (or leaving the page) lets the previous PDF go.
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview.url)), [preview]);

  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await previewAnswerDocumentAction({ ...values(), ...target, kind }).catch(() => ({ ok: false as const, formError: 'unexpected' }));
      if (!result.ok) {
        setError(result.formError ?? 'unexpected');
        return;
      }
      const { pdfBase64, ...merged } = result.data;
      setPreview({ merged, url: pdfUrl(pdfBase64) });
    });

  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={run}
        disabled={pending}
        aria-disabled={pending || undefined}
        className="min-h-11 rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t('working') : preview ? t('again') : t('button')}
      </button>
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="font-semibold text-red-700">
            {errorText(error)}
          </p>
        ) : null}
        {preview ? (
          <div role="region" aria-label={`${t('region')}: ${kinds(kind)}`} className="space-y-3 rounded-lg border-2 border-dashed border-gray-400 bg-white p-4">
            <p className="font-semibold text-red-800">{t('notice')}</p>
            <p className="text-center text-lg font-bold">{preview.merged.title}</p>
            {preview.merged.paragraphs.map((paragraph, i) => (
              <p key={i} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
            <p>
              <span className="font-semibold">{t('legalBasis')}</span> {preview.merged.legalBasis}
            </p>
            <p>
              <a href={preview.url} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center font-semibold">
                {t('openPdf')}
              </a>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
