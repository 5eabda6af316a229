/**
 * Server-side kiosk sessions: a sign-in on a terminal gets a row whose id the session cookie
 * carries; ending the row (idle reset, "Terminare sesiune", sign-out) or passing its short absolute
 * lifetime makes the cookie worthless, even if someone copied it (see resolveSessionUser).
 */
import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

/** Opens a kiosk session for a user who has just signed in on a terminal; returns its id. */
export async function startKioskSession(userId: string, now = Date.now()): Promise<string> {
  const session = await db.kioskSession.create({
    data: { userId, createdAt: new Date(now), expiresAt: new Date(now + env().kiosk.sessionSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/**
 * Ends the caller's own kiosk session. The owner is part of the `where`, so another user's id
 * simply matches nothing. Returns whether a live session was ended.
 */
export async function endKioskSession({ userId, kioskSessionId }: { userId: string; kioskSessionId: string }, now = Date.now()): Promise<boolean> {
  const { count } = await db.kioskSession.updateMany({ where: { id: kioskSessionId, userId, endedAt: null }, data: { endedAt: new Date(now) } });
  return count > 0;
}
