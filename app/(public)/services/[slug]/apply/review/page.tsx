import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReviewAndSubmit } from '@/components/requests/review-and-submit';
import { requireUser } from '@/lib/auth/session';
import { requireAcceptedTerms } from '@/lib/content/terms';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AnswerList, DocumentList } from '@/components/requests/filed-data';
import { toLocale } from '@/lib/i18n/config';
import { findDraft } from '@/lib/requests/commands/drafts';
import { checkDocuments } from '@/lib/requests/commands/submit';
import { getCatalogService } from '@/lib/services/catalog';
import { phoneUrl } from '@/lib/kiosk/phone-links';
import { buildAnswersSchema } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { formatAnswers } from '@/lib/services/form/format';
import { FILED } from '@/lib/requests/workflow';
import { getMunicipality } from '@/lib/settings/settings';

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ draft?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apply.review'))('title') };
}

export default async function ReviewPage({ params, searchParams }: TProps) {
  const [{ slug }, { draft: draftId }] = await Promise.all([params, searchParams]);
  if (!draftId) redirect(`/services/${slug}/apply`);
  const here = `/services/${slug}/apply/review?draft=${encodeURIComponent(draftId)}`;
  const user = await requireUser(here);
  if (user.role !== 'CITIZEN') forbidden();
  await requireAcceptedTerms(user, here);
  const [t, locale] = await Promise.all([getTranslations('apply'), getLocale().then(toLocale)]);
  const [service, draft, municipality] = await Promise.all([getCatalogService(slug, locale), findDraft(user, slug, draftId), getMunicipality()]);
  if (!service) notFound();
  if (!draft) {
    const submitted = await db.serviceRequest.findFirst({ where: { id: draftId, applicantId: user.id, status: FILED }, select: { id: true } });
    if (submitted) redirect(`/requests/${submitted.id}`);
    notFound();
  }
  const definition = parseServiceDefinition(draft.serviceVersion.definition);
  const parsed = buildAnswersSchema(definition).safeParse(draft.answers);
  const backToForm = `/services/${slug}/apply?draft=${draft.id}`;
  if (!parsed.success) redirect(`${backToForm}&check=1`);
  const documents = checkDocuments(
    definition,
    parsed.data,
    draft.documents.map((d) => ({ ...d, state: 'STORED' })),
  );
  if (documents.missing.length > 0) redirect(`${backToForm}&check=1`);
  const answers = formatAnswers(definition, parsed.data, locale);
  const requirementName = (key: string | null) => definition.documents.find((r) => r.key === key)?.name[locale] ?? '';
  const filed = draft.documents.filter((d) => documents.keep.includes(d.id)).map((d) => ({ ...d, requirement: requirementName(d.requirementKey) }));

  return (
    <ReviewAndSubmit requestId={draft.id} editHref={backToForm} receipt={{ municipalityName: municipality.name[locale], serviceTitle: service.title, lookupUrl: phoneUrl(env().appUrl, '/status') }}>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{t('step', { step: 2, total: 2 })}</p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">{t('review.title')}</h1>
        <p className="mt-3 text-lg text-gray-700">{t('review.lead', { service: service.title })}</p>
      </div>
      <section aria-labelledby="answers-title" className="rounded-lg border border-gray-300 p-5">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="answers-title" className="text-2xl font-bold text-brand-900">
            {t('review.answers')}
          </h2>
          <Link href={backToForm}>{t('review.edit')}</Link>
        </div>
        <AnswerList answers={answers} />
      </section>
      <section aria-labelledby="documents-title" className="rounded-lg border border-gray-300 p-5">
        <h2 id="documents-title" className="text-2xl font-bold text-brand-900">
          {t('review.documents')}
        </h2>
        <DocumentList documents={filed} locale={locale} empty={t('review.noDocuments')} />
      </section>
    </ReviewAndSubmit>
  );
}
