/**
 * Session settings and route rules shared by next-auth and the middleware (no database, no
 * Node-only modules here: the middleware imports it).
 */
/** A session ends after this long without activity (the token is refreshed while in use). */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
/** ...and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export const CITIZEN_PATHS = ['/dashboard', '/requests', '/notifications', '/account', '/taxes'];
export const STAFF_PATHS = ['/admin'];

const under = (pathname: string, prefixes: string[]) => prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
export const isCitizenPath = (pathname: string) => under(pathname, CITIZEN_PATHS);
export const isStaffPath = (pathname: string) => under(pathname, STAFF_PATHS);

// A base no request ever has: a candidate that resolves away from it points at another site.
const PROBE_ORIGIN = 'http://portal.invalid';
// Browsers drop tab, CR and LF anywhere in a URL ("/\t/evil.example" is "//evil.example"); the
// other control characters have no business in a path either.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
/** Two slashes or backslashes in any mix: browsers read that as "another site follows". */
const startsLikeAnotherSite = (path: string) => /^[/\\]{2}/.test(path);

/**
 * The only redirect targets the portal accepts from a URL or a form (`next` after sign-in, the
 * page after sign-out, after activation, on a kiosk): a path on this site. The candidate is read
 * the way a browser reads it (control characters removed, backslashes as slashes, resolved with
 * the WHATWG URL parser) and returned in the parser's own serialization, so what the browser gets
 * is exactly what was checked; anything that leaves the site, or whose percent-decoding starts
 * with "//", gives the fallback.
 */
export function safeNextPath(next: unknown, fallback = '/dashboard'): string {
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  const candidate = next.replace(CONTROL_CHARACTERS, '');
  if (!candidate.startsWith('/') || startsLikeAnotherSite(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (startsLikeAnotherSite(path)) return fallback;
  // "/%2F%2Fevil.example" is a harmless path today, but a proxy or framework that decodes it once
  // more would make it another site: refuse what decodes (up to three times) into one.
  let decoded = url.pathname;
  for (let i = 0; i < 3; i += 1) {
    try {
      decoded = decodeURIComponent(decoded).replace(CONTROL_CHARACTERS, '');
    } catch {
      return fallback;
    }
    if (startsLikeAnotherSite(decoded)) return fallback;
  }
  return path;
}
