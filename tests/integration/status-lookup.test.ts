/**
 * The public status lookup against the real PostgreSQL: the holder of the receipt sees the status
 * and the public event types with dates, nothing else; an unknown number, a draft's number and a
 * wrong code give one and the same answer; wrong tries are limited per IP and per number.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closeRateLimits } from '@/lib/auth/rate-limit';
import { hashAccessCode } from '@/lib/requests/access-code';
import { withdrawRequest } from '@/lib/requests/commands/applicant';
import { addInternalNote, messageApplicant, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { ZMessageSchema, ZNoteSchema } from '@/lib/requests/schemas/staff';
import { lookupStatus } from '@/lib/requests/queries/status-lookup';
import { ZStatusLookupSchema } from '@/lib/requests/schemas/status';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { createApplicant, readyDraft, type TRequestWorld, useRequestWorld } from './request-fixtures';

const INTERNAL_NOTE = 'Notă internă: solicitantul are restanțe la impozitul pe clădiri.';
const MESSAGE = 'Vă rugăm să ne sunați la numărul 0233 741 119 pentru o programare.';

/** A client address of its own for each check, so the per-IP counters of one never affect another. */
const newIp = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

/** A valid code that is not this one (same alphabet, same length). */
const otherCode = (code: string) => (code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`);

/** What the lookup threw (its code and details), or what it returned. */
async function outcome(registrationNumber: string, accessCode: string, ip: string) {
  try {
    return { ok: true as const, data: await lookupStatus(ZStatusLookupSchema.parse({ registrationNumber, accessCode }), { ip }) };
  } catch (error) {
    const { code, details } = error as { code?: string; details?: unknown };
    if (!code) throw error;
    return { ok: false as const, code, details };
  }
}

describe('the public status lookup', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;

  useRequestWorld((world) => ({ database, storage, clerk } = world), { beforeStop: closeRateLimits });

  const version = async (requestId: string) => (await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } })).version;

  async function filed() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    const submitted = await submitRequest(applicant, requestId);
    return { applicant, requestId, number: submitted.registrationNumber, code: submitted.accessCode! };
  }

  it('shows the status, the dates and the public event types to the holder of the receipt, and nothing said', async () => {
    const { requestId, number, code } = await filed();
    await takeRequest(clerk, { requestId, version: await version(requestId) });
    await addInternalNote(clerk, ZNoteSchema.parse({ requestId, version: await version(requestId), body: INTERNAL_NOTE }));
    await messageApplicant(clerk, ZMessageSchema.parse({ requestId, version: await version(requestId), body: MESSAGE, documentIds: [] }));
    const stored = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { submittedAt: true, dueAt: true, applicantName: true } });

    // As typed from the receipt: lower case, spaces, no prefix.
    const result = await outcome(number.toLowerCase().replace('rmn-', '').replace('-', ' '), code.toLowerCase().replace('-', ' '), newIp());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({
      registrationNumber: number,
      service: { ro: 'Certificat de atestare fiscală pentru persoane fizice', en: expect.any(String) },
      submittedAt: stored.submittedAt,
      status: 'IN_REVIEW',
      dueAt: stored.dueAt,
      term: { kind: 'running', dueAt: stored.dueAt },
      events: [
        { type: 'SUBMITTED', at: expect.any(Date) },
        { type: 'STATUS_CHANGED', at: expect.any(Date) },
        { type: 'MESSAGE_TO_APPLICANT', at: expect.any(Date) },
      ],
    });
    // Nothing of what was written, nor who: not the internal note, not the message, not the name.
    const text = JSON.stringify(result.data);
    for (const secret of [INTERNAL_NOTE, MESSAGE, stored.applicantName!, 'INTERNAL_NOTE', 'ASSIGNED', requestId, '1800101270018']) expect(text).not.toContain(secret);
  });

  it('gives no due date once the request is closed', async () => {
    const { applicant, requestId, number, code } = await filed();
    await withdrawRequest(applicant, { requestId, version: await version(requestId) });
    const result = await outcome(number, code, newIp());
    expect(result).toMatchObject({ ok: true, data: { status: 'WITHDRAWN', dueAt: null, term: null, events: [{ type: 'SUBMITTED' }, { type: 'WITHDRAWN' }] } });
  });

  it('says when the term stands still, and a tacit approval with the legal text in both languages', async () => {
    const { requestId, number, code } = await filed();
    const since = new Date();
    await database.prisma.serviceRequest.update({
      where: { id: requestId },
      data: { status: 'NEEDS_INFO', termSuspendedSince: since, termSuspensions: [{ from: since.toISOString(), to: null, reason: 'info' }] },
    });
    expect(await outcome(number, code, newIp())).toMatchObject({ ok: true, data: { status: 'NEEDS_INFO', term: { kind: 'suspended', reason: 'info' } } });

    const stored = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { term: true, dueAt: true } });
    await database.prisma.serviceRequest.update({
      where: { id: requestId },
      data: {
        status: 'IN_REVIEW',
        termSuspendedSince: null,
        termSuspensions: [{ from: since.toISOString(), to: since.toISOString(), reason: 'info' }],
        tacitApprovedAt: new Date(),
        term: { ...(stored.term as object), tacitApproval: true, tacitApprovalBasisRo: 'art. 2 alin. (2) din OUG nr. 27/2003', tacitApprovalBasisEn: 'GEO 27/2003, art. 2(2)' },
      },
    });
    expect(await outcome(number, code, newIp())).toMatchObject({
      ok: true,
      data: { term: { kind: 'tacit', dueAt: stored.dueAt, legalBasis: { ro: 'art. 2 alin. (2) din OUG nr. 27/2003', en: 'GEO 27/2003, art. 2(2)' } } },
    });
  });

  it('answers a wrong code, an unknown number and a draft the same neutral way', async () => {
    const { number, code } = await filed();
    const wrongCode = await outcome(number, otherCode(code), newIp());
    const [year, sequence] = number.split('-').slice(1);
    const unknownNumber = await outcome(`RMN-${year}-${String(Number(sequence) + 500_000).padStart(6, '0')}`, code, newIp());
    expect(wrongCode).toEqual({ ok: false, code: 'status.notFound', details: {} });
    expect(unknownNumber).toEqual(wrongCode);

    // A draft never matches, even one that somehow carries a number and a code hash.
    const applicant = await createApplicant(database.prisma);
    const draftId = await readyDraft(applicant, storage);
    await database.prisma.serviceRequest.update({
      where: { id: draftId },
      data: { registrationNumber: `RMN-${year}-${String(Number(sequence) + 600_000).padStart(6, '0')}`, accessCodeHash: hashAccessCode('K7MP-Q2XW') },
    });
    expect(await outcome(`RMN-${year}-${String(Number(sequence) + 600_000).padStart(6, '0')}`, 'K7MP-Q2XW', newIp())).toEqual(wrongCode);
  });

  it('lets 10 wrong tries a minute through from one IP and refuses the 11th, even with the right code', async () => {
    const { number, code } = await filed();
    const ip = newIp();
    for (let i = 0; i < 10; i++) expect(await outcome(number, otherCode(code), ip), `try ${i + 1}`).toMatchObject({ ok: false, code: 'status.notFound' });
    const refused = await outcome(number, code, ip);
    expect(refused).toMatchObject({ ok: false, code: 'status.rateLimited' });
    const wait = (refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // Another number from the same IP is refused as well; the same receipt from elsewhere works.
    const other = await filed();
    expect(await outcome(other.number, other.code, ip)).toMatchObject({ ok: false, code: 'status.rateLimited' });
    expect(await outcome(number, code, newIp())).toMatchObject({ ok: true, data: { registrationNumber: number } });
  });

  it('counts tries sent all at once: ten get an answer, the rest are refused', async () => {
    const { number, code } = await filed();
    const ip = newIp();
    const results = await Promise.all(Array.from({ length: 16 }, () => outcome(number, otherCode(code), ip)));
    expect(results.filter((result) => !result.ok && result.code === 'status.notFound')).toHaveLength(10);
    expect(results.filter((result) => !result.ok && result.code === 'status.rateLimited')).toHaveLength(6);
  });

  it('does not reset the per-IP count on a right code (one valid receipt buys no more guesses)', async () => {
    const mine = await filed();
    const target = await filed();
    const ip = newIp();
    for (let i = 0; i < 5; i++) await outcome(target.number, otherCode(target.code), ip);
    expect(await outcome(mine.number, mine.code, ip)).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) expect(await outcome(target.number, otherCode(target.code), ip)).toMatchObject({ ok: false, code: 'status.notFound' });
    expect(await outcome(mine.number, mine.code, ip)).toMatchObject({ ok: false, code: 'status.rateLimited' });
  });

  it('limits wrong tries on one number from many IPs (20 an hour), not the other numbers', async () => {
    const { number, code } = await filed();
    const other = await filed();
    for (let i = 0; i < 20; i++) expect(await outcome(number, otherCode(code), newIp()), `try ${i + 1}`).toMatchObject({ ok: false, code: 'status.notFound' });
    const ip = newIp();
    const refused = await outcome(number, code, ip);
    expect(refused).toMatchObject({ ok: false, code: 'status.rateLimited' });
    expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(60);
    // The refused try is not held against that client: it still has its ten tries.
    for (let i = 0; i < 10; i++) expect(await outcome(other.number, otherCode(other.code), ip), `try ${i + 1}`).toMatchObject({ ok: false, code: 'status.notFound' });
    expect(await outcome(other.number, other.code, newIp())).toMatchObject({ ok: true });
  });
});
