/** Lower-case text without diacritics, for the catalog search ("urbanism" finds "Certificat de urbanism"). */
export function toSearchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search query, normalized the same way (at most 8, to keep the query small). */
export function searchTokens(query: string): string[] {
  return toSearchText(query).split(' ').filter(Boolean).slice(0, 8);
}
