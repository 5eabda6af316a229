import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TSessionUser } from '@/lib/auth/session';

/** The back-office sections; staff administration and the audit log are for administrators. */
export async function AdminNav({ user }: { user: TSessionUser }) {
  const t = await getTranslations('admin.nav');
  const links = [
    { href: '/admin', label: t('requests') },
    { href: '/admin/stats', label: t('stats') },
    ...(user.role === 'ADMIN'
      ? [
          { href: '/admin/staff', label: t('staff') },
          { href: '/admin/audit', label: t('audit') },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('label')} className="mb-8 border-b border-gray-300">
      <ul className="flex flex-wrap gap-x-6">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-flex min-h-11 items-center font-semibold">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
