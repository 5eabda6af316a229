import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DiscardDraftButton } from '@/components/requests/discard-draft-button';
import { requireUser } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { listDrafts } from '@/lib/requests/drafts';
import { listOwnRequests } from '@/lib/requests/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  if (user.role !== 'CITIZEN') redirect('/admin');
  const [t, tr, format, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('request'), getFormatter(), getLocale().then(toLocale)]);
  const [drafts, requests] = await Promise.all([listDrafts(user.id), listOwnRequests(user.id, locale)]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Bucharest' }) : '');
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
                    <p className="text-sm text-gray-700">{t('draftSaved', { date: date(draft.updatedAt) })}</p>
                  </div>
                  <div className="flex flex-wrap gap-3">
                    <Link href={`/services/${service.slug}/apply?draft=${draft.id}`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800">
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
      <section aria-labelledby="my-requests" className="rounded-lg border border-gray-300 p-5">
        <h2 id="my-requests" className="text-2xl font-bold text-brand-900">
          {t('requests')}
        </h2>
        {requests.length === 0 ? (
          <p className="mt-3">
            {t('noRequests')} <Link href="/services">{t('toCatalog')}</Link>
          </p>
        ) : (
          <ul className="mt-4 divide-y divide-gray-200">
            {requests.map((request) => (
              <li key={request.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p>
                    <Link href={`/requests/${request.id}`} className="font-semibold">
                      {request.registrationNumber}
                    </Link>{' '}
                    – {request.serviceTitle}
                  </p>
                  <p className="text-sm text-gray-700">
                    {t('submittedOn', { date: date(request.submittedAt) })} · {t('answerBy', { date: date(request.dueAt) })}
                  </p>
                </div>
                <span className="rounded-full border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-900">{tr(`status.${request.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
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
    </div>
  );
}
