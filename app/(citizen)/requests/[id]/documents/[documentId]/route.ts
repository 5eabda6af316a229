import { getSession } from '@/lib/auth/session';
import { applicantDownloadUrl } from '@/lib/documents/downloads';

type TContext = { params: Promise<{ id: string; documentId: string }> };

/** A document of the applicant's request: a redirect to a one-minute download link. */
export async function GET(_request: Request, { params }: TContext) {
  const { id, documentId } = await params;
  const user = await getSession();
  // Signed out (an old tab, a link from an email): sign in and come back to the request.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(`/requests/${id}`)}` } });
  const url = await applicantDownloadUrl(user, id, documentId);
  if (!url) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'no-store' } });
}
