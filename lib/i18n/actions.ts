'use server';

import { cookies } from 'next/headers';
import { getSession } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { LOCALE_COOKIE, ZSetLocaleSchema } from '@/lib/i18n/config';

/** The language switch: remembers the choice in a cookie for a year, and on the account (for emails). */
export async function setLocale(formData: FormData) {
  const parsed = ZSetLocaleSchema.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: false,
    secure: process.env.NODE_ENV === 'production' && (process.env.APP_URL ?? '').startsWith('https://'),
  });
  const user = await getSession();
  if (user && user.locale !== parsed.data.locale) await db.user.update({ where: { id: user.id }, data: { locale: parsed.data.locale } });
}
