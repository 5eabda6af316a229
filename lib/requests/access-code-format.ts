/**
 * The access code's shape, shared by the browser (the /status form) and the server: 8 characters
 * from an alphabet without look-alikes (no 0/O, no 1/I), printed as XXXX-XXXX.
 */
export const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ACCESS_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{8}$/;

/** As typed by people: any case, with or without the dash or spaces. */
export function normalizeAccessCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
