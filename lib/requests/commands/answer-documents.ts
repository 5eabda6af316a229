/**
 * The document that goes with a clerk's decision, sealed (OUG 38/2020: a request received
 * electronically is answered electronically, with a qualified signature or seal). The approval and
 * the refusal are generated from the service's template unless the clerk attached their own PDF
 * instead, which is then stamped with its verification code and sealed; a request for information
 * and a fee notice are always generated. Runs inside the command's transaction: the issued row, the
 * document and the event commit together (a rolled-back command leaves at most an unreferenced object
 * in the store).
 */
import 'server-only';
import type { TTransaction } from '@/lib/db';
import type { AnswerTemplateKind } from '@/lib/generated/prisma/client';
import { issueDocument, sealUploadedAnswers } from '@/lib/issued/issue';
import type { TLockedRequest } from '@/lib/requests/commands/run';
import { renderAnswerPdf } from '@/lib/templates/answer-pdf';
import { mergeTemplate } from '@/lib/templates/merge';
import { mergeDataFor } from '@/lib/templates/merge-data';
import { currentTemplate } from '@/lib/templates/templates';

type TAnswerInput = {
  kind: AnswerTemplateKind;
  /** The clerk who decides (the issuer, and the uploader of the generated file). */
  clerkId: string;
  /** The clerk's free text: the template's {{text}}. */
  clerkText: string;
  /** The clerk's own PDFs, used instead of the template (approval and refusal only). */
  uploadedIds?: string[];
  fee?: { amountBani: number; dueAt: Date; legalBasis: string };
  info?: { dueAt: Date; items: string[] };
};

/** The file names the applicant downloads, by kind. */
const FILE_NAME: Record<AnswerTemplateKind, string> = {
  APPROVAL: 'raspuns',
  REFUSAL: 'refuz',
  INFO_REQUEST: 'solicitare-informatii',
  FEE_NOTICE: 'instiintare-taxa',
};

/**
 * Issues the decision's document and returns the ids of the uploads to attach to the event (the
 * generated file is one of them: it is a stored upload of the clerk, not yet sent) and the storage
 * keys of the unsealed uploads it replaced, to remove after the commit (TCommandOutcome.replacedObjects).
 */
export async function issueAnswer(tx: TTransaction, request: TLockedRequest, input: TAnswerInput): Promise<{ documentIds: string[]; replacedObjects: string[] }> {
  if (!request.registrationNumber || !request.submittedAt) throw new Error(`request ${request.id} is not filed`);
  const filed = { id: request.id, registrationNumber: request.registrationNumber, submittedAt: request.submittedAt };
  const uploaded = input.uploadedIds ?? [];
  if (uploaded.length > 0) {
    const replacedObjects: string[] = [];
    await sealUploadedAnswers(
      tx,
      {
      requestId: request.id,
      registrationNumber: filed.registrationNumber,
      submittedAt: filed.submittedAt,
      documentIds: uploaded,
      kind: input.kind,
      issuedById: input.clerkId,
      },
      { replacedKeys: replacedObjects },
    );
    return { documentIds: uploaded, replacedObjects };
  }
  const { serviceId } = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { serviceId: true } });
  const template = await currentTemplate(tx, serviceId, input.kind);
  const data = await mergeDataFor(tx, { requestId: request.id, kind: input.kind, clerkText: input.clerkText, clerkId: input.clerkId, fee: input.fee, info: input.info });
  const merged = mergeTemplate(template, data);
  const issued = await issueDocument(tx, {
    kind: input.kind,
    request: filed,
    issuedById: input.clerkId,
    templateVersionId: template.versionId,
    render: (verification) => renderAnswerPdf({ merged, data, verification }),
    keep: { kind: 'document', uploaderId: input.clerkId, fileName: `${FILE_NAME[input.kind]}-${filed.registrationNumber}.pdf` },
  });
  if (!issued.documentId) throw new Error('an answer is kept with the request');
  return { documentIds: [issued.documentId], replacedObjects: [] };
}
