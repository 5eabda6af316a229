import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreateStaffForm } from '@/components/admin/staff/staff-forms';
import { StaffTable } from '@/components/admin/staff/staff-table';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { listDepartments, listStaff } from '@/lib/staff/staff';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('title') };
}

export default async function StaffPage() {
  const user = await requireStaff('/admin/staff', ['ADMIN']);
  const [t, locale] = await Promise.all([getTranslations('staff'), getLocale().then(toLocale)]);
  const [staff, departments] = await Promise.all([listStaff(user), listDepartments(user)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('lead')}</p>
      </div>
      <section aria-labelledby="staff-list" className="rounded-lg border border-gray-300 p-5">
        <h2 id="staff-list" className="mb-4 text-2xl font-bold text-brand-900">
          {t('list.title')}
        </h2>
        <StaffTable staff={staff} locale={locale} />
      </section>
      <section aria-labelledby="staff-create" className="rounded-lg border border-gray-300 p-5">
        <h2 id="staff-create" className="text-2xl font-bold text-brand-900">
          {t('form.createTitle')}
        </h2>
        <p className="mt-2 mb-4 text-gray-700">{t('form.createLead')}</p>
        <CreateStaffForm departments={departments.map((d) => ({ id: d.id, name: locale === 'en' ? d.nameEn : d.nameRo }))} />
      </section>
    </div>
  );
}
