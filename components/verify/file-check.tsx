'use client';

/**
 * "Verifică un fișier": the visitor chooses (or drops) the file; the browser computes its SHA-256
 * and sends only that to the server action, which compares it with the hashes recorded when the
 * city hall sealed its documents, or, on a document's own page, with that document's. The file
 * never leaves the computer. The drop zone is the file input's label, so it is also a button for
 * keyboard and screen reader users (the input stays focusable, only visually hidden).
 */
import { useTranslations } from 'next-intl';
import { useId, useState, type DragEvent } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import { IssuedFacts } from '@/components/verify/issued-facts';
import { verifyHashAction } from '@/lib/issued/actions';
import type { TActionResult } from '@/lib/actions';
import type { TFileCheck } from '@/lib/issued/verify';

type TState =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'done'; name: string; result: TFileCheck }
  | { kind: 'failed'; name: string | null; error: string; retryAfterSeconds?: number };

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `code`: the document of this page (formatted); without it, any document the city hall issued. */
export function FileCheck({ code, municipality }: { code?: string; municipality: string }) {
  const t = useTranslations('verify');
  const errorText = useErrorText();
  const large = useKiosk();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const [state, setState] = useState<TState>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  async function check(file: File | undefined) {
    if (!file) return;
    setState({ kind: 'checking', name: file.name });
    let sha256: string;
    try {
      sha256 = await sha256Hex(file);
    } catch {
      return setState({ kind: 'failed', name: file.name, error: 'fileUnreadable' });
    }
    // A network failure is "offline": a kiosk terminal may lose its connection.
    const result: TActionResult<TFileCheck> = await verifyHashAction({ sha256, ...(code ? { code } : {}) }).catch(() => ({ ok: false, formError: 'offline' }));
    if (result.ok) return setState({ kind: 'done', name: file.name, result: result.data });
    const error = result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? 'unexpected';
    setState({ kind: 'failed', name: file.name, error, retryAfterSeconds: result.retryAfterSeconds });
  }

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    void check(event.dataTransfer.files[0]);
  };

  return (
    <div className="space-y-4">
      <p id={hintId}>{code ? t('fileLeadCode') : t('fileLead')}</p>
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`flex cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-6 text-center focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-700 ${over ? 'border-brand-700 bg-brand-50' : 'border-gray-500 bg-white'} ${large ? 'min-h-40 text-2xl' : 'min-h-32 text-lg'}`}
      >
        <span className="font-semibold text-brand-800 underline">{t('fileLabel')}</span>
        <span className="text-gray-700">{t('fileDrop')}</span>
        <input
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          className="sr-only"
          aria-describedby={hintId}
          onChange={(event) => {
            void check(event.target.files?.[0]);
            // The same file again (after changing it) must be checked again.
            event.target.value = '';
          }}
        />
      </label>
      <div role="status" aria-live="polite" data-testid="file-check-result">
        <FileCheckAnswer state={state} municipality={municipality} errorText={errorText} />
      </div>
    </div>
  );
}

function FileCheckAnswer({ state, municipality, errorText }: { state: TState; municipality: string; errorText: ReturnType<typeof useErrorText> }) {
  const t = useTranslations('verify');
  if (state.kind === 'idle') return null;
  if (state.kind === 'checking') return <p>{t('checking')}</p>;
  const checked = state.name ? <p className="text-sm text-gray-700">{t('fileChecked', { name: state.name })}</p> : null;
  if (state.kind === 'failed') {
    const message = state.error === 'fileUnreadable' ? t('fileUnreadable') : errorText(state.error, { seconds: state.retryAfterSeconds ?? 60 });
    return (
      <div className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
        <p className="font-semibold">{message}</p>
        {checked}
      </div>
    );
  }
  const { result } = state;
  if (result.status === 'unknown' || result.status === 'different') {
    return (
      <div className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
        <p className="text-xl font-bold">{result.status === 'different' ? t('different') : t('unknownFile', { municipality })}</p>
        {result.status === 'unknown' ? <p>{t('unknownFileHint')}</p> : null}
        {checked}
      </div>
    );
  }
  return (
    <div className="space-y-3 rounded-lg border-2 border-green-800 bg-green-50 p-4 text-gray-900">
      <p className="text-xl font-bold text-green-900">{result.status === 'identical' ? t('identical') : t('authentic')}</p>
      {result.status === 'authentic' ? <p>{t('authenticLead', { municipality })}</p> : null}
      {checked}
      <IssuedFacts facts={result.facts} />
    </div>
  );
}
