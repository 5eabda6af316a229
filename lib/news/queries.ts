/**
 * The public side of the news: only posts whose publication moment has come (`publishedAt` ≤ now),
 * read at every request, so that a scheduled post appears at its time with nothing else to run.
 */
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/config';
import { newsImageSrc } from '@/lib/news/images';
import { publishedBy } from '@/lib/news/schedule';

export const NEWS_PAGE_SIZE = 10;

export type TNewsImage = { src: string; alt: string };
export type TNewsListItem = { slug: string; title: string; excerpt: string; publishedAt: Date; image: TNewsImage | null };

const imageOf = (row: { id: string; imageKey: string | null; imageAltRo: string | null; imageAltEn: string | null }, locale: TLocale): TNewsImage | null => {
  const src = newsImageSrc(row);
  return src ? { src, alt: (locale === 'en' ? row.imageAltEn : row.imageAltRo) ?? '' } : null;
};

/** Published posts, newest first, one page at a time (plus whether an older page exists). */
export async function listPublishedNews({ locale, page = 1, pageSize = NEWS_PAGE_SIZE, now = new Date() }: { locale: TLocale; page?: number; pageSize?: number; now?: Date }) {
  const rows = await db.newsPost.findMany({
    where: publishedBy(now),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
    select: { id: true, slug: true, titleRo: true, titleEn: true, excerptRo: true, excerptEn: true, publishedAt: true, imageKey: true, imageAltRo: true, imageAltEn: true },
  });
  const items: TNewsListItem[] = rows.slice(0, pageSize).map((row) => ({
    slug: row.slug,
    title: locale === 'en' ? row.titleEn : row.titleRo,
    excerpt: locale === 'en' ? row.excerptEn : row.excerptRo,
    publishedAt: row.publishedAt as Date,
    image: imageOf(row, locale),
  }));
  return { items, hasMore: rows.length > pageSize };
}

/** A published post by its address, in the reader's language; its body is Markdown (render it with `<Markdown>`). */
export const getPublishedNewsPost = cache(async (slug: string, locale: TLocale, now: Date = new Date()) => {
  const row = await db.newsPost.findFirst({
    where: { slug, ...publishedBy(now) },
    select: { id: true, slug: true, titleRo: true, titleEn: true, excerptRo: true, excerptEn: true, bodyRo: true, bodyEn: true, publishedAt: true, imageKey: true, imageAltRo: true, imageAltEn: true },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    title: locale === 'en' ? row.titleEn : row.titleRo,
    excerpt: locale === 'en' ? row.excerptEn : row.excerptRo,
    body: locale === 'en' ? row.bodyEn : row.bodyRo,
    publishedAt: row.publishedAt as Date,
    image: imageOf(row, locale),
  };
});
