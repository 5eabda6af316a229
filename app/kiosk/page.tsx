import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BigButtons } from '@/components/home/big-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kiosk'))('title') };
}

/** The start page of a city-hall terminal (its start URL turns kiosk mode on, see middleware.ts). */
export default async function KioskHomePage() {
  const t = await getTranslations('kiosk');
  return (
    <section aria-labelledby="kiosk-title" className="space-y-10">
      <div>
        <h1 id="kiosk-title" className="text-5xl font-bold text-brand-900">
          {t('welcome')}
        </h1>
        <p className="mt-4 text-3xl">{t('lead')}</p>
      </div>
      <BigButtons size="kiosk" />
      <p className="max-w-4xl text-xl">{t('privacyNote')}</p>
    </section>
  );
}
