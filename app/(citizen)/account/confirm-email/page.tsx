import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/accounts/link-problem';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { SuccessMessage } from '@/components/forms/form-kit';
import { confirmEmailChange } from '@/lib/accounts/account';
import { requireUser } from '@/lib/auth/session';
import { firstParam, type TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('confirmTitle') };
}

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const token = firstParam((await searchParams).token);
  // Checked here, not only in the middleware: the change must be confirmed by the account that asked.
  const user = await requireUser(`/account/confirm-email${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  const t = await getTranslations('account');
  const result = token ? await confirmEmailChange(token, user.id) : ({ ok: false, reason: 'invalid' } as const);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('confirmTitle')}</h1>
      {result.ok ? (
        <SuccessMessage>
          <p>{t('emailChanged')}</p>
          <p className="mt-3">
            <SignOutButton className="font-semibold underline">{t('signInAgain')}</SignOutButton>
          </p>
        </SuccessMessage>
      ) : (
        <LinkProblem reason={result.reason}>
          <p>
            <Link href="/account">{t('backToAccount')}</Link>
          </p>
        </LinkProblem>
      )}
    </div>
  );
}
