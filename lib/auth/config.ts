/**
 * Session settings and route rules shared by next-auth and the middleware (no database, no
 * Node-only modules here: the middleware imports it).
 */
/** A session ends after this long without activity (the token is refreshed while in use). */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** ...and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export const CITIZEN_PATHS = ['/dashboard', '/requests', '/notifications', '/account'];
export const STAFF_PATHS = ['/admin'];

const under = (pathname: string, prefixes: string[]) => prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
export const isCitizenPath = (pathname: string) => under(pathname, CITIZEN_PATHS);
export const isStaffPath = (pathname: string) => under(pathname, STAFF_PATHS);

/** Only same-site paths may be a redirect target after sign-in (no open redirects). */
export function safeNextPath(next: unknown, fallback = '/dashboard'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export const secureCookies = () => (process.env.APP_URL ?? '').startsWith('https://');
