'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};
const canEnterFullscreen = () => document.fullscreenEnabled && !document.fullscreenElement;

/** "Ecran complet": shown only while the browser could go fullscreen and is not yet (the Fullscreen API needs a tap). */
export function FullscreenButton() {
  const t = useTranslations('kiosk');
  const visible = useSyncExternalStore(subscribe, canEnterFullscreen, () => false);
  if (!visible) return null;
  return (
    <button
      type="button"
      onClick={() => void document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => {})}
      className="min-h-14 rounded-lg border-2 border-white px-5 text-lg font-bold text-white"
    >
      {t('fullscreen')}
    </button>
  );
}
