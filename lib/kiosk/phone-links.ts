/**
 * Addresses a kiosk terminal hands over as QR codes: the page the user is on, to open on their own
 * phone, and the public status page for a printed receipt. They are built from the portal's public
 * address and a path alone, so nothing of the terminal's session (cookies, tokens, query strings,
 * answers) can travel with them; the access code never goes into a URL.
 */
import QRCode from 'qrcode';
import { parseRegistrationNumber } from '@/lib/requests/registration-number';

/**
 * The absolute public address of a page of the portal (`/services/…`, `/requests/…`): the path
 * only, without query or fragment. Throws for anything that is not a path on this site.
 */
export function phoneUrl(appUrl: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) throw new RangeError(`not a path of the portal: ${path}`);
  const { pathname } = new URL(path, 'http://portal.invalid');
  return `${appUrl.replace(/\/+$/, '')}${pathname}`;
}

/** The public status page with the registration number filled in (the access code is typed there, never carried). */
export function statusLookupUrl(appUrl: string, registrationNumber: string): string {
  const parsed = parseRegistrationNumber(registrationNumber);
  if (!parsed) throw new RangeError(`not a registration number: ${registrationNumber}`);
  return `${phoneUrl(appUrl, '/status')}?number=${encodeURIComponent(parsed.value)}`;
}

/** An SVG QR code of `url`, to put inline (allowed by the CSP, unlike scripts). */
export const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
