import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/config';

export const NEWS_PAGE_SIZE = 10;

const published = () => ({ publishedAt: { not: null, lte: new Date() } });

export type TNewsListItem = { slug: string; title: string; excerpt: string; publishedAt: Date };

/** Published posts, newest first, one page at a time (plus whether an older page exists). */
export async function listPublishedNews({ locale, page = 1, pageSize = NEWS_PAGE_SIZE }: { locale: TLocale; page?: number; pageSize?: number }) {
  const rows = await db.newsPost.findMany({
    where: published(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
    select: { slug: true, titleRo: true, titleEn: true, excerptRo: true, excerptEn: true, publishedAt: true },
  });
  const items: TNewsListItem[] = rows.slice(0, pageSize).map((row) => ({
    slug: row.slug,
    title: locale === 'en' ? row.titleEn : row.titleRo,
    excerpt: locale === 'en' ? row.excerptEn : row.excerptRo,
    publishedAt: row.publishedAt as Date,
  }));
  return { items, hasMore: rows.length > pageSize };
}

export const getPublishedNewsPost = cache(async (slug: string, locale: TLocale) => {
  const row = await db.newsPost.findFirst({
    where: { slug, ...published() },
    select: { slug: true, titleRo: true, titleEn: true, excerptRo: true, excerptEn: true, bodyRo: true, bodyEn: true, publishedAt: true, updatedAt: true },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    title: locale === 'en' ? row.titleEn : row.titleRo,
    excerpt: locale === 'en' ? row.excerptEn : row.excerptRo,
    paragraphs: (locale === 'en' ? row.bodyEn : row.bodyRo).split(/\n{2,}/).map((p) => p.trim()).filter(Boolean),
    publishedAt: row.publishedAt as Date,
  };
});
