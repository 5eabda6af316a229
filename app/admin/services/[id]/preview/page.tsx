import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormPreview } from '@/components/admin/services/builder/form-preview';
import { requireStaff } from '@/lib/auth/session';
import { isLocale, LOCALES, pick, toLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import { getServiceForm } from '@/lib/services/admin/form';
import { problemTarget, validateWorkingCopy } from '@/lib/services/form/builder';
import { TIME_ZONE } from '@/lib/time';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('serviceBuilder.preview'))('metaTitle') };
}

export default async function ServiceFormPreviewPage({ params, searchParams }: TProps) {
  const [{ id }, { lang }] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/services/${id}/preview`, ['ADMIN']);
  const [t, tLanguage, locale] = await Promise.all([getTranslations('serviceBuilder'), getTranslations('language'), getLocale().then(toLocale)]);
  const form = await getServiceForm(user, id);
  if (!form) notFound();
  // The preview's language is its own (the switch below); the page around it stays in the administrator's.
  const previewLocale = isLocale(lang) ? lang : locale;
  const checked = validateWorkingCopy(form.copy);
  const builderHref = `/admin/services/${form.service.id}/form`;
  const where = (path: string) => {
    const target = problemTarget(form.copy, path);
    if (target.kind === 'field') return t('problems.field', { position: target.position, label: target.label });
    if (target.kind === 'document') return t('problems.document', { position: target.position, name: target.name });
    return t('problems.form');
  };
  // The preview's own controls in its language (the request's translator follows the administrator's cookie).
  const p = messages[previewLocale].serviceBuilder.preview;

  return (
    <div className="space-y-8">
      <p>
        <Link href={builderHref}>{t('preview.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('preview.title', { service: pick(locale, form.service.titleRo, form.service.titleEn) })}</h1>
        <p className="mt-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-lg font-semibold">{t('preview.banner')}</p>
        <p className="mt-2 text-gray-700">
          {form.hasWorkingCopy ? t('preview.source') : form.latestVersion ? t('preview.sourcePublished', { version: form.latestVersion.number }) : t('preview.source')} {t('preview.prefillNote')}
        </p>
      </div>
      <nav aria-label={t('preview.language')}>
        <ul className="flex flex-wrap gap-3">
          {LOCALES.map((option) => (
            <li key={option}>
              <Link
                href={`/admin/services/${form.service.id}/preview?lang=${option}`}
                lang={option}
                aria-current={option === previewLocale ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-lg border-2 px-4 font-semibold no-underline ${option === previewLocale ? 'border-brand-700 bg-brand-700 text-white' : 'border-brand-700 text-brand-900'}`}
              >
                {tLanguage(option)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {checked.ok ? (
        <section aria-labelledby="preview-form-title" lang={previewLocale} className="max-w-3xl space-y-6 rounded-lg border-2 border-dashed border-gray-400 p-5">
          <h2 id="preview-form-title" className="text-3xl font-bold text-brand-900 sm:text-4xl">
            {pick(previewLocale, form.service.titleRo, form.service.titleEn)}
          </h2>
          <NextIntlClientProvider locale={previewLocale} messages={messages[previewLocale]} timeZone={TIME_ZONE}>
            <FormPreview key={previewLocale} definition={checked.definition} locale={previewLocale} labels={{ check: p.check, valid: p.valid, documentsNote: p.documentsNote }} />
          </NextIntlClientProvider>
        </section>
      ) : (
        <div role="alert" className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t('preview.invalid')}</p>
          <ul className="list-disc pl-6">
            {Object.entries(checked.errors).flatMap(([path, list]) =>
              list.map((error) => (
                <li key={`${path}-${error}`}>
                  {where(path)}: {t(`errors.${error}`)}
                </li>
              )),
            )}
          </ul>
          <p>
            <Link href={builderHref} className="font-semibold text-red-900">
              {t('preview.back')}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
