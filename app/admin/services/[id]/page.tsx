import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { AdminLinks, AdminSection } from '@/components/admin/admin-page';
import { EditServiceForm } from '@/components/admin/services/service-forms';
import { requireStaff } from '@/lib/auth/session';
import { pick, toLocale } from '@/lib/i18n/config';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { archiveServiceAction, hideServiceAction, restoreServiceAction, showServiceAction } from '@/lib/services/admin/actions';
import { serviceEditValues } from '@/lib/services/admin/schemas';
import { getServiceAdmin, getServiceFormOptions } from '@/lib/services/admin/services';
import { formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('servicesAdmin'))('detailTitle') };
}

export default async function ServiceAdminPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/services/${id}`, ['ADMIN']);
  const justCreated = firstParam((await searchParams).created) === '1';
  const [t, locale] = await Promise.all([getTranslations('servicesAdmin'), getLocale().then(toLocale)]);
  const [service, options] = await Promise.all([getServiceAdmin(user, id), getServiceFormOptions(user)]);
  if (!service) notFound();
  const title = pick(locale, service.titleRo, service.titleEn);
  const input = { serviceId: service.id };
  const departments = options.departments.map((d) => ({ id: d.id, name: pick(locale, d.nameRo, d.nameEn) }));
  // The current department stays offered while it is inactive, so that saving other changes keeps it.
  if (!departments.some((d) => d.id === service.departmentId)) departments.push({ id: service.department.id, name: `${pick(locale, service.department.nameRo, service.department.nameEn)} (${t('inactiveDepartment')})` });

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/services">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p className="mt-2 text-lg text-gray-700">
          {t(`list.status.${service.status}`)} · {service.slug}
        </p>
      </div>
      {justCreated ? (
        <div role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-4 text-green-900">
          {t('createdNote')}
        </div>
      ) : null}

      <AdminSection id="service-form" title={t('formSection.title')} framed>
        <div className="space-y-3">
          <p>
            {service.latestVersion
              ? t('formSection.latest', { number: service.latestVersion.number, date: service.latestVersion.publishedAt ? formatDateTime(service.latestVersion.publishedAt, locale) : '—' })
              : t('formSection.noVersion')}
          </p>
          {service.hasWorkingCopy ? <p>{t('formSection.workingCopy')}</p> : null}
          <p>
            <span className="font-semibold">{t('formSection.delivery')}:</span> {service.delivery ? t(`delivery.${service.delivery}`) : '—'}
            <span className="block text-sm text-gray-700">{t('formSection.deliveryNote')}</span>
          </p>
          <AdminLinks
            label={t('formSection.links')}
            links={[
              { href: `/admin/services/${service.id}/form`, label: t('formSection.form') },
              { href: `/admin/services/${service.id}/versions`, label: t('formSection.versions') },
              { href: `/admin/services/${service.id}/templates`, label: t('formSection.templates') },
            ]}
          />
          {service.latestVersion ? (
            <p>
              <a href={`/admin/services/${service.id}/export`} download className="inline-flex min-h-11 items-center font-semibold">
                {t('formSection.export')}
              </a>
              <span className="block text-sm text-gray-700">{t('formSection.exportNote')}</span>
            </p>
          ) : null}
        </div>
      </AdminSection>

      <AdminSection id="service-state" title={t('state.title')} framed>
        <div className="space-y-6">
          <div className="space-y-2">
            <p>{service.active ? t('state.shownNote') : service.showRefusal ? t(`state.cannotShow.${service.showRefusal.split('.')[1] as 'showArchived'}`) : t('state.hiddenNote')}</p>
            {service.active ? (
              <ActionButton action={hideServiceAction} input={input} success={t('state.hidden')}>
                {t('state.hide')}
              </ActionButton>
            ) : (
              <ActionButton action={showServiceAction} input={input} success={t('state.shown')}>
                {t('state.show')}
              </ActionButton>
            )}
          </div>
          <div className="space-y-2">
            <p>{service.archivedAt ? t('state.restoreNote') : t('state.archiveNote')}</p>
            {service.archivedAt ? (
              <ActionButton action={restoreServiceAction} input={input} success={t('state.restored')}>
                {t('state.restore')}
              </ActionButton>
            ) : (
              <ActionButton action={archiveServiceAction} input={input} variant="danger" confirm={t('state.archiveConfirm', { title })} success={t('state.archived')}>
                {t('state.archive')}
              </ActionButton>
            )}
          </div>
        </div>
      </AdminSection>

      <AdminSection id="service-edit" title={t('form.editTitle')} framed>
        <EditServiceForm
          initial={serviceEditValues(service, locale)}
          categories={options.categories.map((c) => ({ id: c.id, name: pick(locale, c.nameRo, c.nameEn) }))}
          departments={departments}
        />
      </AdminSection>
    </div>
  );
}
