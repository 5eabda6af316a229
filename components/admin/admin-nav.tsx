import { getTranslations } from 'next-intl/server';
import { AdminLinks } from '@/components/admin/admin-page';
import type { TSessionUser } from '@/lib/auth/session';

/** The back-office sections; staff, departments, categories and the audit log are for administrators. */
export async function AdminNav({ user }: { user: TSessionUser }) {
  const t = await getTranslations('admin.nav');
  const links = [
    { href: '/admin', label: t('requests') },
    { href: '/admin/stats', label: t('stats') },
    ...(user.role === 'ADMIN'
      ? [
          { href: '/admin/staff', label: t('staff') },
          { href: '/admin/departments', label: t('departments') },
          { href: '/admin/categories', label: t('categories') },
          { href: '/admin/audit', label: t('audit') },
        ]
      : []),
  ];
  return <AdminLinks label={t('label')} links={links} className="mb-8 border-b border-gray-300" />;
}
