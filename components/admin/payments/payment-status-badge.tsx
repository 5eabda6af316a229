import { getTranslations } from 'next-intl/server';
import type { PaymentStatus } from '@/lib/generated/prisma/enums';

// Dark text on light fills, each well past 4.5:1; the word says the status, the colour only helps.
const LOOK: Record<PaymentStatus, string> = {
  CREATED: 'border-gray-600 bg-white text-gray-900',
  PENDING: 'border-brand-700 bg-white text-brand-900',
  PAID: 'border-green-800 bg-green-50 text-green-900',
  FAILED: 'border-red-700 bg-red-50 text-red-900',
  EXPIRED: 'border-gray-600 bg-gray-100 text-gray-900',
  REFUNDED: 'border-amber-700 bg-amber-50 text-amber-950',
};

/** A payment's status as a word in a pill. */
export async function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const t = await getTranslations('paymentsAdmin.status');
  return <span className={`inline-block rounded-full border-2 px-3 py-0.5 text-sm font-semibold whitespace-nowrap ${LOOK[status]}`}>{t(status)}</span>;
}
