import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { contentBodyClass } from '@/components/content/content-body';
import { Markdown } from '@/components/content/markdown';
import { contentPageMetadata, getContentPage, type TShownPage } from '@/lib/content/get-page';
import type { TContentPageKey } from '@/lib/content/pages';

/**
 * Renders one of the public information pages (about, terms, privacy, ...): title, lead, the
 * Markdown body, and its date — "last reviewed" for the accessibility statement, "updated" otherwise.
 */
export async function ContentPage({ page, children }: { page: TShownPage; children?: ReactNode }) {
  const [t, tPages, format] = await Promise.all([getTranslations('common'), getTranslations('contentPages.public'), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'long' });
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{page.title}</h1>
      <p className="mt-4 text-lg text-gray-700">{page.lead}</p>
      {children}
      <Markdown source={page.body} className={`mt-6 ${contentBodyClass}`} />
      <p className="mt-8 text-sm text-gray-600">{page.reviewedAt ? tPages('reviewedAt', { date: date(page.reviewedAt) }) : t('updatedAt', { date: date(page.publishedAt) })}</p>
    </article>
  );
}

/** The page and metadata of a route that shows one content page as it is. */
export function contentRoute(key: TContentPageKey) {
  return {
    generateMetadata: () => contentPageMetadata(key),
    Page: async function Page() {
      return <ContentPage page={await getContentPage(key)} />;
    },
  };
}
