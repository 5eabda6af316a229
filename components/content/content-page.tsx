import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { TContentPage, TContentPageKey } from '@/lib/content/pages';
import { contentPageMetadata, getContentPage } from '@/lib/content/get-page';

/** Renders one of the public information pages (about, terms, privacy, ...). */
export async function ContentPage({ page, children }: { page: TContentPage; children?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations('common'), getFormatter()]);
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{page.title}</h1>
      <p className="mt-4 text-lg text-gray-700">{page.lead}</p>
      {children}
      <div className="mt-6 space-y-4 text-base leading-7">
        {page.blocks.map((block, index) => {
          switch (block.type) {
            case 'h2':
              return (
                <h2 key={index} className="pt-4 text-2xl font-bold text-brand-900">
                  {block.text}
                </h2>
              );
            case 'p':
              return <p key={index}>{block.text}</p>;
            case 'ul':
              return (
                <ul key={index} className="list-disc space-y-1 pl-6">
                  {block.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              );
            case 'note':
              return (
                <p key={index} className="rounded-lg border-l-4 border-gold-500 bg-brand-50 p-4">
                  {block.text}
                </p>
              );
          }
        })}
      </div>
      <p className="mt-8 text-sm text-gray-600">{t('updatedAt', { date: format.dateTime(new Date(page.updatedAt), { dateStyle: 'long' }) })}</p>
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
