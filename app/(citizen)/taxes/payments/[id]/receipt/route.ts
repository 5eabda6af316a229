import { getLocale, getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { refuseDownloadOnKiosk, textResponse } from '@/lib/kiosk/server';
import { paymentPagePath } from '@/lib/payments/payments';
import { paymentReceiptFile } from '@/lib/payments/receipt';

type TContext = { params: Promise<{ id: string }> };

/**
 * The sealed receipt (chitanță electronică) of the signed-in payer's own paid payment, in the
 * language of the session (lib/payments/receipt.ts): issued on the first download, then the same
 * file. Someone else's payment, or one not paid, is a 404.
 */
export async function GET(_request: Request, { params }: TContext) {
  const { id } = await params;
  const user = await getSession();
  // Signed out (an old tab): sign in and come back to the payment, where the receipt is offered again.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(paymentPagePath(id))}` } });
  const refused = await refuseDownloadOnKiosk();
  if (refused) return refused;
  const locale = toLocale(await getLocale());
  const file = await paymentReceiptFile({ kind: 'payer', userId: user.id }, id, locale);
  if (!file) return textResponse((await getTranslations('paymentReceipt'))('notFound'), 404);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
