import { getSession } from '@/lib/auth/session';
import { applicantDownloadUrl } from '@/lib/documents/downloads';

type TContext = { params: Promise<{ id: string; documentId: string }> };

/** A document of the applicant's request: a redirect to a one-minute download link. */
export async function GET(_request: Request, { params }: TContext) {
  const user = await getSession();
  if (!user) return new Response('Unauthorized', { status: 401 });
  const { id, documentId } = await params;
  const url = await applicantDownloadUrl(user, id, documentId);
  if (!url) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'no-store' } });
}
