/** Reading a page's URL search parameters as Next.js hands them over. */

/** A page's `searchParams`: each parameter absent, given once, or repeated (`?status=a&status=b`). */
export type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * The one value of a parameter: a repeated parameter counts once (its first value), the value is
 * trimmed, and an empty or blank one is absent — so a hand-edited link reads like a clean one.
 */
export function firstParam(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}
