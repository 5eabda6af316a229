import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/config';
import { getPublishedNewsPost } from '@/lib/news/queries';

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
      <div className="mt-6 space-y-4 text-base leading-7">
        {post.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
