import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { PageShell } from '@/components/layout/page-shell';
import { safeNextPath } from '@/lib/auth/config';
import { getSession } from '@/lib/auth/session';
import { requireAcceptedTerms } from '@/lib/content/terms';

/**
 * The personal space. A citizen who has not accepted the latest terms and privacy notice reads and
 * accepts them first (/accept-terms), then comes back to the page they asked for (the middleware
 * passes it in x-portal-path). Each page checks who is signed in itself.
 */
export default async function CitizenLayout({ children }: { children: ReactNode }) {
  const user = await getSession();
  if (user) await requireAcceptedTerms(user, safeNextPath((await headers()).get('x-portal-path'), '/dashboard'));
  return <PageShell>{children}</PageShell>;
}
