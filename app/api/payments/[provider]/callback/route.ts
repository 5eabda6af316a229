import { getPaymentProvider, recordPaymentCallback, type TCallbackOutcome } from '@/lib/payments/online-payment';

export const dynamic = 'force-dynamic';

// A provider retries what is not answered with 2xx: a repeated or not-final callback is answered
// 200 (nothing to do); what needs a person (wrong amount, closed request) is refused and logged.
const STATUS: Record<TCallbackOutcome, number> = { recorded: 200, duplicate: 200, ignored: 200, unknown: 404, amountMismatch: 409, notPayable: 409 };

/**
 * The payment provider reports a payment's outcome here, server to server. Only the configured
 * provider is heard, and only with a valid signature (checked by its parseCallback).
 */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const { provider: id } = await params;
  const provider = getPaymentProvider();
  if (!provider || provider.id !== id) return Response.json({ error: 'unknownProvider' }, { status: 404 });
  const callback = await provider.parseCallback(request).catch((error: unknown) => {
    console.warn(`[payments] ${id}: unreadable callback:`, (error as Error).message);
    return null;
  });
  if (!callback) return Response.json({ error: 'badSignature' }, { status: 400 });
  const outcome = await recordPaymentCallback(provider, callback);
  return Response.json({ outcome }, { status: STATUS[outcome], headers: { 'Cache-Control': 'no-store' } });
}
