import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ContinueOnPhone } from '@/components/kiosk/continue-on-phone';
import { TYPE_LABELS } from '@/lib/documents/file-type';
import { toLocale } from '@/lib/i18n/config';
import { getCatalogService } from '@/lib/services/catalog';

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const service = await getCatalogService((await params).slug, toLocale(await getLocale()));
  return service ? { title: service.title, description: service.summary } : {};
}

export default async function ServicePage({ params }: TProps) {
  const { slug } = await params;
  const [t, format, locale] = await Promise.all([getTranslations('services'), getFormatter(), getLocale().then(toLocale)]);
  const service = await getCatalogService(slug, locale);
  if (!service) notFound();
  const documents = service.definition.documents;
  const { term } = service;
  // A fee suspends the term only where the service asks for one; the page says what applies.
  const suspension = term.suspendOnInfo && term.suspendOnFee ? 'both' : term.suspendOnInfo ? 'info' : term.suspendOnFee ? 'fee' : null;
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href="/services">← {t('back')}</Link>
      </p>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{service.category}</p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">{service.title}</h1>
        <p className="mt-3 text-lg text-gray-700">{service.summary}</p>
      </div>
      <div className="space-y-3 leading-7">
        {service.description.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-gray-300 p-5 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('who')}</dt>
        <dd>{service.applicantTypes.map((type) => t(`applicant.${type}`)).join(', ')}</dd>
        <dt className="font-semibold">{t('fee')}</dt>
        <dd>
          {service.feeAmountBani === null ? null : `${format.number(service.feeAmountBani / 100, { style: 'currency', currency: 'RON' })}. `}
          {service.feeInfo}
        </dd>
        <dt className="font-semibold">{t('legalTerm')}</dt>
        <dd className="space-y-1">
          <p>
            {t('termLine', {
              length: t('termLength', { days: term.days, unit: term.unit }),
              basis: service.legalBasis ?? '',
              hasBasis: service.legalBasis ? 'yes' : 'no',
              extension: term.maxExtensionDays > 0 ? t('termExtension', { days: term.maxExtensionDays, unit: term.unit }) : '',
              hasExtension: term.maxExtensionDays > 0 ? 'yes' : 'no',
            })}
          </p>
          <p className="text-gray-700">{t('termCounting', { unit: term.unit })}</p>
          {suspension ? <p>{t('termSuspension', { on: suspension })}</p> : null}
        </dd>
        {term.tacitApproval ? (
          <>
            <dt className="font-semibold">{t('tacitApproval')}</dt>
            <dd>{t('tacitApprovalText', { basis: term.tacitApprovalBasis ?? '' })}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('department')}</dt>
        <dd>{service.department}</dd>
        <dt className="font-semibold">{t('delivery')}</dt>
        <dd>{t(`deliveryMode.${service.definition.delivery}`)}</dd>
      </dl>
      <div className="rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
        <Link href={`/services/${service.slug}/apply`} className="inline-flex min-h-14 items-center rounded-lg bg-brand-700 px-8 text-xl font-bold text-white no-underline hover:bg-brand-800">
          {t('apply')}
        </Link>
        <p className="mt-3 text-gray-800">{t('applyHint')}</p>
      </div>
      <ContinueOnPhone path={`/services/${service.slug}`} />
      <section aria-labelledby="documents">
        <h2 id="documents" className="text-2xl font-bold text-brand-900">
          {t('documents')}
        </h2>
        {documents.length === 0 ? (
          <p className="mt-2">{t('noDocuments')}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {documents.map((document) => (
              <li key={document.key} className="rounded-lg border border-gray-300 p-4">
                <p className="font-semibold">
                  {document.name[locale]} <span className="font-normal text-gray-700">({document.required ? t('required') : t('optional')})</span>
                </p>
                {document.help ? <p className="mt-1 text-gray-700">{document.help[locale]}</p> : null}
                <p className="mt-1 text-sm text-gray-700">{t('accepts', { types: document.accept.map((type) => TYPE_LABELS[type]).join(', '), size: document.maxSizeMb, files: document.maxFiles })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
