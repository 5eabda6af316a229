'use server';

import { cookies } from 'next/headers';
import { LOCALE_COOKIE, ZSetLocaleSchema } from '@/lib/i18n/config';

/** The language switch: remembers the choice in a cookie for a year. */
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
}
