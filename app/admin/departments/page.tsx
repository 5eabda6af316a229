import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { CreateDepartmentForm } from '@/components/admin/departments/department-forms';
import { DepartmentsTable } from '@/components/admin/departments/departments-table';
import { requireStaff } from '@/lib/auth/session';
import { listDepartmentsOverview } from '@/lib/departments/departments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('departments'))('title') };
}

export default async function DepartmentsPage() {
  const user = await requireStaff('/admin/departments', ['ADMIN']);
  const t = await getTranslations('departments');
  const departments = await listDepartmentsOverview(user);
  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="departments-list" title={t('list.title')}>
        <DepartmentsTable departments={departments} />
      </AdminSection>
      <AdminSection id="departments-create" title={t('form.createTitle')} framed>
        <p className="mb-4 text-gray-700">{t('form.createLead')}</p>
        <CreateDepartmentForm />
      </AdminSection>
    </div>
  );
}
