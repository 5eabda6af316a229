/** A payment's status as a tag: the text says it, the colour only repeats it (WCAG 1.4.1). */
import type { PaymentStatus } from '@/lib/generated/prisma/enums';

const STYLE: Record<PaymentStatus, string> = {
  CREATED: 'border-amber-700 bg-amber-50 text-amber-950',
  PENDING: 'border-amber-700 bg-amber-50 text-amber-950',
  PAID: 'border-green-800 bg-green-50 text-green-900',
  FAILED: 'border-red-800 bg-red-50 text-red-900',
  EXPIRED: 'border-gray-600 bg-gray-100 text-gray-900',
  REFUNDED: 'border-gray-600 bg-gray-100 text-gray-900',
};

export function PaymentStatusTag({ status, label }: { status: PaymentStatus; label: string }) {
  return <span className={`inline-block rounded-full border-2 px-3 py-1 text-sm font-semibold ${STYLE[status]}`}>{label}</span>;
}
