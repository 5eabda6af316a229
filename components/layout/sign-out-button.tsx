'use client';

import { signOut } from 'next-auth/react';
import type { ReactNode } from 'react';

export function SignOutButton({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => void signOut({ callbackUrl: '/login?loggedOut=1' })}>
      {children}
    </button>
  );
}
