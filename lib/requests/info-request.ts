/** The checklist of the latest request for more information: what the applicant may change and send. */
import { db, type TTransaction } from '@/lib/db';

export type TInfoChecklist = { eventId: string; fields: string[]; documents: string[]; otherDocument: string | null; dueAt: string | null };

export async function latestInfoRequest(requestId: string, tx: TTransaction | typeof db = db): Promise<TInfoChecklist | null> {
  const event = await tx.requestEvent.findFirst({
    where: { requestId, type: 'INFO_REQUESTED' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, payload: true },
  });
  if (!event) return null;
  const payload = (event.payload ?? {}) as Partial<Omit<TInfoChecklist, 'eventId'>>;
  return {
    eventId: event.id,
    fields: Array.isArray(payload.fields) ? payload.fields : [],
    documents: Array.isArray(payload.documents) ? payload.documents : [],
    otherDocument: payload.otherDocument ?? null,
    dueAt: payload.dueAt ?? null,
  };
}
