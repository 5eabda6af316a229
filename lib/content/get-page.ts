import { getLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { contentPages, type TContentPageKey } from '@/lib/content/pages';
import { toLocale } from '@/lib/i18n/config';

export async function getContentPage(key: TContentPageKey) {
  return contentPages[key][toLocale(await getLocale())];
}

export async function contentPageMetadata(key: TContentPageKey): Promise<Metadata> {
  const page = await getContentPage(key);
  return { title: page.title, description: page.lead };
}
