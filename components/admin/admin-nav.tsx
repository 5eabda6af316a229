import { getTranslations } from 'next-intl/server';
import { AdminLinks } from '@/components/admin/admin-page';
import type { TSessionUser } from '@/lib/auth/session';
import { canManagePayments } from '@/lib/payments/staff-access';

/** The back-office sections; all but the requests and the statistics are for administrators. */
export async function AdminNav({ user }: { user: TSessionUser }) {
  const t = await getTranslations('admin.nav');
  const links = [
    { href: '/admin', label: t('requests') },
    { href: '/admin/stats', label: t('stats') },
    // The tax office's payments and tax file imports: administrators and the clerks of the tax department.
    ...((await canManagePayments(user))
      ? [
          { href: '/admin/payments', label: (await getTranslations('paymentsAdmin'))('nav') },
          { href: '/admin/taxes', label: (await getTranslations('taxesAdmin'))('nav') },
        ]
      : []),
    ...(user.role === 'ADMIN'
      ? [
          { href: '/admin/services', label: t('services') },
          { href: '/admin/departments', label: t('departments') },
          { href: '/admin/categories', label: t('categories') },
          { href: '/admin/news', label: t('news') },
          { href: '/admin/pages', label: t('pages') },
          { href: '/admin/settings', label: t('settings') },
          { href: '/admin/calendar', label: t('calendar') },
          { href: '/admin/staff', label: t('staff') },
          { href: '/admin/audit', label: t('audit') },
        ]
      : []),
  ];
  return <AdminLinks label={t('label')} links={links} className="mb-8 border-b border-gray-300" />;
}
