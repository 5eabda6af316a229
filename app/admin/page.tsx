import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function AdminHomePage() {
  // Checked here as well as in the middleware: a forged header or a stale token gets 403.
  const user = await requireStaff('/admin');
  const [t, locale] = await Promise.all([getTranslations('admin'), getLocale()]);
  const departments = await db.department.findMany({
    where: user.role === 'ADMIN' ? { active: true } : { members: { some: { userId: user.id } } },
    select: { id: true, nameRo: true, nameEn: true, _count: { select: { requests: { where: { status: { notIn: ['DRAFT', 'APPROVED', 'REJECTED', 'WITHDRAWN'] } } } } } },
    orderBy: { nameRo: 'asc' },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="text-lg">{t('welcome', { name: user.displayName, role: t(`role.${user.role}`) })}</p>
      <section aria-labelledby="departments" className="rounded-lg border border-gray-300 p-5">
        <h2 id="departments" className="text-2xl font-bold text-brand-900">
          {t('departments')}
        </h2>
        {departments.length === 0 ? (
          <p className="mt-3">{t('noDepartments')}</p>
        ) : (
          <ul className="mt-3 space-y-1">
            {departments.map((d) => (
              <li key={d.id}>
                {locale === 'en' ? d.nameEn : d.nameRo}: {t('openRequests', { count: d._count.requests })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
