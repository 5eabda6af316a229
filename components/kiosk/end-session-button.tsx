'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { endKioskVisit } from '@/components/kiosk/end-visit';

/** "Terminare sesiune", always in the kiosk header while someone is signed in. */
export function EndSessionButton() {
  const t = useTranslations('kiosk');
  const [ending, setEnding] = useState(false);
  return (
    <button
      type="button"
      disabled={ending}
      onClick={() => {
        setEnding(true);
        void endKioskVisit();
      }}
      className="min-h-14 rounded-lg border-2 border-white bg-white px-5 text-lg font-bold text-brand-900 disabled:opacity-80"
    >
      {ending ? t('ending') : t('endSession')}
    </button>
  );
}
