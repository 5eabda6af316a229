'use client';

import { signOutTo } from '@/components/layout/sign-out';
import type { ReactNode } from 'react';

export function SignOutButton({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => void signOutTo('/login?loggedOut=1')}>
      {children}
    </button>
  );
}
