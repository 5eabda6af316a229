import { describe, expect, it } from 'vitest';
import type { TTransaction } from '@/lib/db';
import { EventType } from '@/lib/generated/prisma/enums';
import { EVENT_PAYLOADS, payloadOf, readEvent, writeEvent, type TNewEvent } from '@/lib/requests/events';

/** A transaction that records what would be written. */
function recorder() {
  const written: unknown[] = [];
  const tx = { requestEvent: { create: async (args: { data: unknown }) => (written.push(args.data), { id: `e${written.length}` }) } } as unknown as TTransaction;
  return { tx, written };
}

const FEE = { feeId: 'fee1', amountBani: 12550, legalBasis: 'HCL 100/2025', dueAt: '2026-12-20T21:59:59.999Z' };

describe('typed timeline events', () => {
  it('has a payload schema for every event type of the database', () => {
    expect(Object.keys(EVENT_PAYLOADS).sort()).toEqual(Object.values(EventType).sort());
  });

  it('writes a payload that fits its type, and nothing for a type without one', async () => {
    const { tx, written } = recorder();
    await writeEvent(tx, 'r1', { type: 'FEE_REQUESTED', body: 'Instrucțiuni', payload: FEE }, { actorId: 'u1', fromStatus: 'IN_REVIEW', toStatus: 'AWAITING_PAYMENT' });
    await writeEvent(tx, 'r1', { type: 'MESSAGE_TO_APPLICANT', body: 'Bună ziua' }, { actorId: 'u1' });
    expect(written).toEqual([
      expect.objectContaining({ requestId: 'r1', type: 'FEE_REQUESTED', payload: FEE, visibility: 'PUBLIC', fromStatus: 'IN_REVIEW', toStatus: 'AWAITING_PAYMENT' }),
      expect.objectContaining({ type: 'MESSAGE_TO_APPLICANT', payload: undefined, body: 'Bună ziua' }),
    ]);
  });

  it('refuses to write a payload that does not fit its type', async () => {
    const { tx, written } = recorder();
    const wrong = { type: 'FEE_REQUESTED', payload: { ...FEE, amountBani: -1 } } as TNewEvent;
    await expect(writeEvent(tx, 'r1', wrong, { actorId: null })).rejects.toThrow();
    await expect(writeEvent(tx, 'r1', { type: 'WITHDRAWN', payload: { reason: 'x' } } as unknown as TNewEvent, { actorId: null })).rejects.toThrow();
    expect(written).toEqual([]);
  });

  it('reads a payload through its type, and null for one that does not fit', () => {
    const read = readEvent({ type: 'FEE_REQUESTED', payload: FEE });
    expect(read.type === 'FEE_REQUESTED' && read.payload?.amountBani).toBe(12550);
    expect(readEvent({ type: 'FEE_REQUESTED', payload: { feeId: 'fee1' } }).payload).toBeNull();
    expect(readEvent({ type: 'APPROVED', payload: null }).payload).toEqual({});
    expect(payloadOf('DEADLINE_EXTENDED', { type: 'FEE_REQUESTED', payload: FEE })).toBeNull();
    expect(payloadOf('FEE_REQUESTED', { type: 'FEE_REQUESTED', payload: FEE })).toEqual(FEE);
  });
});

describe("the legal term's events", () => {
  const previousDueAt = '2026-12-02T21:59:59.000Z';
  const dueAt = '2026-12-07T21:59:59.000Z';

  it('keep why the term stood still, how far its end moved and in which unit, and the legal text of a tacit approval', () => {
    expect(EVENT_PAYLOADS.TERM_SUSPENDED.safeParse({ reason: 'info', dueAt: previousDueAt }).success).toBe(true);
    expect(EVENT_PAYLOADS.TERM_SUSPENDED.safeParse({ reason: 'other', dueAt: previousDueAt }).success).toBe(false);
    expect(EVENT_PAYLOADS.DUE_DATE_CHANGED.safeParse({ reason: 'resumed', previousDueAt, dueAt, days: 3, unit: 'CALENDAR_DAYS' }).success).toBe(true);
    expect(EVENT_PAYLOADS.DUE_DATE_CHANGED.safeParse({ reason: 'calendar', previousDueAt, dueAt, days: 0, unit: 'WORKING_DAYS' }).success).toBe(true);
    expect(EVENT_PAYLOADS.DUE_DATE_CHANGED.safeParse({ reason: 'resumed', previousDueAt, dueAt, days: 3 }).success).toBe(false);
    expect(EVENT_PAYLOADS.DUE_DATE_CHANGED.safeParse({ reason: 'resumed', previousDueAt, dueAt, days: 3, unit: 'HOURS' }).success).toBe(false);
    expect(EVENT_PAYLOADS.TACIT_APPROVAL.safeParse({ dueAt, legalBasisRo: 'OUG 27/2003, art. 2', legalBasisEn: null }).success).toBe(true);
    expect(EVENT_PAYLOADS.TACIT_APPROVAL.safeParse({ dueAt }).success).toBe(false);
    // An extension written before terms had units still reads.
    expect(EVENT_PAYLOADS.DEADLINE_EXTENDED.safeParse({ days: 15, previousDueAt, dueAt }).success).toBe(true);
    expect(EVENT_PAYLOADS.DEADLINE_EXTENDED.safeParse({ days: 2, previousDueAt, dueAt, unit: 'WORKING_DAYS' }).success).toBe(true);
  });
});

describe('an answer changed in reply to a request for information', () => {
  it('is stored as JSON stores it: empty address parts dropped', async () => {
    const { tx, written } = recorder();
    const address = { county: 'Neamț', locality: 'Roman', street: 'Strada Nouă', number: '3', apartment: undefined };
    await writeEvent(tx, 'r1', { type: 'INFO_PROVIDED', payload: { changes: [{ key: 'address', old: null, new: address as never }], documents: [], infoRequestId: 'e1' } }, { actorId: 'u1' });
    expect(written).toEqual([expect.objectContaining({ payload: { changes: [{ key: 'address', old: null, new: { county: 'Neamț', locality: 'Roman', street: 'Strada Nouă', number: '3' } }], documents: [], infoRequestId: 'e1' } })]);
  });
});
