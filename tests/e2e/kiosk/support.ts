/** A kiosk terminal: a touch screen in portrait (1080×1920) or landscape (1920×1080), in kiosk mode. */
import type { Browser } from '@playwright/test';
import { baseURL } from '../../../playwright.config';

export const KIOSK_SCREENS = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

export type TKioskScreen = keyof typeof KIOSK_SCREENS;

/** A fresh touch-enabled context with the kiosk cookie the terminal's start URL sets (`/kiosk`). */
export async function kioskContext(browser: Browser, screen: TKioskScreen) {
  const context = await browser.newContext({ viewport: KIOSK_SCREENS[screen], hasTouch: true, locale: 'ro-RO' });
  await context.addCookies([{ name: 'portal_kiosk', value: '1', url: baseURL }]);
  return context;
}
