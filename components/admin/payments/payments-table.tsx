import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PaymentStatusBadge } from '@/components/admin/payments/payment-status-badge';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import type { TPaymentListRow } from '@/lib/payments/admin';
import { formatDateTime } from '@/lib/time';

/** The payments of a page: number (to the payment), when, who paid, how much, status, the provider's id. */
export async function PaymentsTable({ rows }: { rows: TPaymentListRow[] }) {
  const [t, locale] = await Promise.all([getTranslations('paymentsAdmin.table'), getLocale().then(toLocale)]);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="w-full min-w-[56rem] border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['number', 'date', 'payer', 'amount', 'status', 'providerPaymentId'] as const).map((column) => (
              <th key={column} scope="col" className={`px-2 py-2 font-semibold ${column === 'amount' ? 'text-right' : ''}`}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-2 py-2 font-semibold">
                <Link href={`/admin/payments/${row.id}`}>{row.number}</Link>
                <span className="block text-sm font-normal text-gray-700">{t('items', { count: row.itemCount })}</span>
              </th>
              <td className="px-2 py-2">
                <time dateTime={row.createdAt.toISOString()} className="whitespace-nowrap">
                  {formatDateTime(row.createdAt, locale)}
                </time>
                {row.paidAt ? <span className="block text-sm text-gray-700">{t('paidAt', { at: formatDateTime(row.paidAt, locale) })}</span> : null}
              </td>
              <td className="px-2 py-2">
                {row.payer.name ? <span className="block font-semibold">{row.payer.name}</span> : null}
                <span className="break-all">{row.payer.email}</span>
              </td>
              <td className="px-2 py-2 text-right whitespace-nowrap">{formatLei(row.amountBani, locale)}</td>
              <td className="px-2 py-2">
                <PaymentStatusBadge status={row.status} />
              </td>
              <td className="px-2 py-2">
                <code className="break-all text-sm">{row.providerPaymentId ?? ''}</code>
                <span className="block text-sm text-gray-700">{row.provider}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
