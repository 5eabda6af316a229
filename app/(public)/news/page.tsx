import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { toLocale } from '@/lib/i18n/config';
import { listPublishedNews } from '@/lib/news/queries';
import type { TSearchParams } from '@/lib/search-params';

// Read at every request: a scheduled post appears at its time without a new deployment.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('news');
  return { title: t('title'), description: t('lead') };
}

const ZNewsSearchSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function NewsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const { page } = ZNewsSearchSchema.parse(await searchParams);
  const [t, format, locale] = await Promise.all([getTranslations('news'), getFormatter(), getLocale().then(toLocale)]);
  const { items, hasMore } = await listPublishedNews({ locale, page });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 text-lg text-gray-700">{t('lead')}</p>
      {items.length === 0 ? (
        <p className="mt-8">
          {page > 1 ? (
            <>
              {t('emptyPage')} <Link href="/news">{t('firstPage')}</Link>
            </>
          ) : (
            t('empty')
          )}
        </p>
      ) : (
        <ul className="mt-8 space-y-6">
          {items.map((post) => (
            <li key={post.slug} className="border-b border-gray-200 pb-6">
              <article className="flex flex-col gap-4 sm:flex-row">
                {post.image ? (
                  // Served by our own route (app/news-images); the title next to it is the link.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={post.image.src} alt={post.image.alt} className="h-32 w-full rounded-md object-cover sm:w-48 sm:shrink-0" />
                ) : null}
                <div>
                  <h2 className="text-2xl font-semibold">
                    <Link href={`/news/${post.slug}`}>{post.title}</Link>
                  </h2>
                  <p className="mt-1 text-sm text-gray-600">{t('publishedAt', { date: format.dateTime(post.publishedAt, { dateStyle: 'long' }) })}</p>
                  <p className="mt-2">{post.excerpt}</p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      {page > 1 || hasMore ? (
        <nav aria-label={t('pagination')} className="mt-8 flex justify-between">
          {page > 1 ? <Link href={page === 2 ? '/news' : `/news?page=${page - 1}`}>{t('previous')}</Link> : <span />}
          {hasMore ? <Link href={`/news?page=${page + 1}`}>{t('next')}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
