import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminSection } from '@/components/admin/admin-page';
import { TemplateEditor } from '@/components/admin/templates/template-editor';
import { requireStaff } from '@/lib/auth/session';
import { pick, toLocale } from '@/lib/i18n/config';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { getMunicipality } from '@/lib/settings/settings';
import { ANSWER_TEMPLATE_KINDS } from '@/lib/templates/defaults';
import { municipalityLines } from '@/lib/templates/merge-data';
import { getServiceTemplates } from '@/lib/templates/templates';
import { formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('templates'))('title') };
}

export default async function ServiceTemplatesPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/services/${id}/templates`, ['ADMIN']);
  const asked = firstParam((await searchParams).kind);
  const kind = ANSWER_TEMPLATE_KINDS.find((k) => k === asked) ?? 'APPROVAL';
  const [t, locale] = await Promise.all([getTranslations('templates'), getLocale().then(toLocale)]);
  const [service, municipality] = await Promise.all([getServiceTemplates(user, id), getMunicipality()]);
  if (!service) notFound();
  const title = pick(locale, service.titleRo, service.titleEn);
  const template = service.templates.find((x) => x.kind === kind)!;
  const base = `/admin/services/${service.id}/templates`;

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/services/${service.id}`}>{t('back', { title })}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('heading', { title })}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('lead')}</p>
      </div>

      <nav aria-label={t('kindsLabel')}>
        <ul className="flex flex-wrap gap-3">
          {service.templates.map((x) => (
            <li key={x.kind}>
              <Link
                href={`${base}?kind=${x.kind}`}
                aria-current={x.kind === kind ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-lg border-2 px-4 font-semibold ${x.kind === kind ? 'border-brand-700 bg-brand-700 text-white' : 'border-gray-400 text-brand-900'}`}
              >
                {t(`kinds.${x.kind}`)}
                <span className="ml-2 text-sm font-normal">{x.current.number > 0 ? t('versionShort', { number: x.current.number }) : t('builtInShort')}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <AdminSection id="template-edit" title={t('editTitle', { kind: t(`kinds.${kind}`) })} framed>
        <div className="space-y-4">
          <p>{template.current.number > 0 ? t('currentVersion', { number: template.current.number }) : t('builtIn')}</p>
          <TemplateEditor
            key={kind}
            serviceId={service.id}
            kind={kind}
            current={template.current}
            fields={service.fields}
            sample={{ municipality: municipalityLines(municipality), serviceTitle: service.titleRo, legalBasis: service.legalBasisRo }}
            pdfHref={`${base}/pdf?kind=${kind}`}
          />
        </div>
      </AdminSection>

      <AdminSection id="template-versions" title={t('versions.title')}>
        {template.versions.length === 0 ? (
          <p>{t('versions.none')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label={t('versions.caption')} tabIndex={0}>
            <table className="w-full min-w-[36rem] border-collapse text-left">
              <caption className="sr-only">{t('versions.caption')}</caption>
              <thead>
                <tr className="border-b-2 border-gray-400">
                  {(['number', 'savedAt', 'savedBy', 'title'] as const).map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 font-semibold">
                      {t(`versions.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {template.versions.map((version) => (
                  <tr key={version.id} className="border-b border-gray-200">
                    <th scope="row" className="px-3 py-2 font-semibold">
                      {t('versions.number', { number: version.number })}
                    </th>
                    <td className="px-3 py-2">
                      <time dateTime={version.createdAt.toISOString()}>{formatDateTime(version.createdAt, locale)}</time>
                    </td>
                    <td className="px-3 py-2">{version.createdBy ?? t('versions.demoData')}</td>
                    <td className="px-3 py-2">{version.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AdminSection>
    </div>
  );
}
