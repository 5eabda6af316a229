import type { ReactNode } from 'react';
import { PendingTermsBanner } from '@/components/content/pending-terms-banner';
import { PageShell } from '@/components/layout/page-shell';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <PageShell>
      <PendingTermsBanner />
      {children}
    </PageShell>
  );
}
