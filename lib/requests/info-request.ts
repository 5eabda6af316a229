/** The checklist of the latest request for more information: what the applicant may change and send. */
import { db, type TTransaction } from '@/lib/db';
import { payloadOf, type TEventPayload } from '@/lib/requests/events';
import type { TServiceDefinition } from '@/lib/services/form/definition';

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

/**
 * What a request for information asks for, named as the form names them (in Romanian, as the
 * notice the city hall issues): the fields, the documents, then the other document. Keys the form
 * does not have are left out (the command refuses them before).
 */
export function infoRequestItems(definition: TServiceDefinition, asked: { fields: string[]; documents: string[]; otherDocument: string | null | undefined }): string[] {
  return [
    ...asked.fields.flatMap((key) => definition.fields.filter((f) => f.key === key).map((f) => f.label.ro)),
    ...asked.documents.flatMap((key) => definition.documents.filter((d) => d.key === key).map((d) => d.name.ro)),
    ...(asked.otherDocument ? [asked.otherDocument] : []),
  ];
}
