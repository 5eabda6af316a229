import { getRequestInfo } from '@/lib/actions';
import { getSession } from '@/lib/auth/session';
import { staffDownloadUrl } from '@/lib/documents/downloads';

type TContext = { params: Promise<{ id: string; documentId: string }> };

/** A document of a request, for staff who may see it: a redirect to a one-minute download link. */
export async function GET(_request: Request, { params }: TContext) {
  const user = await getSession();
  if (!user) return new Response('Unauthorized', { status: 401 });
  if (user.role !== 'CLERK' && user.role !== 'ADMIN') return new Response('Forbidden', { status: 403 });
  const { id, documentId } = await params;
  const url = await staffDownloadUrl(user, id, documentId, await getRequestInfo());
  if (!url) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'no-store' } });
}
