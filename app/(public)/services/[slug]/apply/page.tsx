import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ContinueOnPhone } from '@/components/kiosk/continue-on-phone';
import { ApplyForm } from '@/components/requests/apply-form';
import { requireUser } from '@/lib/auth/session';
import { requireAcceptedTerms } from '@/lib/content/terms';
import { db } from '@/lib/db';
import { toLocale } from '@/lib/i18n/config';
import { findDraft } from '@/lib/requests/commands/drafts';
import { prefillAnswers } from '@/lib/requests/prefill';
import { getCatalogService } from '@/lib/services/catalog';
import { isServiceOpenTo } from '@/lib/services/eligibility';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { FILED } from '@/lib/requests/workflow';

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ draft?: string; check?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [t, service] = await Promise.all([getTranslations('apply'), getCatalogService((await params).slug, toLocale(await getLocale()))]);
  return service ? { title: t('metaTitle', { service: service.title }) } : {};
}

export default async function ApplyPage({ params, searchParams }: TProps) {
  const [{ slug }, { draft: draftId, check }] = await Promise.all([params, searchParams]);
  const here = `/services/${slug}/apply${draftId ? `?draft=${encodeURIComponent(draftId)}` : ''}`;
  const user = await requireUser(here);
  if (user.role !== 'CITIZEN') forbidden();
  await requireAcceptedTerms(user, here);
  const [t, locale] = await Promise.all([getTranslations('apply'), getLocale().then(toLocale)]);
  const service = await getCatalogService(slug, locale);
  if (!service) notFound();

  const draft = await findDraft(user, slug, draftId);
  if (draftId && !draft) {
    // Already submitted (another tab, the back button): show the request instead of an empty form.
    const submitted = await db.serviceRequest.findFirst({ where: { id: draftId, applicantId: user.id, status: FILED }, select: { id: true } });
    if (submitted) redirect(`/requests/${submitted.id}`);
    notFound();
  }
  if (!draft && !isServiceOpenTo(service, user.accountType)) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{service.title}</h1>
        <p role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          {t('notForYou', { who: service.applicantTypes.map((type) => t(`applicantTypes.${type}`)).join(', ') })}
        </p>
        <p>
          <Link href="/services">{t('backToCatalog')}</Link>
        </p>
      </div>
    );
  }
  const definition = draft ? parseServiceDefinition(draft.serviceVersion.definition) : service.definition;
  const initialAnswers = draft ? (draft.answers as Record<string, unknown>) : await prefillAnswers(user.id, definition);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/services/${slug}`}>← {t('backToService')}</Link>
      </p>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{t('step', { step: 1, total: 2 })}</p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">{service.title}</h1>
        <p className="mt-3 text-lg text-gray-700">{draft ? t('resumed') : t('lead')}</p>
      </div>
      <ApplyForm
        serviceSlug={slug}
        definition={definition}
        locale={locale}
        initialAnswers={initialAnswers}
        draft={{ requestId: draft?.id, savedAt: draft?.updatedAt.toISOString(), documents: draft?.documents ?? [] }}
        validateOnMount={check === '1'}
      />
      <ContinueOnPhone path={`/services/${slug}/apply`} note="draft" />
    </div>
  );
}
