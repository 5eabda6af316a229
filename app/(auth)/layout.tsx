import type { ReactNode } from 'react';
import { PageShell } from '@/components/layout/page-shell';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <PageShell>
      <div className="mx-auto max-w-2xl">{children}</div>
    </PageShell>
  );
}
