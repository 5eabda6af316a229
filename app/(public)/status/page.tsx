import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { StatusLookupForm } from '@/components/status/status-lookup-form';
import { isKiosk } from '@/lib/kiosk/server';
import { readTypedRegistrationNumber } from '@/lib/requests/schemas/status';
import { firstParam, type TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('status');
  return { title: t('title'), description: t('lead') };
}

/**
 * `?number=RMN-2026-000123` fills in the registration number (a link or QR code may carry it); the
 * access code is never read from the address, so it never lands in a history or a log.
 */
const ZStatusPageQuerySchema = z.object({
  number: z
    .string()
    .max(40)
    .transform((value) => readTypedRegistrationNumber(value) ?? '')
    .catch(''),
});

export default async function StatusPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const [t, kiosk, query] = await Promise.all([getTranslations('status'), isKiosk(), searchParams]);
  const { number } = ZStatusPageQuerySchema.parse({ number: firstParam(query.number) ?? '' });
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className={`font-bold text-brand-900 ${kiosk ? 'text-4xl' : 'text-3xl sm:text-4xl'}`}>{t('title')}</h1>
        <p className={`mt-3 text-gray-700 ${kiosk ? 'text-xl' : 'text-lg'}`}>{t('lead')}</p>
      </div>
      <StatusLookupForm defaultNumber={number} />
    </div>
  );
}
