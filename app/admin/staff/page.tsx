import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
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
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="staff-list" title={t('list.title')} framed>
        <StaffTable staff={staff} locale={locale} />
      </AdminSection>
      <AdminSection id="staff-create" title={t('form.createTitle')} framed>
        <p className="mb-4 text-gray-700">{t('form.createLead')}</p>
        <CreateStaffForm departments={departments.map((d) => ({ id: d.id, name: locale === 'en' ? d.nameEn : d.nameRo }))} />
      </AdminSection>
    </div>
  );
}
