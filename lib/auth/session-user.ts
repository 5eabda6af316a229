/** Resolves the claims of a session cookie to the user, checking them against the database. */
import { SESSION_ABSOLUTE_SECONDS } from '@/lib/auth/config';
import { db } from '@/lib/db';

export type TSessionUser = {
  id: string;
  email: string;
  role: 'CITIZEN' | 'CLERK' | 'ADMIN';
  accountType: 'PERSON' | 'COMPANY' | 'INSTITUTION' | 'STAFF';
  locale: 'ro' | 'en';
  displayName: string;
};

/** `ks`: the KioskSession of a sign-in on a kiosk terminal. */
export type TSessionClaims = { id: string; sv: number; loginAt: number; ks?: string };

/**
 * The user behind valid claims, or null: the session version must still match the database (logout
 * everywhere, password or role change, disabling end it at once), the account must be active, and
 * the absolute lifetime must not be over. A sign-in on a kiosk terminal also needs its KioskSession
 * to be neither ended nor expired, checked in the same query.
 */
export async function resolveSessionUser(claims: TSessionClaims | null | undefined, now = Date.now()): Promise<TSessionUser | null> {
  if (!claims?.id || now - claims.loginAt > SESSION_ABSOLUTE_SECONDS * 1000) return null;
  const user = await db.user.findFirst({
    where: {
      id: claims.id,
      sessionVersion: claims.sv,
      status: 'ACTIVE',
      ...(claims.ks ? { kioskSessions: { some: { id: claims.ks, endedAt: null, expiresAt: { gt: new Date(now) } } } } : {}),
    },
    select: {
      id: true,
      email: true,
      role: true,
      accountType: true,
      locale: true,
      personProfile: { select: { firstName: true, lastName: true } },
      organizationProfile: { select: { name: true } },
    },
  });
  if (!user) return null;
  const displayName = user.personProfile ? `${user.personProfile.firstName} ${user.personProfile.lastName}` : (user.organizationProfile?.name ?? user.email);
  return { id: user.id, email: user.email, role: user.role, accountType: user.accountType, locale: user.locale, displayName };
}
