import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TDepartmentOverview } from '@/lib/departments/departments';

/** The departments: names (to the department's page), active or not, members, services and open requests. */
export async function DepartmentsTable({ departments }: { departments: TDepartmentOverview[] }) {
  const t = await getTranslations('departments.list');
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="w-full min-w-[48rem] border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['nameRo', 'nameEn', 'status', 'members', 'services', 'openRequests'] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/departments/${department.id}`} className="font-semibold">
                  {department.nameRo}
                </Link>
              </th>
              <td className="px-3 py-2" lang="en">
                {department.nameEn}
              </td>
              <td className="px-3 py-2">{department.active ? t('active') : t('inactive')}</td>
              <td className="px-3 py-2">{department.members}</td>
              <td className="px-3 py-2">{department.services}</td>
              <td className="px-3 py-2">{department.openRequests}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
