import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { AdminSection } from '@/components/admin/admin-page';
import { PaymentFacts, PaymentItemsTable, PaymentNotificationsTable } from '@/components/admin/payments/payment-detail';
import { PaymentStatusBadge } from '@/components/admin/payments/payment-status-badge';
import { RefundForm } from '@/components/admin/payments/refund-form';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { getPaymentForStaff } from '@/lib/payments/admin';
import { canManagePayments } from '@/lib/payments/staff-access';
import { formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('paymentsAdmin.detail'))('metaTitle') };
}

/** The page's reader and payment, read once per request. */
const load = cache(async (id: string) => {
  const user = await requireStaff(`/admin/payments/${id}`);
  if (!(await canManagePayments(user))) forbidden();
  return getPaymentForStaff(user, id);
});

export default async function StaffPaymentPage({ params }: TProps) {
  const { id } = await params;
  const payment = await load(id);
  if (!payment) notFound();
  const [t, tForm, locale] = await Promise.all([getTranslations('paymentsAdmin.detail'), getTranslations('paymentsAdmin.refundForm'), getLocale().then(toLocale)]);
  const paidFee = payment.items.some((item) => item.fee);
  // The receipt route issues it on first download for a paid payment; a refunded one keeps the receipt it had.
  const receiptShown = payment.receipt !== null || payment.status === 'PAID';

  return (
    <article className="space-y-8">
      <p>
        <Link href="/admin/payments">← {t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('heading', { number: payment.number })}</h1>
        <p className="mt-3">
          <PaymentStatusBadge status={payment.status} />
        </p>
      </div>

      <AdminSection id="payment-facts" title={t('facts')} framed>
        <PaymentFacts payment={payment} locale={locale} />
      </AdminSection>

      <AdminSection id="payment-items" title={t('items.title')}>
        <PaymentItemsTable payment={payment} locale={locale} />
      </AdminSection>

      {payment.refund ? (
        <AdminSection id="payment-refund" title={t('refund.title')} framed>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t('refund.refundedAt')}</dt>
            <dd>
              <time dateTime={payment.refund.at.toISOString()}>{formatDateTime(payment.refund.at, locale, { seconds: true })}</time>
            </dd>
            <dt className="font-semibold">{t('refund.reason')}</dt>
            <dd className="whitespace-pre-line">{payment.refund.reason ?? t('none')}</dd>
            <dt className="font-semibold">{t('refund.by')}</dt>
            <dd>{payment.refund.by ? (payment.refund.by.name ?? payment.refund.by.email) : t('refund.byProvider')}</dd>
          </dl>
        </AdminSection>
      ) : null}

      <AdminSection id="payment-receipt" title={t('receipt.title')}>
        {receiptShown ? (
          // A file: a plain link, so the browser downloads it.
          <a href={`/admin/payments/${payment.id}/receipt`} className="inline-flex min-h-11 items-center font-semibold">
            {payment.receipt ? t('receipt.link', { number: payment.receipt.registrationNumber }) : t('receipt.linkNew')}
          </a>
        ) : (
          <p>{t('receipt.none')}</p>
        )}
      </AdminSection>

      <AdminSection id="payment-notifications" title={t('notifications.title')}>
        <PaymentNotificationsTable payment={payment} locale={locale} />
      </AdminSection>

      {payment.status === 'PAID' ? (
        <AdminSection id="payment-refund-form" title={tForm('title')} framed>
          {paidFee ? <p>{t('feeNotRefundable')}</p> : <RefundForm paymentId={payment.id} amount={formatLei(payment.amountBani, locale)} />}
        </AdminSection>
      ) : null}
    </article>
  );
}
