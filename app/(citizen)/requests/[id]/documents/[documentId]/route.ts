import { getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { applicantDownloadUrl } from '@/lib/documents/downloads';
import { refuseDownloadOnKiosk, textResponse } from '@/lib/kiosk/server';

type TContext = { params: Promise<{ id: string; documentId: string }> };

/** A document of the applicant's request: a redirect to a one-minute download link. */
export async function GET(_request: Request, { params }: TContext) {
  const { id, documentId } = await params;
  const user = await getSession();
  // Signed out (an old tab, a link from an email): sign in and come back to the request.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(`/requests/${id}`)}` } });
  const refused = await refuseDownloadOnKiosk();
  if (refused) return refused;
  const url = await applicantDownloadUrl(user, id, documentId);
  if (!url) return textResponse((await getTranslations('errors'))('upload.notFound'), 404);
  return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'no-store' } });
}
