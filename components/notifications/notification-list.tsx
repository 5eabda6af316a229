import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import { describeNotification } from '@/lib/notifications/text';
import { formatDateTime } from '@/lib/time';

export type TNotificationItem = { id: string; kind: string; params: unknown; readAt: Date | null; createdAt: Date };

/**
 * Newest first; each is a link to /notifications/[id], which marks it read and opens its request.
 * Plain links, not next/link: a prefetch must not mark anything read. Unread ones say so in text.
 */
export async function NotificationList({ items, locale }: { items: TNotificationItem[]; locale: TLocale }) {
  const t = await getTranslations('notifications');
  return (
    <ul className="divide-y divide-gray-200 rounded-lg border border-gray-300">
      {items.map((item) => {
        const text = describeNotification(item.kind, item.params, locale);
        const unread = item.readAt === null;
        return (
          <li key={item.id} className={unread ? 'border-l-4 border-l-brand-700 bg-brand-50 p-4' : 'border-l-4 border-l-transparent p-4'}>
            <a href={`/notifications/${item.id}`} className={unread ? 'font-semibold' : undefined}>
              {unread ? (
                <>
                  <span className="mr-2 inline-block rounded-full bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white no-underline">{t('unread')}</span>
                  <span className="sr-only">: </span>
                </>
              ) : null}
              {t(text.key, text.values)}
            </a>
            <p className="mt-1 text-sm text-gray-700">
              <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
