import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale, type TLocale } from '@/lib/i18n/config';
import type { TAdminNewsItem } from '@/lib/news/admin';
import type { TNewsStatus } from '@/lib/news/schedule';
import { formatDateTime } from '@/lib/time';

type TTranslate = Awaited<ReturnType<typeof getTranslations<'adminNews'>>>;

/** "Ciornă", "Programată pentru 08.12.2026 09:00", "Publicată la 01.12.2026 10:15" (Romanian time). */
export function newsStatusText(t: TTranslate, status: TNewsStatus, publishedAt: Date | null, locale: TLocale): string {
  if (status === 'draft' || !publishedAt) return t('status.draft');
  return t(`status.${status}`, { date: formatDateTime(publishedAt, locale) });
}

/** The posts of one page: title (to the post's page), state, last change. */
export async function NewsTable({ items }: { items: TAdminNewsItem[] }) {
  const [t, locale] = await Promise.all([getTranslations('adminNews'), getLocale().then(toLocale)]);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('list.caption')} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="sr-only">{t('list.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['colTitle', 'colStatus', 'colUpdated'] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(`list.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((post) => (
            <tr key={post.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/news/${post.id}`} className="font-semibold">
                  {locale === 'en' ? post.titleEn : post.titleRo}
                </Link>
                {post.hasImage ? <span className="block text-sm text-gray-700">{t('list.withImage')}</span> : null}
              </th>
              <td className="px-3 py-2">{newsStatusText(t, post.status, post.publishedAt, locale)}</td>
              <td className="px-3 py-2">{formatDateTime(post.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
