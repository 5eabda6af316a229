/**
 * The public information pages as visitors see them: the latest published version of each
 * (/admin/pages), or the embedded default text while the database has none.
 */
import 'server-only';
import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { DEFAULT_PAGES_DATE, defaultPageText } from '@/lib/content/blocks';
import type { TContentPageKey } from '@/lib/content/pages';
import { db } from '@/lib/db';
import { toLocale } from '@/lib/i18n/config';

/** One page in the visitor's language: its body is Markdown; `reviewedAt` only for the accessibility statement. */
export type TShownPage = {
  key: TContentPageKey;
  title: string;
  lead: string;
  body: string;
  publishedAt: Date;
  reviewedAt: Date | null;
  /** The version shown; null for the embedded default. */
  version: number | null;
};

/** The latest published version of a page, read once per request. */
export const getLatestPageVersion = cache(async (key: TContentPageKey) =>
  db.contentPageVersion.findFirst({
    where: { pageKey: key },
    orderBy: { number: 'desc' },
    select: { number: true, titleRo: true, titleEn: true, leadRo: true, leadEn: true, bodyRo: true, bodyEn: true, reviewedAt: true, publishedAt: true },
  }),
);

export async function getContentPage(key: TContentPageKey): Promise<TShownPage> {
  const [locale, latest] = await Promise.all([getLocale().then(toLocale), getLatestPageVersion(key)]);
  if (!latest) {
    const text = defaultPageText(key, locale);
    return { key, ...text, publishedAt: DEFAULT_PAGES_DATE, reviewedAt: key === 'accessibility' ? DEFAULT_PAGES_DATE : null, version: null };
  }
  const en = locale === 'en';
  return {
    key,
    title: en ? latest.titleEn : latest.titleRo,
    lead: en ? latest.leadEn : latest.leadRo,
    body: en ? latest.bodyEn : latest.bodyRo,
    publishedAt: latest.publishedAt,
    reviewedAt: key === 'accessibility' ? (latest.reviewedAt ?? latest.publishedAt) : null,
    version: latest.number,
  };
}

export async function contentPageMetadata(key: TContentPageKey): Promise<Metadata> {
  const page = await getContentPage(key);
  return { title: page.title, description: page.lead };
}
