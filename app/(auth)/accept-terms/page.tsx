import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AcceptTermsForm } from '@/components/content/accept-terms-form';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { safeNextPath } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/session';
import { getPendingTerms } from '@/lib/content/terms';
import { toLocale } from '@/lib/i18n/config';
import type { TSearchParams } from '@/lib/search-params';
import { formatDate } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contentPages.accept'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

const PAGE_OF = { TERMS: '/terms', PRIVACY: '/privacy' } as const;

/**
 * New terms or privacy notice to accept: the citizen reads what changed, ticks "Am citit și accept",
 * and goes on to the page they asked for (a path on this site only). Nothing to accept: straight on.
 */
export default async function AcceptTermsPage({ searchParams }: TProps) {
  const params = await searchParams;
  const next = safeNextPath(params.next, '/dashboard');
  const user = await requireUser(`/accept-terms?next=${encodeURIComponent(next)}`);
  const pending = await getPendingTerms(user.id, user.role);
  if (pending.length === 0) redirect(user.role === 'CITIZEN' ? next : '/admin');
  const [t, locale] = await Promise.all([getTranslations('contentPages.accept'), getLocale().then(toLocale)]);
  const names = pending.map((v) => t(`accusative.${v.kind}`));
  const documents = names.length === 2 ? t('and', { first: names[0]!, second: names[1]! }) : names[0]!;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mt-2 mb-6 text-lg text-gray-700">{t('lead')}</p>
      <section aria-labelledby="terms-changed" className="mb-6 rounded-lg border border-gray-300 p-5">
        <h2 id="terms-changed" className="text-2xl font-bold text-brand-900">
          {t('documentsTitle')}
        </h2>
        <ul className="mt-3 space-y-3">
          {pending.map((version) => (
            <li key={version.id}>
              <Link href={PAGE_OF[version.kind]} className="text-lg font-semibold">
                {t('read', { title: t(`document.${version.kind}`) })}
              </Link>
              <span className="block text-gray-700">{t('publishedAt', { date: formatDate(version.publishedAt, locale) })}</span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-gray-700">{t('readNote')}</p>
      </section>
      <AcceptTermsForm termsVersionIds={pending.map((v) => v.id)} documents={documents} next={next} />
      <p className="mt-8 text-gray-700">{t('decline')}</p>
      <SignOutButton className="mt-2 min-h-11 rounded-lg border-2 border-gray-600 px-5 font-semibold">{t('signOut')}</SignOutButton>
    </>
  );
}
