'use client';

import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { endKioskVisit } from '@/components/kiosk/end-visit';
import type { TKioskSettings } from '@/lib/kiosk/config';
import { idlePhase, type TIdlePhase } from '@/lib/kiosk/idle';

const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel', 'scroll'] as const;

/**
 * The idle reset of a kiosk terminal: after `idleSeconds` without activity a modal warning counts
 * down `warningSeconds` (WCAG 2.2.1: "Continuați" extends), then the visit ends (endKioskVisit).
 * The untouched kiosk home is not armed, so an idle terminal does not keep warning nobody.
 */
export function IdleReset({ settings }: { settings: TKioskSettings }) {
  const t = useTranslations('kiosk.idle');
  const pathname = usePathname();
  const [state, setState] = useState<TIdlePhase>({ phase: 'active' });
  const lastActivityAt = useRef(0);
  const armed = useRef(false);
  const warning = useRef(false);
  const ending = useRef(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);

  const end = () => {
    if (ending.current) return;
    ending.current = true;
    void endKioskVisit();
  };

  const extend = () => {
    lastActivityAt.current = Date.now();
    warning.current = false;
    setState({ phase: 'active' });
  };

  // Another page than the untouched kiosk home means someone is using the terminal.
  useEffect(() => {
    if (pathname !== '/kiosk') armed.current = true;
  }, [pathname]);

  useEffect(() => {
    lastActivityAt.current = Date.now();
    // While the warning is up only its buttons count: a stray touch must not hide it unseen.
    const onActivity = () => {
      if (warning.current) return;
      lastActivityAt.current = Date.now();
      armed.current = true;
    };
    const tick = () => {
      if (!armed.current || ending.current) return;
      const next = idlePhase({ lastActivityAt: lastActivityAt.current, now: Date.now(), settings });
      if (next.phase === 'expired') return end();
      warning.current = next.phase === 'warning';
      // Re-render only when the phase or the countdown changes, not every second.
      setState((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(tick, 1000);
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [settings]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (state.phase === 'warning' && !element.open) {
      element.showModal();
      continueButton.current?.focus();
    }
    if (state.phase !== 'warning' && element.open) element.close();
  }, [state.phase]);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-body"
      // Escape is someone at the keyboard: that is activity too.
      onCancel={(event) => {
        event.preventDefault();
        extend();
      }}
      className="m-auto w-[min(44rem,92vw)] rounded-2xl border-4 border-brand-900 bg-white p-8 text-gray-900 backdrop:bg-black/70"
    >
      {state.phase === 'warning' ? (
        <div className="space-y-6">
          <h2 id="kiosk-idle-title" className="text-3xl font-bold text-brand-900">
            {t('title')}
          </h2>
          <p id="kiosk-idle-body" className="text-2xl">
            {t.rich('body', { seconds: state.secondsLeft, strong: (chunks) => <strong className="tabular-nums">{chunks}</strong> })}
          </p>
          <div className="flex flex-wrap gap-4">
            <button ref={continueButton} type="button" onClick={extend} className="min-h-16 grow rounded-xl bg-brand-700 px-8 text-2xl font-bold text-white">
              {t('continue')}
            </button>
            <button type="button" onClick={end} className="min-h-16 rounded-xl border-2 border-brand-900 px-6 text-xl font-semibold text-brand-900">
              {t('end')}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
