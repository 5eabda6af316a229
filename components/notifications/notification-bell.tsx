import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { UNREAD_CAP, unreadBadge } from '@/lib/notifications/text';

/** The header's bell: a link to /notifications named with the unread count, shown as a badge. */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations();
  const label = unread === 0 ? t('nav.notifications') : unread > UNREAD_CAP ? t('notifications.bellMany', { count: UNREAD_CAP }) : t('notifications.bell', { count: unread });
  return (
    <Link href="/notifications" className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded text-white no-underline hover:bg-brand-800 hover:text-white">
      <svg viewBox="0 0 24 24" width={26} height={26} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M6 9a6 6 0 0 1 12 0c0 5 2 7 2 7H4s2-2 2-7" />
        <path d="M10 20a2 2 0 0 0 4 0" />
      </svg>
      <span className="sr-only">{label}</span>
      {unread > 0 ? (
        <span aria-hidden="true" data-testid="notification-badge" className="absolute right-0 top-0 min-w-5 rounded-full bg-gold-500 px-1 text-center text-xs font-bold leading-5 text-brand-900">
          {unreadBadge(unread)}
        </span>
      ) : null}
    </Link>
  );
}
