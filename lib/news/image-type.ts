/** What a news image is, from its first bytes and from its key: JPEG, PNG or WebP only. Pure. */
import { detectFileType } from '@/lib/documents/file-type';
import { NEWS_IMAGE_TYPES, type TNewsImageType } from '@/lib/news/schemas';

export const NEWS_IMAGE_EXTENSIONS: Record<TNewsImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const TYPE_OF_EXTENSION = Object.fromEntries(Object.entries(NEWS_IMAGE_EXTENSIONS).map(([type, ext]) => [ext, type])) as Record<string, TNewsImageType>;

export const isNewsImageType = (value: string): value is TNewsImageType => (NEWS_IMAGE_TYPES as readonly string[]).includes(value);

/** What an image really is, from its first 12 bytes: JPEG, PNG or WebP (`RIFF….WEBP`), else null. */
export function detectNewsImageType(bytes: Uint8Array): TNewsImageType | null {
  const known = detectFileType(bytes);
  if (known === 'image/jpeg' || known === 'image/png') return known;
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** The type an image key was made for (its extension), or null for a key that is not a news image's. */
export function newsImageTypeOf(key: string): TNewsImageType | null {
  const match = /^news\/[^/]+\/[0-9a-f-]{36}\.(jpg|png|webp)$/.exec(key);
  return match ? (TYPE_OF_EXTENSION[match[1]!] ?? null) : null;
}
