import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  if (user.role !== 'CITIZEN') redirect('/admin');
  const t = await getTranslations('dashboard');
  const requestCount = await db.serviceRequest.count({ where: { applicantId: user.id } });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('welcome', { name: user.displayName })}</p>
      </div>
      <section aria-labelledby="my-requests" className="rounded-lg border border-gray-300 p-5">
        <h2 id="my-requests" className="text-2xl font-bold text-brand-900">
          {t('requests')}
        </h2>
        {requestCount === 0 ? (
          <p className="mt-3">
            {t('noRequests')} <Link href="/services">{t('toCatalog')}</Link>
          </p>
        ) : (
          <p className="mt-3">{t('requestCount', { count: requestCount })}</p>
        )}
      </section>
      <section aria-labelledby="my-account" className="rounded-lg border border-gray-300 p-5">
        <h2 id="my-account" className="text-2xl font-bold text-brand-900">
          {t('account')}
        </h2>
        <p className="mt-3">
          {t('accountHint')} <Link href="/account">{t('toAccount')}</Link>
        </p>
      </section>
    </div>
  );
}
