import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ServiceFormBuilder } from '@/components/admin/services/builder/service-form-builder';
import { requireStaff } from '@/lib/auth/session';
import { pick, toLocale } from '@/lib/i18n/config';
import { getServiceForm } from '@/lib/services/admin/form';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('serviceBuilder'))('metaTitle') };
}

export default async function ServiceFormPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/services/${id}/form`, ['ADMIN']);
  const [t, locale] = await Promise.all([getTranslations('serviceBuilder'), getLocale().then(toLocale)]);
  const form = await getServiceForm(user, id);
  if (!form) notFound();
  const title = pick(locale, form.service.titleRo, form.service.titleEn);
  return (
    <div className="space-y-8">
      <p className="flex flex-wrap gap-x-6">
        <Link href={`/admin/services/${form.service.id}`}>{t('back')}</Link>
        <Link href="/admin/services">{t('backToList')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title', { service: title })}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('lead')}</p>
      </div>
      {/* A new revision (another tab saved, the copy was discarded) starts the builder afresh on a reload. */}
      <ServiceFormBuilder
        key={form.revision}
        serviceId={form.service.id}
        initial={{
          copy: form.copy,
          revision: form.revision,
          hasWorkingCopy: form.hasWorkingCopy,
          updatedAt: form.updatedAt?.toISOString() ?? null,
          latestVersion: form.latestVersion?.number ?? null,
        }}
      />
    </div>
  );
}
