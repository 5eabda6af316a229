import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { CreateNewsForm } from '@/components/admin/news/news-forms';
import { requireStaff } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminNews.new'))('title') };
}

export default async function NewNewsPage() {
  await requireStaff('/admin/news/new', ['ADMIN']);
  const t = await getTranslations('adminNews');
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/news">{t('back')}</Link>
      </p>
      <AdminPageHeading title={t('new.title')} lead={t('new.lead')} />
      <AdminSection id="news-create" title={t('form.editTitle')} framed>
        <CreateNewsForm />
      </AdminSection>
    </div>
  );
}
