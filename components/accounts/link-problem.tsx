import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';

/** What an expired, used or broken emailed link shows, with the way forward. */
export async function LinkProblem({ reason, children }: { reason: 'invalid' | 'expired' | 'used' | 'taken'; children?: ReactNode }) {
  const t = await getTranslations('auth.link');
  return (
    <div className="space-y-6">
      <div role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950">
        <p className="font-semibold">{t(reason)}</p>
      </div>
      {children}
    </div>
  );
}
