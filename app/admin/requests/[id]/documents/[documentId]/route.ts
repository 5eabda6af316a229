import { getTranslations } from 'next-intl/server';
import { getRequestInfo } from '@/lib/actions';
import { getSession } from '@/lib/auth/session';
import { staffDownloadUrl } from '@/lib/documents/downloads';
import { refuseDownloadOnKiosk, textResponse } from '@/lib/kiosk/server';

type TContext = { params: Promise<{ id: string; documentId: string }> };

/** A document of a request, for staff who may see it: a redirect to a one-minute download link. */
export async function GET(_request: Request, { params }: TContext) {
  const { id, documentId } = await params;
  const user = await getSession();
  // Signed out (an old tab): sign in and come back to the request file.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(`/admin/requests/${id}`)}` } });
  const t = await getTranslations('errors');
  if (user.role !== 'CLERK' && user.role !== 'ADMIN') return textResponse(t('forbidden'), 403);
  const refused = await refuseDownloadOnKiosk();
  if (refused) return refused;
  const url = await staffDownloadUrl(user, id, documentId, await getRequestInfo());
  if (!url) return textResponse(t('upload.notFound'), 404);
  return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'no-store' } });
}
