import { getLocale, getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { toLocale } from '@/lib/i18n/config';
import { accessCodeMatches } from '@/lib/requests/access-code';
import { getOwnRequest } from '@/lib/requests/queries/applicant';
import { receiptWithAccessCode, storedReceipt } from '@/lib/issued/receipt';
import { getMunicipality } from '@/lib/settings/settings';
import { refuseDownloadOnKiosk, textResponse } from '@/lib/kiosk/server';

type TContext = { params: Promise<{ id: string }> };

/**
 * The PDF proof of registration of the applicant's own request, sealed (lib/issued/receipt.ts). GET
 * gives the stored one, without the access code (only its hash is kept); right after submitting, the
 * confirmation page POSTs the code it was shown, which is printed only if it matches, on a receipt
 * sealed for that download.
 */
async function receipt(id: string, accessCode: string | null) {
  const user = await getSession();
  // Signed out (an old tab): sign in and come back to the request, where the proof is offered again.
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent(`/requests/${id}`)}` } });
  const refused = await refuseDownloadOnKiosk();
  if (refused) return refused;
  const locale = toLocale(await getLocale());
  const request = await getOwnRequest(user.id, id, locale);
  if (!request) return textResponse((await getTranslations('errors'))('request.notFound'), 404);
  const code = accessCode && accessCodeMatches(accessCode, request.accessCodeHash) ? accessCode : null;
  const data = {
    locale,
    municipality: await getMunicipality(),
    registrationNumber: request.registrationNumber,
    submittedAt: request.submittedAt,
    dueAt: request.dueAt,
    serviceTitle: request.service.title,
    departmentName: request.department,
    applicant: request.applicant,
    answers: request.answers.map(({ label, value }) => ({ label, value })),
    documents: request.documents.map((d) => ({ requirement: d.requirement, fileName: d.fileName, sizeBytes: d.sizeBytes, sha256: d.sha256 ?? '' })),
    statusUrl: `${env().appUrl}/requests/${request.id}`,
    lookupUrl: `${env().appUrl}/status`,
  };
  const filed = { id: request.id, registrationNumber: request.registrationNumber, submittedAt: request.submittedAt };
  const pdf = code ? await receiptWithAccessCode(filed, { ...data, accessCode: code }) : await storedReceipt(filed, data);
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="dovada-${request.registrationNumber}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

export async function GET(_request: Request, { params }: TContext) {
  return receipt((await params).id, null);
}

export async function POST(request: Request, { params }: TContext) {
  const form = await request.formData().catch(() => null);
  const accessCode = form?.get('accessCode');
  return receipt((await params).id, typeof accessCode === 'string' ? accessCode.slice(0, 20) : null);
}
