import { getPaymentProvider, recordNotification, type TNotificationOutcome } from '@/lib/payments/payments';
import type { TNotificationReply } from '@/lib/payments/provider';

export const dynamic = 'force-dynamic';

// A provider retries what it is not told it has: what changed nothing (a repeat, a pending word) is
// accepted; what needs a person (unknown order, wrong amount, nothing left to pay) is kept for the
// reconciliation and refused for good, so that the provider stops resending it.
const REPLY: Record<TNotificationOutcome, TNotificationReply> = { recorded: 'accepted', duplicate: 'accepted', ignored: 'accepted', unknown: 'rejected', amountMismatch: 'rejected', notPayable: 'rejected' };

/**
 * The payment provider reports a payment's outcome here, server to server. Only the configured
 * provider is heard, and only what verifies as it specifies (its parseNotification); a failure of
 * the portal itself (the database) asks the provider to try again later.
 */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const { provider: id } = await params;
  const provider = getPaymentProvider();
  if (!provider || provider.id !== id) return Response.json({ error: 'unknownProvider' }, { status: 404 });
  // A provider's parseNotification returns null for what does not verify; it throws only when the
  // portal cannot check (its configuration is broken): the provider should send it again later.
  const notification = await provider.parseNotification(request).catch((error: unknown) => {
    console.error(`[payments] ${id}: the notification could not be checked:`, (error as Error).message);
    return 'retry' as const;
  });
  if (notification === 'retry') return provider.notificationResponse('retry');
  if (!notification) {
    console.warn(`[payments] ${id}: a notification that does not verify was refused`);
    return provider.notificationResponse('rejected');
  }
  try {
    return provider.notificationResponse(REPLY[await recordNotification(provider, notification)]);
  } catch (error) {
    console.error(`[payments] ${id}: notification for order ${notification.orderId} not recorded, the provider will resend it:`, error);
    return provider.notificationResponse('retry');
  }
}
