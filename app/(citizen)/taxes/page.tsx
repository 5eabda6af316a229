import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PaymentStatusTag } from '@/components/taxes/payment-status-tag';
import { TaxPaymentForm, type TObligationRow } from '@/components/taxes/tax-payment-form';
import { requireUser } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { getPaymentProvider, listOwnPayments } from '@/lib/payments/payments';
import { paymentReceiptNumber } from '@/lib/payments/receipt-number';
import { obligationsOf, taxpayerCodeOf } from '@/lib/taxes/queries';
import { formatDate, formatDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('taxes'))('title') };
}

/**
 * "Taxe și impozite": what the signed-in person or company owes the city hall, as the tax system
 * last reported it (plus what they paid here since), payment by card of the obligations they tick,
 * and their online payments with the receipts.
 */
export default async function TaxesPage() {
  const user = await requireUser('/taxes');
  if (user.role !== 'CITIZEN') redirect('/admin');
  const [t, tKind, locale, code] = await Promise.all([getTranslations('taxes'), getTranslations('taxes.kind'), getLocale().then(toLocale), taxpayerCodeOf(user.id)]);
  const [obligations, payments] = await Promise.all([code ? obligationsOf(user) : Promise.resolve([]), listOwnPayments(user)]);
  const provider = getPaymentProvider();
  const rows: TObligationRow[] = obligations.map((o) => ({
    id: o.id,
    year: o.year,
    kindLabel: tKind(o.kind),
    description: o.description,
    dueDate: formatDate(o.dueAt, locale),
    overdue: o.overdue,
    principalBani: o.principalBani,
    incrementsBani: o.incrementsBani,
    paidBani: o.paidBani + o.paidOnlineBani,
    outstandingBani: o.outstandingBani,
    openPaymentId: o.openPaymentId,
    rank: o.paymentRank,
  }));
  const owed = rows.reduce((sum, row) => sum + row.outstandingBani, 0);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-lg text-gray-700">{t('intro')}</p>
      </div>
      {provider?.test ? (
        <p className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">{t('testProvider')}</p>
      ) : null}
      {!code ? (
        <p className="rounded-md border border-gray-300 p-4">
          {t('noCode')} <Link href="/account">{t('toAccount')}</Link>
        </p>
      ) : rows.length === 0 ? (
        <p className="rounded-md border border-gray-300 p-4">{t('nothingOwed')}</p>
      ) : (
        <>
          <p className="text-xl">
            {t('owedTotal', { amount: formatLei(owed, locale) })}
          </p>
          {!provider ? <p className="rounded-md border border-gray-300 p-4">{t('noProvider')}</p> : <p>{t('payLead', { provider: provider.label[locale] })}</p>}
          <TaxPaymentForm rows={rows} locale={locale} idempotencyKey={crypto.randomUUID()} canPay={provider !== null} ordered={obligations.some((o) => o.paymentRank !== null)} />
        </>
      )}
      <section aria-labelledby="my-payments">
        <h2 id="my-payments" className="mb-3 text-2xl font-bold text-brand-900">
          {t('history')}
        </h2>
        {payments.length === 0 ? (
          <p>{t('noPayments')}</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-lg border border-gray-300">
            {payments.map((payment) => (
              <li key={payment.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <p className="font-semibold">
                    <Link href={`/taxes/payments/${payment.id}`}>
                      {payment.paidAt ? t('paymentNumber', { number: paymentReceiptNumber({ number: payment.number, paidAt: payment.paidAt }) }) : t('paymentOf', { date: formatDateTime(payment.createdAt, locale) })}
                    </Link>
                  </p>
                  <p className="text-sm text-gray-700">
                    {formatLei(payment.amountBani, locale)} · {t('items', { count: payment._count.items })} · {formatDateTime(payment.paidAt ?? payment.createdAt, locale)}
                  </p>
                </div>
                <PaymentStatusTag status={payment.status} label={t(`status.${payment.status}`)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
