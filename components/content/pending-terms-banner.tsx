import { headers } from 'next/headers';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { safeNextPath } from '@/lib/auth/config';
import { getSession } from '@/lib/auth/session';
import { getPendingTerms } from '@/lib/content/terms';

/**
 * On the public pages, for a signed-in citizen who has new terms or a new privacy notice to accept:
 * a notice with the way to read and accept them, then come back to this page.
 */
export async function PendingTermsBanner() {
  const user = await getSession();
  if (!user || user.role !== 'CITIZEN') return null;
  if ((await getPendingTerms(user.id, user.role)).length === 0) return null;
  const [t, here] = await Promise.all([getTranslations('contentPages.accept'), headers().then((h) => safeNextPath(h.get('x-portal-path'), '/dashboard'))]);
  return (
    <div className="mb-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
      <p className="font-semibold">{t('banner')}</p>
      <Link href={`/accept-terms?next=${encodeURIComponent(here)}`} className="mt-1 inline-flex min-h-11 items-center font-semibold">
        {t('bannerLink')}
      </Link>
    </div>
  );
}
