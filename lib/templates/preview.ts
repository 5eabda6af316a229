/**
 * The clerk's preview of the document a decision would issue, before deciding: the service's
 * current template merged with the request and what the clerk typed so far, and the PDF marked on
 * every page as a preview, with a verification code that cannot be checked. Nothing is written.
 * The request is looked up within the clerk's scope (staffScope): one of another department is
 * "not found", exactly as the decision itself would answer.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { infoRequestItems } from '@/lib/requests/info-request';
import { leiToBani } from '@/lib/requests/schemas/staff';
import { staffScope } from '@/lib/requests/staff-access';
import { getPaymentAccount } from '@/lib/settings/settings';
import { endOfDayInRomania, isDay } from '@/lib/time';
import { PREVIEW_CODE, renderAnswerPdf } from '@/lib/templates/answer-pdf';
import { mergeTemplate, type TMergedTemplate } from '@/lib/templates/merge';
import { mergeDataFor } from '@/lib/templates/merge-data';
import type { TPreviewAnswer } from '@/lib/templates/schemas';
import { currentTemplate } from '@/lib/templates/templates';

export type TAnswerPreview = TMergedTemplate & { pdfBase64: string };

const dueAtOf = (day: string) => (isDay(day) ? endOfDayInRomania(day) : null);

/** The merged text and the preview PDF of the answer of `input.kind` to a request in the clerk's scope. */
export async function previewAnswer(user: Pick<TSessionUser, 'id' | 'role'>, input: TPreviewAnswer): Promise<TAnswerPreview> {
  const scope = await staffScope(user);
  const request = await db.serviceRequest.findFirst({
    where: { AND: [{ id: input.requestId }, scope.where] },
    select: { id: true, serviceVersion: { select: { serviceId: true, definition: true } } },
  });
  if (!request) throw new AppError('request.notFound');
  const template = await currentTemplate(db, request.serviceVersion.serviceId, input.kind);
  const data = await mergeDataFor(db, { requestId: request.id, kind: input.kind, clerkText: input.body, clerkId: user.id });
  if (input.kind === 'FEE_NOTICE') {
    const fee = input.fee ?? { amount: '', dueDate: '', legalBasis: '' };
    data.fee = { amountBani: leiToBani(fee.amount), dueAt: dueAtOf(fee.dueDate), iban: (await getPaymentAccount()).iban };
    data.legalBasis = fee.legalBasis.trim() || null;
  }
  if (input.kind === 'INFO_REQUEST') {
    const info = input.info ?? { dueDate: '', fields: [], documents: [], otherDocument: '' };
    // Named as the form names them, as the decision's notice does.
    const items = infoRequestItems(parseServiceDefinition(request.serviceVersion.definition), { ...info, otherDocument: info.otherDocument.trim() || null });
    data.info = { dueAt: dueAtOf(info.dueDate), items };
  }
  const merged = mergeTemplate(template, data);
  const pdf = await renderAnswerPdf({ merged, data, verification: { code: PREVIEW_CODE, url: `${env().appUrl}/verify` }, preview: true });
  return { ...merged, pdfBase64: Buffer.from(pdf).toString('base64') };
}
