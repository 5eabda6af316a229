import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { AdminSection } from '@/components/admin/admin-page';
import { AddMemberForm, EditDepartmentForm, MoveServiceForm } from '@/components/admin/departments/department-forms';
import { requireStaff } from '@/lib/auth/session';
import { deactivateDepartmentAction, deleteDepartmentAction, reactivateDepartmentAction, removeDepartmentMemberAction } from '@/lib/departments/actions';
import { getDepartmentDetail } from '@/lib/departments/departments';
import { toLocale } from '@/lib/i18n/config';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('departments'))('detailTitle') };
}

export default async function DepartmentPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/departments/${id}`, ['ADMIN']);
  const [t, tStaff, locale] = await Promise.all([getTranslations('departments'), getTranslations('staff'), getLocale().then(toLocale)]);
  const department = await getDepartmentDetail(user, id);
  if (!department) notFound();
  const name = locale === 'en' ? department.nameEn : department.nameRo;
  const targets = department.targets.map((d) => ({ id: d.id, name: locale === 'en' ? d.nameEn : d.nameRo }));
  const input = { departmentId: department.id };
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/departments">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{name}</h1>
        <p className="mt-2 text-lg text-gray-700">{department.active ? t('list.active') : t('inactiveNote')}</p>
      </div>

      <AdminSection id="department-edit" title={t('form.editTitle')} framed>
        <EditDepartmentForm initial={{ departmentId: department.id, nameRo: department.nameRo, nameEn: department.nameEn, email: department.email ?? '', phone: department.phone ?? '' }} />
      </AdminSection>

      <AdminSection id="department-members" title={t('members.title')} framed>
        <p className="mb-4 text-gray-700">{t('members.lead')}</p>
        {department.members.length === 0 ? (
          <p className="mb-4">{t('members.none')}</p>
        ) : (
          <ul className="mb-6 divide-y divide-gray-200">
            {department.members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
                <div>
                  <Link href={`/admin/staff/${member.id}`} className="font-semibold">
                    {member.name}
                  </Link>
                  <span className="block text-gray-700">
                    {tStaff(`roles.${member.role as 'CLERK' | 'ADMIN'}`)} · {t('members.departments', { count: member.departments })}
                  </span>
                </div>
                <ActionButton action={removeDepartmentMemberAction} input={{ departmentId: department.id, userId: member.id }} variant="danger" success={t('members.removed')}>
                  {t('members.remove')}
                  <span className="sr-only"> ({member.name})</span>
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
        {department.active ? (
          department.candidates.length > 0 ? (
            <AddMemberForm departmentId={department.id} candidates={department.candidates.map((c) => ({ id: c.id, name: `${c.name} (${c.email})` }))} />
          ) : (
            <p>{t('members.noCandidates')}</p>
          )
        ) : (
          <p>{t('members.inactive')}</p>
        )}
      </AdminSection>

      <AdminSection id="department-services" title={t('services.title')} framed>
        <p className="mb-4 text-gray-700">{t('services.lead')}</p>
        {department.services.length === 0 ? (
          <p>{t('services.none')}</p>
        ) : (
          <ul className="divide-y divide-gray-200">
            {department.services.map((service) => {
              const title = locale === 'en' ? service.titleEn : service.titleRo;
              return (
                <li key={service.id} className="space-y-2 py-3">
                  <p className="font-semibold">
                    {title}
                    {service.active ? null : <span className="ml-2 font-normal text-gray-700">({t('services.hidden')})</span>}
                  </p>
                  {targets.length > 0 ? <MoveServiceForm serviceId={service.id} serviceTitle={title} targets={targets} /> : <p>{t('services.noTargets')}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </AdminSection>

      <AdminSection id="department-state" title={t('state.title')} framed>
        <div className="space-y-6">
          <div className="space-y-2">
            <p>{department.active ? t('state.deactivateNote') : t('state.reactivateNote')}</p>
            {department.active ? (
              <ActionButton action={deactivateDepartmentAction} input={input} success={t('state.deactivated')}>
                {t('state.deactivate')}
              </ActionButton>
            ) : (
              <ActionButton action={reactivateDepartmentAction} input={input} success={t('state.reactivated')}>
                {t('state.reactivate')}
              </ActionButton>
            )}
          </div>
          <div className="space-y-2">
            <p>{t('state.deleteNote')}</p>
            <ActionButton action={deleteDepartmentAction} input={input} variant="danger" confirm={t('state.deleteConfirm', { name })} next="/admin/departments">
              {t('state.delete')}
            </ActionButton>
          </div>
        </div>
      </AdminSection>
    </div>
  );
}
