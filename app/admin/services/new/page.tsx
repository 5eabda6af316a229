import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { CreateServiceForm } from '@/components/admin/services/service-forms';
import { requireStaff } from '@/lib/auth/session';
import { pick, toLocale } from '@/lib/i18n/config';
import { getServiceFormOptions } from '@/lib/services/admin/services';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('servicesAdmin'))('newTitle') };
}

export default async function NewServicePage() {
  const user = await requireStaff('/admin/services/new', ['ADMIN']);
  const [t, locale] = await Promise.all([getTranslations('servicesAdmin'), getLocale().then(toLocale)]);
  const options = await getServiceFormOptions(user);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/services">{t('back')}</Link>
      </p>
      <AdminPageHeading title={t('newTitle')} lead={t('newLead')} />
      <AdminSection id="service-create" title={t('form.createTitle')} framed>
        <CreateServiceForm
          categories={options.categories.map((c) => ({ id: c.id, name: pick(locale, c.nameRo, c.nameEn) }))}
          departments={options.departments.map((d) => ({ id: d.id, name: pick(locale, d.nameRo, d.nameEn) }))}
        />
      </AdminSection>
    </div>
  );
}
