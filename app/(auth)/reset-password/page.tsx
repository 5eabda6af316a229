import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/accounts/link-problem';
import { ResetPasswordForm } from '@/components/accounts/reset-password-form';
import { peekToken } from '@/lib/accounts/tokens';
import { firstParam, type TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.reset'))('title') };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const token = firstParam((await searchParams).token);
  const t = await getTranslations('auth.reset');
  const state = token ? await peekToken(token, 'RESET_PASSWORD') : ({ ok: false, reason: 'invalid' } as const);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{t('title')}</h1>
      {state.ok ? (
        <ResetPasswordForm token={token as string} />
      ) : (
        <LinkProblem reason={state.reason}>
          <p>
            <Link href="/forgot-password">{t('again')}</Link>
          </p>
        </LinkProblem>
      )}
    </>
  );
}
