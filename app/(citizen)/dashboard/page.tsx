import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { dashboardHref } from '@/components/requests/dashboard-href';
import { DashboardPagination, DashboardRange } from '@/components/requests/dashboard-pagination';
import { DashboardRequestList } from '@/components/requests/dashboard-request-list';
import { DashboardStatusFilter } from '@/components/requests/dashboard-status-filter';
import { DiscardDraftButton } from '@/components/requests/discard-draft-button';
import { requireUser } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { listDrafts } from '@/lib/requests/commands/drafts';
import { listOwnRequests, parseDashboardQuery } from '@/lib/requests/queries/applicant';
import type { TSearchParams } from '@/lib/search-params';
import { formatDate } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

/** The applicant's space: drafts, then the filed requests (filter by status, pages of 10), then the account. */
export default async function DashboardPage({ searchParams }: TProps) {
  const user = await requireUser('/dashboard');
  if (user.role !== 'CITIZEN') redirect('/admin');
  const query = parseDashboardQuery(await searchParams);
  const [t, locale] = await Promise.all([getTranslations('dashboard'), getLocale().then(toLocale)]);
  const [drafts, result] = await Promise.all([listDrafts(user.id), listOwnRequests(user.id, query, locale)]);
  const totalFiled = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('welcome', { name: user.displayName })}</p>
      </div>
      {drafts.length > 0 ? (
        <section aria-labelledby="my-drafts" className="rounded-lg border border-gray-300 p-5">
          <h2 id="my-drafts" className="text-2xl font-bold text-brand-900">
            {t('drafts')}
          </h2>
          <p className="mt-2 text-gray-700">{t('draftsHint')}</p>
          <ul className="mt-4 divide-y divide-gray-200">
            {drafts.map((draft) => {
              const service = draft.serviceVersion.service;
              const title = locale === 'en' ? service.titleEn : service.titleRo;
              return (
                <li key={draft.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-semibold">{title}</p>
                    <p className="text-sm text-gray-700">{t('draftSaved', { date: formatDate(draft.updatedAt, locale) })}</p>
                  </div>
                  <div className="flex flex-wrap gap-3">
                    <Link
                      href={`/services/${service.slug}/apply?draft=${draft.id}`}
                      className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800"
                    >
                      {t('continueDraft')}
                      <span className="sr-only">: {title}</span>
                    </Link>
                    <DiscardDraftButton requestId={draft.id} title={title} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="my-requests" className="space-y-4 rounded-lg border border-gray-300 p-5">
        <h2 id="my-requests" className="text-2xl font-bold text-brand-900">
          {t('requests')}
        </h2>
        {totalFiled === 0 ? (
          <p>
            {t('noRequests')} <Link href="/services">{t('toCatalog')}</Link>
          </p>
        ) : (
          <>
            <DashboardStatusFilter query={query} counts={result.counts} />
            {result.rows.length === 0 ? (
              <p>
                {t('noneInFilter')} <Link href={dashboardHref(query, { status: 'all' })}>{t('showAll')}</Link>
              </p>
            ) : (
              <>
                <DashboardRange result={result} />
                <DashboardRequestList rows={result.rows} locale={locale} />
                <DashboardPagination query={query} result={result} />
              </>
            )}
          </>
        )}
        <p>
          <Link href="/services">{t('newRequest')}</Link>
        </p>
      </section>
      <section aria-labelledby="my-account" className="rounded-lg border border-gray-300 p-5">
        <h2 id="my-account" className="text-2xl font-bold text-brand-900">
          {t('account')}
        </h2>
        <p className="mt-3">
          {t('accountHint')} <Link href="/account">{t('toAccount')}</Link>
        </p>
      </section>
      <section aria-labelledby="my-taxes" className="rounded-lg border border-gray-300 p-5">
        <h2 id="my-taxes" className="text-2xl font-bold text-brand-900">
          {t('taxes')}
        </h2>
        <p className="mt-3">
          {t('taxesHint')} <Link href="/taxes">{t('toTaxes')}</Link>
        </p>
      </section>
    </div>
  );
}
