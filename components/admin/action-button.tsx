'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import { SuccessMessage, useErrorText } from '@/components/forms/form-kit';
import type { TActionResult } from '@/lib/actions';

export const actionButtonClass = 'inline-flex min-h-11 items-center rounded-lg border-2 px-5 font-semibold disabled:opacity-70';
const VARIANTS = { normal: 'border-brand-700 text-brand-900', danger: 'border-red-700 text-red-800' };

type TProps<TInput> = {
  action: (input: TInput) => Promise<TActionResult<unknown>>;
  input: TInput;
  children: ReactNode;
  /** Said after a success (the page refreshes and shows the change too). */
  success?: string;
  /** Asked first, with "Da" / "Nu" buttons: for what cannot be undone. */
  confirm?: string;
  variant?: keyof typeof VARIANTS;
  /** Where to go after a success, when the page would show nothing anymore (a deleted record). */
  next?: string;
};

/** What a one-click action said: the success, or the localized reason of a refusal. */
export type TActionMessage = { ok: boolean; text: string } | null;

/**
 * Runs one-click server actions (no fields): pending state, the message to announce, and a page
 * refresh (or `next`) after a success. `onDone` sees a success first (to move the focus, say).
 */
export function useActionRunner() {
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<TActionMessage>(null);
  const run = <T,>(call: () => Promise<TActionResult<T>>, { success, next, onDone }: { success?: string | ((data: T) => string); next?: string; onDone?: (data: T) => void } = {}) =>
    startTransition(async () => {
      setMessage(null);
      const result = await call().catch((): TActionResult<T> => ({ ok: false, formError: 'unexpected' }));
      if (!result.ok) {
        setMessage({ ok: false, text: errorText(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? 'unexpected') });
        return;
      }
      const text = typeof success === 'function' ? success(result.data) : success;
      setMessage(text ? { ok: true, text } : null);
      onDone?.(result.data);
      if (next) router.push(next);
      else router.refresh();
    });
  return { pending, message, run };
}

/** The announced outcome of a one-click action, next to its button. */
export function ActionOutcome({ message }: { message: TActionMessage }) {
  return (
    <div aria-live="polite">
      {message?.ok ? <SuccessMessage>{message.text}</SuccessMessage> : null}
      {message && !message.ok ? (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

/**
 * One button that runs one server action (deactivate, delete, remove a member), with an explicit
 * confirmation when `confirm` is given; the outcome, or the localized reason of a refusal, is
 * announced right next to it.
 */
export function ActionButton<TInput>({ action, input, children, success, confirm, variant = 'normal', next }: TProps<TInput>) {
  const t = useTranslations('forms');
  const { pending, message, run } = useActionRunner();
  const [confirming, setConfirming] = useState(false);
  const go = () => {
    setConfirming(false);
    run(() => action(input), { success, next });
  };

  return (
    <div className="space-y-2">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={confirm}>
          <span className="font-semibold">{confirm}</span>
          <button type="button" disabled={pending} className={`${actionButtonClass} border-red-700 bg-red-700 text-white`} onClick={go}>
            {t('yes')}
          </button>
          <button type="button" className={`${actionButtonClass} border-gray-600`} onClick={() => setConfirming(false)}>
            {t('no')}
          </button>
        </div>
      ) : (
        <button type="button" disabled={pending} className={`${actionButtonClass} ${VARIANTS[variant]}`} onClick={() => (confirm ? setConfirming(true) : go())}>
          {children}
        </button>
      )}
      <ActionOutcome message={message} />
    </div>
  );
}
