import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { ContentPagesTable } from '@/components/admin/pages/pages-table';
import { requireStaff } from '@/lib/auth/session';
import { listContentPages } from '@/lib/content/admin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contentPages'))('title') };
}

export default async function ContentPagesPage() {
  const user = await requireStaff('/admin/pages', ['ADMIN']);
  const t = await getTranslations('contentPages');
  const pages = await listContentPages(user);
  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="pages-list" title={t('list.title')}>
        <ContentPagesTable pages={pages} />
        <p className="text-gray-700">{t('list.termsNote')}</p>
      </AdminSection>
    </div>
  );
}
