import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { KioskProvider } from '@/components/kiosk/kiosk-context';
import { KioskRuntime } from '@/components/kiosk/kiosk-runtime';
import { isKiosk, kioskSettings } from '@/lib/kiosk/server';
import './globals.css';
import './print.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('metadata');
  return {
    title: { default: t('siteName'), template: `%s – ${t('siteName')}` },
    description: t('description'),
    icons: { icon: '/coat-of-arms.svg' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d91' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, kiosk] = await Promise.all([getLocale(), getTranslations('common'), isKiosk()]);
  return (
    <html lang={locale} data-kiosk={kiosk ? '' : undefined}>
      <body className="flex min-h-screen flex-col">
        <a href="#continut" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>
          <KioskProvider settings={kiosk ? kioskSettings() : null}>
            {children}
            {kiosk ? <KioskRuntime /> : null}
          </KioskProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
