'use client';

import { IdleReset } from '@/components/kiosk/idle-reset';
import { useKioskSettings } from '@/components/kiosk/kiosk-context';
import { NavigationGuard } from '@/components/kiosk/navigation-guard';

/** What runs on every page of a kiosk terminal (mounted once by the root layout). */
export function KioskRuntime() {
  const settings = useKioskSettings();
  if (!settings) return null;
  return (
    <>
      <IdleReset settings={settings} />
      <NavigationGuard />
    </>
  );
}
