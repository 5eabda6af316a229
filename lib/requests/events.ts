/**
 * The timeline events of a request, typed: one zod schema per event type for what its `payload`
 * holds. The writer (`writeEvent`, used by the command runner) checks a payload against its
 * schema before it is stored, and every reader (the timeline, the checklist of a request for more
 * information, the dashboard's expectations) reads payloads only through `readEvent`, so adding a
 * field to an event is one edit here that the compiler follows to every writer and reader.
 */
import { z } from 'zod';
import type { TTransaction } from '@/lib/db';
import type { EventType, EventVisibility, Prisma, RequestStatus } from '@/lib/generated/prisma/client';
import { TERM_UNITS } from '@/lib/requests/terms';

const ZId = z.string().min(1).max(40);
/** A moment as `Date.toISOString()` writes it. */
const ZMoment = z.iso.datetime();
const ZFee = { feeId: ZId };
const ZNone = z.object({}).strict();
/** A value as an answer stores it (text, number, an address's parts...); parts left empty (undefined) are dropped, as JSON drops them. */
const ZJson = z.preprocess((value) => (value === undefined ? null : JSON.parse(JSON.stringify(value))), z.json());
export type TJsonValue = z.output<typeof ZJson>;

export const EVENT_PAYLOADS = {
  CREATED: ZNone,
  SUBMITTED: z.object({ registrationNumber: z.string().min(1) }),
  /** `automatic`: chosen at submission (the least-loaded clerk); otherwise a person assigned it. */
  ASSIGNED: z.object({ assigneeId: ZId, assigneeName: z.string().optional(), previousAssigneeId: ZId.nullable().optional(), automatic: z.boolean().optional() }),
  STATUS_CHANGED: ZNone,
  MESSAGE_TO_APPLICANT: ZNone,
  MESSAGE_FROM_APPLICANT: ZNone,
  INTERNAL_NOTE: ZNone,
  /** The checklist: answers (field keys) to correct, documents (requirement keys) to send, by when. */
  INFO_REQUESTED: z.object({ fields: z.array(z.string()), documents: z.array(z.string()), otherDocument: z.string().nullable(), dueAt: ZMoment }),
  /** The answers changed (old and new value), the documents sent (ids) and the request they answer. */
  INFO_PROVIDED: z.object({ changes: z.array(z.object({ key: z.string(), old: ZJson, new: ZJson })), documents: z.array(ZId), infoRequestId: ZId }),
  FEE_REQUESTED: z.object({ ...ZFee, amountBani: z.number().int().positive(), legalBasis: z.string(), dueAt: ZMoment }),
  PAYMENT_SUBMITTED: z.object(ZFee),
  /** `online`: paid at the payment provider, whose ids come with it. */
  PAYMENT_CONFIRMED: z.object({ ...ZFee, amountBani: z.number().int().positive(), online: z.boolean().optional(), provider: z.string().optional(), providerPaymentId: z.string().optional() }),
  PAYMENT_REJECTED: z.object(ZFee),
  /** `days` in the term's unit (lib/requests/terms.ts): the term's end moved from `previousDueAt` to `dueAt`. */
  DEADLINE_EXTENDED: z.object({ days: z.number().int().positive(), previousDueAt: ZMoment, dueAt: ZMoment, unit: z.enum(TERM_UNITS).optional() }),
  /** The term stands still while the city hall waits for the applicant: more information or a fee. `dueAt`: its end as it stood. */
  TERM_SUSPENDED: z.object({ reason: z.enum(['info', 'fee']), dueAt: ZMoment }),
  /**
   * The term's end moved, with why: `resumed` (it ran again after standing still `days` days of
   * its unit) or `calendar` (the administrator changed the working days it spans).
   */
  DUE_DATE_CHANGED: z.object({ reason: z.enum(['resumed', 'calendar']), previousDueAt: ZMoment, dueAt: ZMoment, days: z.number().int(), unit: z.enum(TERM_UNITS) }),
  /** The term ended without an answer for a service where silence approves (OUG 27/2003): the legal text that says so. */
  TACIT_APPROVAL: z.object({ dueAt: ZMoment, legalBasisRo: z.string().nullable(), legalBasisEn: z.string().nullable() }),
  APPROVED: ZNone,
  REJECTED: ZNone,
  WITHDRAWN: ZNone,
} as const satisfies Record<EventType, z.ZodType>;

export type TEventPayload<K extends EventType> = z.output<(typeof EVENT_PAYLOADS)[K]>;

type TEventWith<K extends EventType> = { type: K; body?: string; visibility?: EventVisibility; createdAt?: Date } & (TEventPayload<K> extends Record<string, never>
  ? { payload?: TEventPayload<K> }
  : { payload: TEventPayload<K> });

/** An event to write: its type decides what its payload must hold. */
export type TNewEvent = { [K in EventType]: TEventWith<K> }[EventType];

/** An event as read back: the payload typed by the event's type (null when the stored one does not fit). */
export type TReadEvent = { [K in EventType]: { type: K; payload: TEventPayload<K> | null } }[EventType];

/** Reads a stored event's payload through its type's schema. */
export function readEvent(event: { type: EventType; payload: unknown }): TReadEvent {
  const parsed = EVENT_PAYLOADS[event.type].safeParse(event.payload ?? {});
  return { type: event.type, payload: parsed.success ? parsed.data : null } as TReadEvent;
}

/** The payload of an event known to be of type `type` (null when it is another type or does not fit). */
export function payloadOf<K extends EventType>(type: K, event: { type: EventType; payload: unknown }): TEventPayload<K> | null {
  if (event.type !== type) return null;
  const parsed = EVENT_PAYLOADS[type].safeParse(event.payload ?? {});
  return parsed.success ? (parsed.data as TEventPayload<K>) : null;
}

/** Writes one event of a request; its payload is checked against its type's schema first. */
export async function writeEvent(
  tx: TTransaction,
  requestId: string,
  event: TNewEvent,
  meta: { actorId: string | null; fromStatus?: RequestStatus; toStatus?: RequestStatus },
): Promise<{ id: string }> {
  const payload = EVENT_PAYLOADS[event.type].parse(event.payload ?? {}) as Prisma.InputJsonObject;
  return tx.requestEvent.create({
    data: {
      requestId,
      type: event.type,
      actorId: meta.actorId,
      body: event.body,
      visibility: event.visibility ?? 'PUBLIC',
      fromStatus: meta.fromStatus,
      toStatus: meta.toStatus,
      payload: Object.keys(payload).length > 0 ? payload : undefined,
      createdAt: event.createdAt,
    },
    select: { id: true },
  });
}
