import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getAuthOptions } from '@/lib/auth/options';
import { resolveSessionUser, type TSessionUser } from '@/lib/auth/session-user';

export type { TSessionUser } from '@/lib/auth/session-user';

/** The signed-in user, or null; the cookie alone is never trusted (see resolveSessionUser). */
export const getSession = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  return resolveSessionUser(session?.user);
});

/** For pages of the personal space: anonymous visitors go to the login page and come back. */
export async function requireUser(nextPath: string): Promise<TSessionUser> {
  const user = await getSession();
  if (!user) redirect(`/login?next=${encodeURIComponent(nextPath)}`);
  return user;
}

/** For back-office pages: staff only; anyone else gets 403. */
export async function requireStaff(nextPath: string, roles: TSessionUser['role'][] = ['CLERK', 'ADMIN']): Promise<TSessionUser> {
  const user = await requireUser(nextPath);
  if (!roles.includes(user.role)) forbidden();
  return user;
}
