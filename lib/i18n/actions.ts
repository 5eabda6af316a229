'use server';

import { cookies } from 'next/headers';
import { publicAction } from '@/lib/actions';
import { getSession } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { servedOverHttps } from '@/lib/https';
import { LOCALE_COOKIE, ZSetLocaleSchema } from '@/lib/i18n/config';

const setLocaleFromForm = publicAction.form(ZSetLocaleSchema, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: false,
    secure: process.env.NODE_ENV === 'production' && servedOverHttps(),
  });
  const user = await getSession();
  if (user && user.locale !== locale) await db.user.update({ where: { id: user.id }, data: { locale } });
});

/** The language switch: remembers the choice in a cookie for a year, and on the account (for emails). */
export async function setLocale(form: FormData): Promise<void> {
  await setLocaleFromForm(form);
}
