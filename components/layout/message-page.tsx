import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** A page that only says something (not found, forbidden...), with the way back home. */
export async function MessagePage({ title, body }: { title: string; body: string }) {
  const t = await getTranslations('common');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mt-4 text-lg">{body}</p>
      <p className="mt-6">
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
