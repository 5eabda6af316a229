'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { TKioskSettings } from '@/lib/kiosk/config';

const KioskContext = createContext<TKioskSettings | null>(null);

/** Set by the root layout on a kiosk terminal; absent elsewhere. */
export function KioskProvider({ settings, children }: { settings: TKioskSettings | null; children: ReactNode }) {
  return <KioskContext.Provider value={settings}>{children}</KioskContext.Provider>;
}

/** True on a kiosk terminal: client components adapt (no local storage, camera capture, QR to the phone…). */
export const useKiosk = () => useContext(KioskContext) !== null;

/** The idle-reset timings on a kiosk terminal, null elsewhere. */
export const useKioskSettings = () => useContext(KioskContext);
