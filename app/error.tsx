'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="continut" className="mx-auto w-full max-w-2xl flex-1 px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t('error.title')}</h1>
      <p className="mt-4 text-lg">{t('error.body')}</p>
      {error.digest ? <p className="mt-2 text-sm text-gray-600">{t('error.reference', { digest: error.digest })}</p> : null}
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          {t('error.retry')}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center">
          {t('common.backHome')}
        </Link>
      </div>
    </main>
  );
}
