import { getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { markRead } from '@/lib/notifications/notifications';
import { ZNotificationIdSchema } from '@/lib/notifications/schemas';

type TContext = { params: Promise<{ id: string }> };

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'private, no-store' } });

/**
 * Opening a notification from the list: marks it read (only the user's own; anyone else's is
 * "not found") and goes on to its request (a tax payment's: to /taxes), or back to the list.
 */
export async function GET(request: Request, { params }: TContext) {
  const { id } = await params;
  const user = await getSession();
  // Signed out (an old tab): sign in and come back here, so that it is still marked read.
  if (!user) return seeOther(`/login?next=${encodeURIComponent(`/notifications/${id}`)}`);
  if (user.role !== 'CITIZEN') return seeOther('/admin');
  // A browser's speculative prefetch is not the user opening it.
  const purpose = request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '';
  if (request.headers.has('next-router-prefetch') || purpose.includes('prefetch')) return new Response(null, { status: 204, headers: { 'Cache-Control': 'private, no-store' } });
  const parsed = ZNotificationIdSchema.safeParse({ notificationId: id });
  const notification = parsed.success ? await markRead(user.id, parsed.data.notificationId) : null;
  if (!notification) {
    const t = await getTranslations('notifications');
    return new Response(t('notFound'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
  }
  // A tax payment's notification leads to the taxes page, where the payment and its receipt are.
  return seeOther(notification.requestId ? `/requests/${notification.requestId}` : notification.kind.startsWith('payment.') ? '/taxes' : '/notifications');
}
