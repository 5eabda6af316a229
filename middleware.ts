/**
 * Runs before every page: sets the Content-Security-Policy with a fresh nonce (Next.js applies it
 * to its own scripts) and HSTS in production. It is a coarse gate only: authorization is checked
 * again in every server action, route handler and data function.
 */
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { isCitizenPath, isStaffPath } from '@/lib/auth/config';
import { servedOverHttps } from '@/lib/https';
import { KIOSK_COOKIE, KIOSK_COOKIE_MAX_AGE } from '@/lib/kiosk/config';

function contentSecurityPolicy(nonce: string) {
  const isDev = process.env.NODE_ENV === 'development';
  // Browsers upload to and download from the object store directly (presigned URLs).
  const storage = process.env.S3_ENDPOINT ? new URL(process.env.S3_ENDPOINT).origin : 'https://*.amazonaws.com';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${storage}`,
    `form-action 'self' ${storage}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(servedOverHttps() ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Coarse gate: anonymous visitors to the personal space or /admin go to the login page; citizens away from /admin. */
async function gate(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const staff = isStaffPath(pathname);
  if (!staff && !isCitizenPath(pathname)) return null;
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie: servedOverHttps() });
  if (!token) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // Pages check again with the database (role changes, revoked sessions): this is only a shortcut.
  if (staff && token.role !== 'CLERK' && token.role !== 'ADMIN') return NextResponse.redirect(new URL('/dashboard', request.url));
  return null;
}

/**
 * A terminal's start URL (`/kiosk`, or any page with `?kiosk=1`) turns kiosk mode on for this
 * browser; `?kiosk=0` turns it off. The change is applied to the request's cookies too, so the
 * page rendered now already has the new mode.
 */
function kioskSwitch(request: NextRequest): 'on' | 'off' | null {
  const flag = request.nextUrl.searchParams.get('kiosk');
  if (flag === '0') return request.cookies.has(KIOSK_COOKIE) ? 'off' : null;
  const wanted = request.nextUrl.pathname === '/kiosk' || flag === '1';
  return wanted && request.cookies.get(KIOSK_COOKIE)?.value !== '1' ? 'on' : null;
}

export async function middleware(request: NextRequest) {
  const redirect = await gate(request);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);

  const kiosk = kioskSwitch(request);
  if (kiosk === 'on') request.cookies.set(KIOSK_COOKIE, '1');
  if (kiosk === 'off') request.cookies.delete(KIOSK_COOKIE);
  const requestHeaders = new Headers(request.headers);
  // Never let a client-sent internal header through (CVE-2025-29927 class of bypasses).
  requestHeaders.delete('x-middleware-subrequest');
  requestHeaders.set('x-nonce', nonce);
  // The page asked for, for layouts that send the visitor somewhere first and back (app/(citizen)/layout.tsx).
  const asked = request.nextUrl.clone();
  asked.searchParams.delete('_rsc');
  requestHeaders.set('x-portal-path', `${asked.pathname}${asked.search}`);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = redirect ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (kiosk === 'on') response.cookies.set(KIOSK_COOKIE, '1', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: KIOSK_COOKIE_MAX_AGE, secure: servedOverHttps() });
  if (kiosk === 'off') response.cookies.delete(KIOSK_COOKIE);
  if (process.env.NODE_ENV === 'production' && servedOverHttps()) {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
  return response;
}

export const config = {
  matcher: [
    // Everything except static files, image optimisation and the favicon.
    { source: '/((?!_next/static|_next/image|favicon.ico|coat-of-arms.svg).*)' },
  ],
};
