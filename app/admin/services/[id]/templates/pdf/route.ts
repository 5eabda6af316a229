import { getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { textResponse } from '@/lib/kiosk/server';
import { getMunicipality } from '@/lib/settings/settings';
import { PREVIEW_CODE, renderAnswerPdf } from '@/lib/templates/answer-pdf';
import { mergeTemplate } from '@/lib/templates/merge';
import { municipalityLines } from '@/lib/templates/merge-data';
import { sampleMergeData } from '@/lib/templates/sample';
import { ZTemplateKindSchema } from '@/lib/templates/schemas';
import { getServiceTemplates } from '@/lib/templates/templates';

type TContext = { params: Promise<{ id: string }> };

/**
 * The saved text of a service's template of `?kind=` as the PDF it makes, with sample data and
 * marked as a preview on every page, for administrators (shown in the browser, not downloaded).
 */
export async function GET(request: Request, { params }: TContext) {
  const { id } = await params;
  const user = await getSession();
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(`/admin/services/${id}/templates`)}` } });
  const t = await getTranslations('errors');
  if (user.role !== 'ADMIN') return textResponse(t('forbidden'), 403);
  const kind = ZTemplateKindSchema.safeParse(new URL(request.url).searchParams.get('kind'));
  const service = kind.success ? await getServiceTemplates(user, id) : null;
  if (!kind.success || !service) return textResponse(t('templates.notFound'), 404);
  const template = service.templates.find((x) => x.kind === kind.data)!;
  const data = sampleMergeData({ municipality: municipalityLines(await getMunicipality()), fields: service.fields, serviceTitle: service.titleRo, legalBasis: service.legalBasisRo });
  const pdf = await renderAnswerPdf({ merged: mergeTemplate(template.current, data), data, verification: { code: PREVIEW_CODE, url: `${env().appUrl}/verify` }, preview: true });
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="previzualizare-${kind.data.toLowerCase()}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
