import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import type { TStaffMember } from '@/lib/staff/staff';
import { formatDateTime } from '@/lib/time';

/** The staff accounts: name (to the edit page), email, role, departments, status, last sign-in. */
export async function StaffTable({ staff, locale }: { staff: TStaffMember[]; locale: TLocale }) {
  const t = await getTranslations('staff');
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('list.caption')} tabIndex={0}>
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="sr-only">{t('list.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['name', 'email', 'role', 'departments', 'status', 'lastLogin'] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(`list.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => {
            const name = `${member.lastName} ${member.firstName}`.trim() || member.email;
            return (
              <tr key={member.id} className="border-b border-gray-200 align-top">
                <th scope="row" className="px-3 py-2 font-normal">
                  <Link href={`/admin/staff/${member.id}`} className="font-semibold">
                    {name}
                  </Link>
                </th>
                <td className="px-3 py-2 break-all">{member.email}</td>
                <td className="px-3 py-2">{t(`roles.${member.role}`)}</td>
                <td className="px-3 py-2">
                  {member.departments.length === 0 ? (
                    <span className="text-gray-700">{member.role === 'ADMIN' ? t('list.allDepartments') : t('list.noDepartments')}</span>
                  ) : (
                    <ul>
                      {member.departments.map((d) => (
                        <li key={d.id}>{locale === 'en' ? d.nameEn : d.nameRo}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="px-3 py-2">
                  <span className={member.status === 'DISABLED' ? 'font-semibold text-red-800' : member.status === 'PENDING_ACTIVATION' ? 'font-semibold text-amber-900' : ''}>
                    {t(`statuses.${member.status}`)}
                  </span>
                </td>
                <td className="px-3 py-2">{member.lastLoginAt ? formatDateTime(member.lastLoginAt, locale) : <span className="text-gray-700">{t('list.never')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
