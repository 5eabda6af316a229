/** The parts of a payment's page in the back office: its facts, its items and the provider's notifications. */
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import type { TStaffPayment } from '@/lib/payments/admin';
import { formatDateTime } from '@/lib/time';

/** The payment's facts as a definition list: amount, payer, provider and its id, and the moments of its life. */
export async function PaymentFacts({ payment, locale }: { payment: TStaffPayment; locale: TLocale }) {
  const t = await getTranslations('paymentsAdmin.detail');
  const when = (date: Date | null) => (date ? <time dateTime={date.toISOString()}>{formatDateTime(date, locale, { seconds: true })}</time> : t('none'));
  const facts: { key: string; label: string; value: React.ReactNode }[] = [
    { key: 'amount', label: t('amount'), value: formatLei(payment.amountBani, locale) },
    { key: 'description', label: t('description'), value: payment.description },
    {
      key: 'payer',
      label: t('payer'),
      value: (
        <>
          {payment.payer.name ? <span className="block font-semibold">{payment.payer.name}</span> : null}
          <span className="break-all">{payment.payer.email}</span>
        </>
      ),
    },
    { key: 'provider', label: t('provider'), value: payment.provider },
    { key: 'providerPaymentId', label: t('providerPaymentId'), value: payment.providerPaymentId ? <code className="break-all">{payment.providerPaymentId}</code> : t('none') },
    { key: 'createdAt', label: t('createdAt'), value: when(payment.createdAt) },
    ...(payment.status === 'CREATED' || payment.status === 'PENDING' ? [{ key: 'expiresAt', label: t('expiresAt'), value: when(payment.expiresAt) }] : []),
    { key: 'paidAt', label: t('paidAt'), value: when(payment.paidAt) },
    ...(payment.closedAt ? [{ key: 'closedAt', label: t('closedAt'), value: when(payment.closedAt) }] : []),
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {facts.map((fact) => (
        <div key={fact.key} className="contents">
          <dt className="font-semibold">{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the payment paid: each obligation (kind, year, description, taxpayer code) or a request's fee. */
export async function PaymentItemsTable({ payment, locale }: { payment: TStaffPayment; locale: TLocale }) {
  const [t, tKinds] = await Promise.all([getTranslations('paymentsAdmin.detail.items'), getTranslations('paymentsAdmin.kinds')]);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="px-2 py-2 font-semibold">
              {t('label')}
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              {t('what')}
            </th>
            <th scope="col" className="px-2 py-2 font-semibold">
              {t('taxpayerCode')}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              {t('amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {payment.items.map((item) => (
            <tr key={item.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="px-2 py-2 font-normal">
                {item.label}
              </th>
              <td className="px-2 py-2">
                {item.obligation ? t('obligation', { kind: tKinds(item.obligation.kind), year: item.obligation.year, description: item.obligation.description }) : null}
                {item.fee ? (
                  <Link href={`/admin/requests/${item.fee.request.id}`}>{t('fee', { number: item.fee.request.registrationNumber ?? item.fee.reference })}</Link>
                ) : null}
              </td>
              <td className="px-2 py-2">{item.obligation?.taxpayerCode ?? ''}</td>
              <td className="px-2 py-2 text-right whitespace-nowrap">{formatLei(item.amountBani, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every notification the provider sent about the payment, as received, and what the portal did with it. */
export async function PaymentNotificationsTable({ payment, locale }: { payment: TStaffPayment; locale: TLocale }) {
  const t = await getTranslations('paymentsAdmin.detail');
  if (payment.notifications.length === 0) return <p>{t('notifications.none')}</p>;
  const named = (prefix: 'providerStatus' | 'outcomes', value: string) => (t.has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('notifications.caption')} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="sr-only">{t('notifications.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['receivedAt', 'status', 'amount', 'outcome'] as const).map((column) => (
              <th key={column} scope="col" className={`px-2 py-2 font-semibold ${column === 'amount' ? 'text-right' : ''}`}>
                {t(`notifications.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {payment.notifications.map((notification) => (
            <tr key={notification.id} className="border-b border-gray-200 align-top">
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={notification.receivedAt.toISOString()}>{formatDateTime(notification.receivedAt, locale, { seconds: true })}</time>
              </td>
              <td className="px-2 py-2">{named('providerStatus', notification.status)}</td>
              <td className="px-2 py-2 text-right whitespace-nowrap">{formatLei(notification.amountBani, locale)}</td>
              <td className="px-2 py-2">{named('outcomes', notification.outcome)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
