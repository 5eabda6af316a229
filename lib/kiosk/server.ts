import 'server-only';
import { cookies } from 'next/headers';
import { isKioskCookie, KIOSK_COOKIE, type TKioskSettings } from '@/lib/kiosk/config';
import { env } from '@/lib/env';

/** Whether this request comes from a kiosk terminal (server components, actions, route handlers). */
export async function isKiosk(): Promise<boolean> {
  return isKioskCookie((await cookies()).get(KIOSK_COOKIE)?.value);
}

/** What the browser needs to run the idle reset. */
export const kioskSettings = (): TKioskSettings => ({ idleSeconds: env().kiosk.idleSeconds, warningSeconds: env().kiosk.warningSeconds });
