/**
 * A user's notifications. Every query takes the user's id and puts it in the `where`: another
 * user's notification is simply not found.
 */
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { encodeNotificationCursor, type TNotificationCursor } from '@/lib/notifications/schemas';
import { UNREAD_CAP } from '@/lib/notifications/text';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * How many are unread, counting no further than one past the cap the bell shows ("99+"), on the
 * (userId, readAt, createdAt) index. Cached per render: the header and the page both ask.
 */
export const unreadCount = cache(async (userId: string): Promise<number> => db.notification.count({ where: { userId, readAt: null }, take: UNREAD_CAP + 1 }));

/** One page, newest first; `nextCursor` is null on the last page. Ties on createdAt are ordered by id. */
export async function listNotifications(userId: string, { cursor }: { cursor?: TNotificationCursor } = {}) {
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: NOTIFICATIONS_PAGE_SIZE + 1,
    select: { id: true, kind: true, params: true, requestId: true, readAt: true, createdAt: true },
  });
  const items = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? encodeNotificationCursor(last) : null };
}

/** Marks one of the user's notifications read; null when it is not theirs (or does not exist). */
export async function markRead(userId: string, notificationId: string): Promise<{ requestId: string | null; kind: string } | null> {
  const notification = await db.notification.findFirst({ where: { id: notificationId, userId }, select: { requestId: true, kind: true, readAt: true } });
  if (!notification) return null;
  if (!notification.readAt) await db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: new Date() } });
  return { requestId: notification.requestId, kind: notification.kind };
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllRead(userId: string): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
