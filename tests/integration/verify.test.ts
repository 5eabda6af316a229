/**
 * /verify against the real PostgreSQL and a really sealed PDF (issueDocument, lib/seal's demo
 * seal): the file as issued is authentic, the same file with one byte changed was not issued by us;
 * a code is found however it is typed, an unknown one is not; only public facts come back; and the
 * file check refuses a client past 30 checks a minute.
 */
import crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { closeRateLimits } from '@/lib/auth/rate-limit';
import { formatVerificationCode, newVerificationCode, ZVerifyHashSchema } from '@/lib/issued/codes';
import { issueDocument } from '@/lib/issued/issue';
import { checkFile, findIssuedByCode, findIssuedByHash, verifyCodePage } from '@/lib/issued/verify';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { answerPdf, createApplicant, readyDraft, type TRequestWorld, useRequestWorld, VALID_ANSWERS } from './request-fixtures';

// The server action reads the client address from the headers lib/cli/server.js sets.
const client = vi.hoisted(() => ({ ip: '10.0.0.1' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': client.ip }) }));

/** A client address of its own for each check, so the per-IP counters of one never affect another. */
const newIp = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
/** The hash as the browser sends it, parsed by the action's schema. */
const hashInput = (bytes: Uint8Array, code?: string) => ZVerifyHashSchema.parse({ sha256: sha256(bytes), ...(code ? { code } : {}) });

describe('verifying an issued document', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TRequestWorld['clerk'];

  useRequestWorld((world) => ({ database, storage, clerk } = world), { beforeStop: closeRateLimits });

  /** A filed request and an approval issued (sealed) for it, not kept: the bytes are the issued file. */
  async function issued() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    const { registrationNumber } = await submitRequest(applicant, requestId);
    const request = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, registrationNumber: true, submittedAt: true } });
    const document = await database.prisma.$transaction(
      (tx) =>
        issueDocument(tx, {
          kind: 'APPROVAL',
          request: { id: request.id, registrationNumber: request.registrationNumber!, submittedAt: request.submittedAt! },
          issuedById: clerk.user.id,
          render: async () => answerPdf(),
          keep: null,
        }),
      { timeout: 30_000 },
    );
    return { applicant, requestId, registrationNumber, submittedAt: request.submittedAt!, ...document };
  }

  it('says the issued file is authentic, with its public facts only, and that a file with one byte changed was not issued', async () => {
    const document = await issued();
    expect(Buffer.from(document.bytes).includes(Buffer.from('/ByteRange'))).toBe(true);
    const found = await checkFile(hashInput(document.bytes), { ip: newIp() });
    expect(found).toEqual({
      status: 'authentic',
      facts: {
        code: formatVerificationCode(document.code),
        kind: 'APPROVAL',
        registrationNumber: document.registrationNumber,
        registeredAt: document.submittedAt,
        sealedBy: expect.stringMatching(/^DEMO — sigiliu de test, nealificat/),
        sealQualified: false,
        sealedAt: expect.any(Date),
        timestampedAt: null,
        sha256: sha256(document.bytes),
      },
    });
    // Nothing about the applicant or the request beyond what the document shows.
    const text = JSON.stringify(found);
    for (const secret of [document.requestId, document.applicant.id, document.applicant.email, VALID_ANSWERS.cnp, VALID_ANSWERS.fullName, VALID_ANSWERS.email, document.applicant.displayName]) expect(text).not.toContain(secret);

    const changed = Buffer.from(document.bytes);
    // One byte in the middle of the file (inside the signed content), as a careless edit would.
    changed[Math.floor(changed.length / 3)]! ^= 0x01;
    expect(await checkFile(hashInput(changed), { ip: newIp() })).toEqual({ status: 'unknown' });
    expect(await findIssuedByHash(sha256(changed))).toBeNull();
    expect(await findIssuedByHash(sha256(document.bytes).toUpperCase())).toMatchObject({ code: formatVerificationCode(document.code) });
  });

  it('finds a document by its code typed in lower case, with or without dashes and spaces, and says an unknown code is unknown', async () => {
    const document = await issued();
    const formatted = formatVerificationCode(document.code);
    for (const typed of [formatted, document.code.toLowerCase(), formatted.toLowerCase(), ` ${formatted.replaceAll('-', ' ')} `]) {
      expect(await findIssuedByCode(typed), typed).toMatchObject({ code: formatted, kind: 'APPROVAL', registrationNumber: document.registrationNumber });
    }
    expect(await verifyCodePage(document.code.toLowerCase(), { ip: newIp() })).toMatchObject({ status: 'found', facts: { code: formatted } });

    let unknown = newVerificationCode();
    while (unknown === document.code) unknown = newVerificationCode();
    expect(await findIssuedByCode(unknown)).toBeNull();
    expect(await verifyCodePage(unknown, { ip: newIp() })).toEqual({ status: 'unknown' });
    // Not a code at all: too short, a letter outside the alphabet.
    expect(await findIssuedByCode('7KQ2-M9XP')).toBeNull();
    expect(await findIssuedByCode(`${document.code.slice(0, 11)}U`)).toBeNull();
  });

  it('compares a file with the document of a code: identical, different, or no such document', async () => {
    const document = await issued();
    const other = await issued();
    const code = formatVerificationCode(document.code).toLowerCase();
    expect(await checkFile(hashInput(document.bytes, code), { ip: newIp() })).toMatchObject({ status: 'identical', facts: { code: formatVerificationCode(document.code) } });
    // Another authentic document is still not this one.
    expect(await checkFile(hashInput(other.bytes, code), { ip: newIp() })).toMatchObject({ status: 'different', facts: { code: formatVerificationCode(document.code) } });
    const changed = Buffer.from(document.bytes);
    changed[changed.length - 10]! ^= 0x01;
    expect(await checkFile(hashInput(changed, code), { ip: newIp() })).toMatchObject({ status: 'different' });
    let unknown = newVerificationCode();
    while (unknown === document.code || unknown === other.code) unknown = newVerificationCode();
    expect(await checkFile(hashInput(document.bytes, unknown), { ip: newIp() })).toEqual({ status: 'unknown' });
  });

  it('the action needs no session, refuses a malformed hash next to the field, and refuses the 31st check in a minute from one IP', async () => {
    const { verifyHashAction } = await import('@/lib/issued/actions');
    const document = await issued();
    client.ip = newIp();
    expect(await verifyHashAction({ sha256: 'not-a-hash' })).toEqual({ ok: false, fieldErrors: { sha256: ['verify.hashInvalid'] } });
    expect(await verifyHashAction({ sha256: sha256(document.bytes), code: 'abc' })).toEqual({ ok: false, fieldErrors: { code: ['verify.codeInvalid'] } });

    // Refused input is not counted: the client still has its 30 checks.
    for (let i = 0; i < 30; i++) expect(await verifyHashAction({ sha256: sha256(document.bytes) }), `check ${i + 1}`).toMatchObject({ ok: true, data: { status: 'authentic' } });
    const refused = await verifyHashAction({ sha256: sha256(document.bytes) });
    expect(refused).toMatchObject({ ok: false, formError: 'verify.rateLimited' });
    const wait = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // The code's page counts against the same limit; another client is not affected.
    expect(await verifyCodePage(document.code, { ip: client.ip })).toMatchObject({ status: 'rateLimited', retryAfterSeconds: expect.any(Number) });
    client.ip = newIp();
    expect(await verifyHashAction({ sha256: sha256(document.bytes) })).toMatchObject({ ok: true, data: { status: 'authentic' } });
  });
});
