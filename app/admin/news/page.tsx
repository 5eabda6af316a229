import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { NewsTable } from '@/components/admin/news/news-table';
import { requireStaff } from '@/lib/auth/session';
import { listNewsForAdmin } from '@/lib/news/admin';
import type { TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminNews'))('title') };
}

const ZListSearchSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const user = await requireStaff('/admin/news', ['ADMIN']);
  const { page } = ZListSearchSchema.parse(await searchParams);
  const t = await getTranslations('adminNews');
  const { items, pages } = await listNewsForAdmin(user, { page });
  const href = (n: number) => (n === 1 ? '/admin/news' : `/admin/news?page=${n}`);
  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <p>
        <Link href="/admin/news/new" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white no-underline hover:bg-brand-800">
          {t('newPost')}
        </Link>
      </p>
      <AdminSection id="news-list" title={t('list.title')}>
        {items.length === 0 ? <p>{page > 1 ? <Link href="/admin/news">{t('list.previous')}</Link> : t('list.empty')}</p> : <NewsTable items={items} />}
        {pages > 1 ? (
          <nav aria-label={t('list.pagination')} className="flex flex-wrap items-center gap-6">
            {page > 1 ? (
              <Link href={href(Math.min(page - 1, pages))} className="inline-flex min-h-11 items-center font-semibold">
                {t('list.previous')}
              </Link>
            ) : null}
            <span>{t('list.page', { page, pages })}</span>
            {page < pages ? (
              <Link href={href(page + 1)} className="inline-flex min-h-11 items-center font-semibold">
                {t('list.next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </AdminSection>
    </div>
  );
}
