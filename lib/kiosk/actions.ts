'use server';

import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { publicAction } from '@/lib/actions';
import { getAuthOptions } from '@/lib/auth/options';
import { servedOverHttps } from '@/lib/https';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { isKiosk } from '@/lib/kiosk/server';
import { endKioskSession } from '@/lib/kiosk/sessions';

// next-auth's session cookie (and its chunks `.0`, `.1`… when large).
const sessionCookieName = () => `${servedOverHttps() ? '__Secure-' : ''}next-auth.session-token`;

/**
 * The end of a visit on a kiosk terminal (idle timeout, "Terminare sesiune"): the caller's own
 * KioskSession is ended in the database, so the cookie is worthless even if copied, then the
 * cookie is removed and the language goes back to the default for the next visitor. It takes no
 * input: only the session in the caller's own cookie can be ended. Elsewhere it does nothing.
 * Public: a visit whose session has already ended (or expired) must still be wiped, so the raw
 * claims of the cookie are read, not the checked session user.
 */
export const endKioskVisitAction = publicAction(z.object({}).strict(), async () => {
  const [session, kiosk] = await Promise.all([getServerSession(getAuthOptions()), isKiosk()]);
  const claims = session?.user;
  if (claims?.id && claims.ks) await endKioskSession({ userId: claims.id, kioskSessionId: claims.ks });
  if (!kiosk && !claims?.ks) return;
  const jar = await cookies();
  const name = sessionCookieName();
  for (const cookie of jar.getAll()) {
    if (cookie.name === name || cookie.name.startsWith(`${name}.`)) jar.set(cookie.name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: servedOverHttps() });
  }
  jar.delete(LOCALE_COOKIE);
});
