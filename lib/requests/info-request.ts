/** The checklist of the latest request for more information: what the applicant may change and send. */
import { db, type TTransaction } from '@/lib/db';
import { payloadOf, type TEventPayload } from '@/lib/requests/events';

export type TInfoChecklist = { eventId: string } & Omit<TEventPayload<'INFO_REQUESTED'>, 'dueAt'> & { dueAt: string | null };

export async function latestInfoRequest(requestId: string, tx: TTransaction | typeof db = db): Promise<TInfoChecklist | null> {
  const event = await tx.requestEvent.findFirst({
    where: { requestId, type: 'INFO_REQUESTED' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, type: true, payload: true },
  });
  if (!event) return null;
  const payload = payloadOf('INFO_REQUESTED', event);
  return { eventId: event.id, fields: payload?.fields ?? [], documents: payload?.documents ?? [], otherDocument: payload?.otherDocument ?? null, dueAt: payload?.dueAt ?? null };
}
