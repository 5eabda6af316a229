import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <PageShell>
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand-900">{t('forbidden.title')}</h1>
        <p className="mt-4 text-lg">{t('forbidden.body')}</p>
        <p className="mt-6">
          <Link href="/">{t('common.backHome')}</Link>
        </p>
      </div>
    </PageShell>
  );
}
