import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AwaitConfirmation } from '@/components/taxes/await-confirmation';
import { PaymentStatusTag } from '@/components/taxes/payment-status-tag';
import { requireUser } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { findPaymentProvider } from '@/lib/payments/provider';
import { getOwnPayment } from '@/lib/payments/payments';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';
import { formatDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('taxes.payment'))('title') };
}

/**
 * Where the provider sends the payer back, and the payment's page afterwards: what the portal
 * knows (coming back proves nothing: only the provider's notification does), the receipt once paid.
 */
export default async function PaymentPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireUser(`/taxes/payments/${encodeURIComponent(id)}`);
  if (user.role !== 'CITIZEN') redirect('/admin');
  const payment = await getOwnPayment(user, id);
  if (!payment) notFound();
  const [t, tTaxes, locale] = await Promise.all([getTranslations('taxes.payment'), getTranslations('taxes'), getLocale().then(toLocale)]);
  const provider = findPaymentProvider(payment.provider);
  const open = payment.status === 'CREATED' || payment.status === 'PENDING';
  const number = payment.paidAt ? paymentReceiptNumber({ number: payment.number, paidAt: payment.paidAt }) : null;
  const feeRequest = payment.items.find((item) => item.fee)?.fee ?? null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t(`heading.${payment.status}`)}</h1>
      {provider?.test ? <p className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">{tTaxes('testProvider')}</p> : null}
      <div role="status" className="space-y-2 text-lg">
        <p>{t(`lead.${payment.status}`, { amount: formatLei(payment.amountBani, locale) })}</p>
        {open ? <AwaitConfirmation /> : null}
      </div>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t('status')}</dt>
        <dd>
          <PaymentStatusTag status={payment.status} label={tTaxes(`status.${payment.status}`)} />
        </dd>
        {number ? (
          <>
            <dt className="font-semibold">{t('receiptNumber')}</dt>
            <dd className="font-mono">{number}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('amount')}</dt>
        <dd>{formatLei(payment.amountBani, locale)}</dd>
        <dt className="font-semibold">{t(payment.paidAt ? 'paidAt' : 'startedAt')}</dt>
        <dd>{formatDateTime(payment.paidAt ?? payment.createdAt, locale)}</dd>
        {payment.providerPaymentId ? (
          <>
            <dt className="font-semibold">{t('providerId')}</dt>
            <dd className="font-mono">{payment.providerPaymentId}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="payment-items">
        <h2 id="payment-items" className="mb-2 text-2xl font-bold text-brand-900">
          {t('items')}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {payment.items.map((item) => (
            <li key={item.id}>
              {item.label}: <span className="font-semibold">{formatLei(item.amountBani, locale)}</span>
            </li>
          ))}
        </ul>
      </section>
      <div className="flex flex-wrap gap-4">
        {payment.status === 'PAID' || payment.status === 'REFUNDED' ? (
          <a href={`/taxes/payments/${payment.id}/receipt`} className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
            {t('downloadReceipt')}
          </a>
        ) : null}
        {open && payment.redirectUrl && payment.expiresAt > new Date() ? (
          <a href={payment.redirectUrl} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-6 text-lg font-semibold no-underline">
            {t('continue')}
          </a>
        ) : null}
        <Link href={payment.returnPath} className="inline-flex min-h-12 items-center text-lg">
          {feeRequest ? t('backToRequest', { number: feeRequest.request.registrationNumber ?? '' }) : t('backToTaxes')}
        </Link>
      </div>
    </div>
  );
}
