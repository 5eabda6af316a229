/**
 * Downloads: a short-lived presigned GET (Content-Disposition: attachment), issued only after the
 * access check. The applicant gets their own documents and those the city hall sent them; staff get
 * every document of a request they may see (and each download is audited).
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { staffScope } from '@/lib/requests/staff-access';
import { getStorage } from '@/lib/storage';
import { FILED } from '@/lib/requests/workflow';

const select = { id: true, storageKey: true, fileName: true, requestId: true } as const;

/** The download link for the applicant, or null ("not found") when it is not theirs to see. */
export async function applicantDownloadUrl(user: Pick<TSessionUser, 'id'>, requestId: string, documentId: string): Promise<string | null> {
  const document = await db.document.findFirst({
    where: {
      id: documentId,
      requestId,
      state: 'STORED',
      deletedAt: null,
      request: { applicantId: user.id, status: FILED },
      OR: [{ uploaderId: user.id }, { event: { visibility: 'PUBLIC' }, kind: { in: ['RESPONSE', 'MESSAGE_ATTACHMENT'] } }],
    },
    select,
  });
  return document ? getStorage().presignDownload({ key: document.storageKey, fileName: document.fileName }) : null;
}

/** The download link for staff who may see the request, or null; the download is audited. */
export async function staffDownloadUrl(user: Pick<TSessionUser, 'id' | 'role'>, requestId: string, documentId: string, request?: TRequestInfo): Promise<string | null> {
  const { where } = await staffScope(user);
  const document = await db.document.findFirst({ where: { id: documentId, requestId, state: 'STORED', deletedAt: null, request: where }, select });
  if (!document) return null;
  await writeAudit({ actorId: user.id, action: 'document.download', entityType: 'ServiceRequest', entityId: requestId, request, details: { documentId, fileName: document.fileName } });
  return getStorage().presignDownload({ key: document.storageKey, fileName: document.fileName });
}
