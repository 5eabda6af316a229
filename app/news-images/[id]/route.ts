/**
 * A news post's image, read from the store through the portal: anyone gets a published post's
 * current image, administrators any post's (the edit page's preview). Serving it here keeps the
 * pages' `img-src 'self'` and never exposes an unpublished post's image by a guessed link.
 */
import { getSession } from '@/lib/auth/session';
import { readNewsImage } from '@/lib/news/images';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id.length > 40) return new Response(null, { status: 404 });
  // Who asks is passed on: readNewsImage decides what they may see.
  const image = await readNewsImage(id, await getSession());
  if (!image) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(image.body, {
    headers: {
      'Content-Type': image.contentType,
      ...(image.size !== undefined ? { 'Content-Length': String(image.size) } : {}),
      // The address changes with the image (?v=): a published one may be kept an hour; a preview is never stored.
      'Cache-Control': image.published ? 'public, max-age=3600' : 'private, no-store',
      'Content-Disposition': 'inline',
    },
  });
}
