import { getLocale, getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { refuseDownloadOnKiosk, textResponse } from '@/lib/kiosk/server';
import { paymentReceiptFile } from '@/lib/payments/receipt';

type TContext = { params: Promise<{ id: string }> };

/**
 * The sealed receipt of a paid payment, for the tax office (canManagePayments): the same stored file
 * the payer downloads in that language (lib/payments/receipt.ts), in the language of the staff
 * member's session. Other staff are refused (403); an unknown or unpaid payment is a 404.
 */
export async function GET(_request: Request, { params }: TContext) {
  const { id } = await params;
  const user = await getSession();
  // Signed out (an old tab): sign in and come back to the payments.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent('/admin/payments')}` } });
  const errors = await getTranslations('errors');
  if (user.role !== 'CLERK' && user.role !== 'ADMIN') return textResponse(errors('forbidden'), 403);
  const refused = await refuseDownloadOnKiosk();
  if (refused) return refused;
  const locale = toLocale(await getLocale());
  let file: Awaited<ReturnType<typeof paymentReceiptFile>>;
  try {
    file = await paymentReceiptFile({ kind: 'staff', actor: user }, id, locale);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return textResponse(errors('forbidden'), 403);
    throw error;
  }
  if (!file) return textResponse((await getTranslations('paymentReceipt'))('notFound'), 404);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
