import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/accounts/login-form';
import { SuccessMessage } from '@/components/forms/form-kit';
import { safeNextPath } from '@/lib/auth/config';
import { getSession } from '@/lib/auth/session';
import type { TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.login'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

const NOTICES = ['activated', 'reset', 'loggedOut', 'emailChanged', 'passwordChanged', 'deleted'] as const;

export default async function LoginPage({ searchParams }: TProps) {
  const params = await searchParams;
  const user = await getSession();
  const next = safeNextPath(params.next, '');
  if (user) redirect(next || (user.role === 'CITIZEN' ? '/dashboard' : '/admin'));
  const t = await getTranslations('auth.login');
  const notice = NOTICES.find((key) => params[key] === '1');
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mt-2 mb-6 text-lg text-gray-700">{t('lead')}</p>
      {notice ? (
        <div className="mb-6">
          <SuccessMessage>{t(`notice.${notice}`)}</SuccessMessage>
        </div>
      ) : null}
      <LoginForm next={next} />
    </>
  );
}
