'use client';

import { signOut } from 'next-auth/react';

/**
 * Signs out, then loads a page of this site by a relative path: the browser stays on the host the
 * user reached the portal by (next-auth's own redirect would be absolute, built from APP_URL).
 */
export async function signOutTo(path: '/login?loggedOut=1' | '/login?passwordChanged=1' | '/login?deleted=1') {
  await signOut({ redirect: false });
  window.location.assign(path);
}
