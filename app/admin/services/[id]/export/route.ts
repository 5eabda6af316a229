import { getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { textResponse } from '@/lib/kiosk/server';
import { exportService } from '@/lib/services/admin/services';

type TContext = { params: Promise<{ id: string }> };

/** A service's file (metadata and latest published definition) as a JSON download, for administrators. */
export async function GET(_request: Request, { params }: TContext) {
  const { id } = await params;
  const user = await getSession();
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(`/admin/services/${id}`)}` } });
  const t = await getTranslations('errors');
  if (user.role !== 'ADMIN') return textResponse(t('forbidden'), 403);
  try {
    const file = await exportService(user, id);
    if (!file) return textResponse(t('servicesAdmin.notFound'), 404);
    return new Response(`${JSON.stringify(file, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.service.slug}.service.json"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'servicesAdmin.exportNoVersion') return textResponse(t('servicesAdmin.exportNoVersion'), 409);
    throw error;
  }
}
