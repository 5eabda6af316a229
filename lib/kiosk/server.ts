import 'server-only';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { isKioskCookie, KIOSK_COOKIE, type TKioskSettings } from '@/lib/kiosk/config';
import { env } from '@/lib/env';

/** Whether this request comes from a kiosk terminal (server components, actions, route handlers). */
export async function isKiosk(): Promise<boolean> {
  return isKioskCookie((await cookies()).get(KIOSK_COOKIE)?.value);
}

/** What the browser needs to run the idle reset. */
export const kioskSettings = (): TKioskSettings => ({ idleSeconds: env().kiosk.idleSeconds, warningSeconds: env().kiosk.warningSeconds });

/** A plain-text answer of a route handler, in the reader's language, never cached. */
export const textResponse = (text: string, status: number) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/**
 * Files are not handed out on a kiosk terminal: a download would stay in its Downloads folder for
 * the next visitor. The browser guard refuses such links already; this is the server's own check,
 * for the routes that answer with a file. Null elsewhere.
 */
export async function refuseDownloadOnKiosk(): Promise<Response | null> {
  if (!(await isKiosk())) return null;
  return textResponse((await getTranslations('kiosk.blocked'))('download'), 403);
}
