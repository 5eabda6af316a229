/**
 * Kiosk mode: the city hall's self-service terminals open the portal once with `/kiosk` (or any
 * page with `?kiosk=1`); middleware.ts then keeps a cookie, and every page is shown for touch, with
 * the idle reset. `?kiosk=0` turns it off again (for the technician). Edge-safe: no Node APIs.
 */
export const KIOSK_COOKIE = 'portal_kiosk';
/** The terminal keeps its mode for a year; the cookie carries no personal data. */
export const KIOSK_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export type TKioskSettings = { idleSeconds: number; warningSeconds: number };

/** Whether a Cookie header (or a cookie value) marks a kiosk terminal. */
export const isKioskCookie = (value: string | undefined | null) => value === '1';

/** From a raw Cookie header, as route handlers and next-auth's authorize() see it. */
export function kioskFromCookieHeader(header: string | undefined | null): boolean {
  if (!header) return false;
  return header.split(';').some((part) => {
    const [name, value] = part.trim().split('=');
    return name === KIOSK_COOKIE && isKioskCookie(value);
  });
}
