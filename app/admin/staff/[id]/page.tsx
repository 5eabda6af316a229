import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminSection } from '@/components/admin/admin-page';
import { StaffAccessActions } from '@/components/admin/staff/staff-access-actions';
import { EditStaffForm } from '@/components/admin/staff/staff-forms';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { getStaffMember, listDepartments } from '@/lib/staff/staff';
import { formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('editTitle') };
}

export default async function StaffMemberPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/staff/${id}`, ['ADMIN']);
  const [t, locale] = await Promise.all([getTranslations('staff'), getLocale().then(toLocale)]);
  const [member, departments] = await Promise.all([getStaffMember(user, id), listDepartments(user)]);
  if (!member) notFound();
  const isSelf = member.id === user.id;
  const name = `${member.firstName} ${member.lastName}`.trim() || member.email;
  // A department the member still belongs to stays listed even if it was closed since.
  const options = [
    ...departments.map((d) => ({ id: d.id, name: locale === 'en' ? d.nameEn : d.nameRo })),
    ...member.departments.filter((m) => !departments.some((d) => d.id === m.id)).map((m) => ({ id: m.id, name: locale === 'en' ? m.nameEn : m.nameRo })),
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/staff">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('list.email')}</dt>
          <dd className="break-all">{member.email}</dd>
          <dt className="font-semibold">{t('list.role')}</dt>
          <dd>{t(`roles.${member.role}`)}</dd>
          <dt className="font-semibold">{t('list.status')}</dt>
          <dd>{t(`statuses.${member.status}`)}</dd>
          <dt className="font-semibold">{t('list.lastLogin')}</dt>
          <dd>{member.lastLoginAt ? formatDateTime(member.lastLoginAt, locale) : t('list.never')}</dd>
          <dt className="font-semibold">{t('createdAt')}</dt>
          <dd>{formatDateTime(member.createdAt, locale)}</dd>
        </dl>
      </div>
      <AdminSection id="staff-edit" title={t('form.editTitle')} framed>
        <EditStaffForm initial={{ userId: member.id, role: member.role, departmentIds: member.departments.map((d) => d.id) }} departments={options} isSelf={isSelf} />
      </AdminSection>
      <AdminSection id="staff-access" title={t('access.title')} framed>
        <StaffAccessActions userId={member.id} name={name} status={member.status} isSelf={isSelf} />
      </AdminSection>
    </div>
  );
}
