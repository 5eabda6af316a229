/**
 * Whether the portal is served over HTTPS, read from its public address (APP_URL) and not from the
 * request, which says http behind a proxy that ends TLS. Secure cookies, `upgrade-insecure-requests`
 * and HSTS follow it. Read from process.env, not lib/env.ts: the middleware (edge runtime) asks too.
 */
export const servedOverHttps = (): boolean => (process.env.APP_URL ?? '').startsWith('https://');
