import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/accounts/link-problem';
import { ResendActivationForm } from '@/components/accounts/resend-activation-form';
import { activateAccount } from '@/lib/accounts/register';
import { firstParam, type TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.activate'))('title') };
}

/** Opening the emailed link activates the account and lands on the login page. */
export default async function ActivatePage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const token = firstParam((await searchParams).token);
  const result = token ? await activateAccount(token) : ({ ok: false, reason: 'invalid' } as const);
  if (result.ok) redirect('/login?activated=1');
  const t = await getTranslations('auth.activate');
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <LinkProblem reason={result.reason}>
        {result.reason === 'used' ? (
          <p>
            {t('usedHint')} <Link href="/login">{t('login')}</Link>
          </p>
        ) : null}
        <ResendActivationForm />
      </LinkProblem>
    </>
  );
}
