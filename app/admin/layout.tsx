import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { PageShell } from '@/components/layout/page-shell';
import { getSession } from '@/lib/auth/session';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Each page checks the role itself (requireStaff); the menu is only shown to staff.
  const user = await getSession();
  const staff = user && (user.role === 'CLERK' || user.role === 'ADMIN') ? user : null;
  return (
    <PageShell>
      {staff ? <AdminNav user={staff} /> : null}
      {children}
    </PageShell>
  );
}
