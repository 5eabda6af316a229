import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotificationList } from '@/components/notifications/notification-list';
import { requireUser } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { markAllReadAction } from '@/lib/notifications/actions';
import { listNotifications, unreadCount } from '@/lib/notifications/notifications';
import { ZNotificationCursorSchema } from '@/lib/notifications/schemas';
import { UNREAD_CAP } from '@/lib/notifications/text';

type TProps = { searchParams: Promise<{ cursor?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

export default async function NotificationsPage({ searchParams }: TProps) {
  const user = await requireUser('/notifications');
  if (user.role !== 'CITIZEN') redirect('/admin');
  const cursor = ZNotificationCursorSchema.parse((await searchParams).cursor);
  const [t, locale] = await Promise.all([getTranslations('notifications'), getLocale().then(toLocale)]);
  const [page, unread] = await Promise.all([listNotifications(user.id, { cursor }), unreadCount(user.id)]);
  const button = 'inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-5 font-semibold text-brand-800 no-underline hover:bg-brand-50';
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('intro')}</p>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>{unread > UNREAD_CAP ? t('unreadSummaryMany', { count: UNREAD_CAP }) : t('unreadSummary', { count: unread })}</p>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <button type="submit" className={button}>
              {t('markAllRead')}
            </button>
          </form>
        ) : null}
      </div>
      {page.items.length > 0 ? <NotificationList items={page.items} locale={locale} /> : <p className="rounded-lg border border-gray-300 p-5">{cursor ? t('noOlder') : t('empty')}</p>}
      {cursor || page.nextCursor ? (
        <nav aria-label={t('pagination')} className="flex flex-wrap gap-3">
          {cursor ? (
            <Link href="/notifications" className={button}>
              {t('newest')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={`/notifications?cursor=${encodeURIComponent(page.nextCursor)}`} className={button}>
              {t('older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
