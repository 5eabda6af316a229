import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { TestProviderButtons } from '@/components/taxes/test-provider-buttons';
import { requireUser } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { getOwnPayment, getPaymentProvider } from '@/lib/payments/payments';
import { TEST_PROVIDER_ID } from '@/lib/payments/providers/test';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('testProvider'))('title'), robots: { index: false } };
}

type TProps = { params: Promise<{ id: string }> };

/**
 * The local test provider's "card payment page" (lib/payments/providers/test.ts): it exists only
 * while PAYMENT_PROVIDER=test, shows the payer their own open payment, and says loudly that no money
 * moves. Its buttons send the provider's notification to the portal, as a card processor would.
 */
export default async function TestProviderPage({ params }: TProps) {
  const { id } = await params;
  const provider = getPaymentProvider();
  if (!provider || provider.id !== TEST_PROVIDER_ID) notFound();
  const user = await requireUser(`/dev/payments/${encodeURIComponent(id)}`);
  const payment = await getOwnPayment(user, id);
  if (!payment || payment.provider !== TEST_PROVIDER_ID) notFound();
  const [t, locale] = await Promise.all([getTranslations('testProvider'), getLocale().then(toLocale)]);
  return (
    <PageShell>
      <div className="space-y-6">
        <p className="rounded-md border-4 border-amber-600 bg-amber-50 p-4 text-xl font-bold text-amber-950">{t('banner')}</p>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-lg">
          <dt className="font-semibold">{t('amount')}</dt>
          <dd className="font-bold">{formatLei(payment.amountBani, locale)}</dd>
          <dt className="font-semibold">{t('order')}</dt>
          <dd className="font-mono">{payment.id}</dd>
        </dl>
        <ul className="list-disc pl-6">
          {payment.items.map((item) => (
            <li key={item.id}>
              {item.label}: {formatLei(item.amountBani, locale)}
            </li>
          ))}
        </ul>
        {payment.status === 'CREATED' || payment.status === 'PENDING' ? <TestProviderButtons orderId={payment.id} /> : <p>{t('closed')}</p>}
      </div>
    </PageShell>
  );
}
