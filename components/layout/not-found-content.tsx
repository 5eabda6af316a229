import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function NotFoundContent() {
  const t = await getTranslations();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-900">{t('notFound.title')}</h1>
      <p className="mt-4 text-lg">{t('notFound.body')}</p>
      <p className="mt-6">
        <Link href="/">{t('common.backHome')}</Link>
      </p>
    </div>
  );
}
