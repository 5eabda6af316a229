/**
 * What a kiosk terminal refuses when a link is followed: leaving the site (other origins, tel:,
 * mailto:…), opening another window, and saving files on the shared computer. Pure, so the click
 * guard and its tests agree.
 */
export type TBlockedNavigation = 'outside' | 'newWindow' | 'download';

/**
 * The portal's routes that answer with a file to save (Content-Disposition: attachment), whether or
 * not the link says `download`: the proof of registration, a request's documents (a redirect to the
 * object store), the account's data export, a payment's receipt.
 */
const DOWNLOAD_ROUTES = [
  /^\/requests\/[^/]+\/(receipt|documents\/[^/]+)\/?$/,
  /^\/admin\/requests\/[^/]+\/documents\/[^/]+\/?$/,
  /^\/account\/export\/?$/,
  /^\/(admin\/payments|taxes\/payments)\/[^/]+\/receipt\/?$/,
];

export function blockedNavigation({ href, target, download, origin }: { href: string; target?: string | null; download?: boolean; origin: string }): TBlockedNavigation | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return 'outside';
  }
  if (url.origin !== origin) return 'outside';
  if (target && target !== '_self' && target !== '_top' && target !== '_parent') return 'newWindow';
  if (download || DOWNLOAD_ROUTES.some((route) => route.test(url.pathname))) return 'download';
  return null;
}
