import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import { toLocale } from '@/lib/i18n/config';
import { getPublishedNewsPost } from '@/lib/news/queries';

// Read at every request: a scheduled post appears at its time, an unpublished one is gone at once.
export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const post = await getPublishedNewsPost((await params).slug, toLocale(await getLocale()));
  return post ? { title: post.title, description: post.excerpt } : {};
}

export default async function NewsPostPage({ params }: TProps) {
  const { slug } = await params;
  const [t, format, locale] = await Promise.all([getTranslations('news'), getFormatter(), getLocale().then(toLocale)]);
  const post = await getPublishedNewsPost(slug, locale);
  if (!post) notFound();
  return (
    <article className="max-w-3xl">
      <p>
        <Link href="/news">← {t('back')}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900 sm:text-4xl">{post.title}</h1>
      <p className="mt-2 text-sm text-gray-600">{t('publishedAt', { date: format.dateTime(post.publishedAt, { dateStyle: 'long' }) })}</p>
      <p className="mt-4 text-lg text-gray-700">{post.excerpt}</p>
      {post.image ? (
        // Served by our own route (app/news-images): no optimizer needed for one picture per post.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={post.image.src} alt={post.image.alt} className="mt-6 h-auto w-full rounded-lg" />
      ) : null}
      <Markdown source={post.body} className="mt-6" />
    </article>
  );
}
