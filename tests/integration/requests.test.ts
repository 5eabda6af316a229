/**
 * Drafts, uploads and submission against the real PostgreSQL and the real S3-compatible server.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { cleanupPendingUploads, confirmUpload, removeUpload, startUpload } from '@/lib/documents/uploads';
import { accessCodeMatches } from '@/lib/requests/access-code';
import { discardDraft, saveDraft } from '@/lib/requests/commands/drafts';
import { takeRegistrationNumber } from '@/lib/requests/registration-number';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { createApplicant as createApplicantIn, draftInput, PDF, post, readyDraft as readyDraftIn, VALID_ANSWERS, type TApplicant, type TRequestWorld, useRequestWorld } from './request-fixtures';
import { uniqueName } from './support';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(2048)]);

describe('requests: drafts, uploads, submission', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let passwordHash: string;

  useRequestWorld((world) => ({ database, storage } = world));
  beforeAll(async () => {
    passwordHash = await hashPassword('o frază lungă de test 2026');
  });

  const createApplicant = () => createApplicantIn(database.prisma, passwordHash);
  const readyDraft = (user: TApplicant) => readyDraftIn(user, storage);

  it('racing autosaves of a new form create one draft; unknown fields and other users are refused', async () => {
    const user = await createApplicant();
    const input = draftInput({ fullName: 'Ion' });
    const saved = await Promise.all(Array.from({ length: 5 }, (_, i) => saveDraft(user, { ...input, answers: { fullName: `Ion ${i}` } })));
    expect(new Set(saved.map((s) => s.requestId)).size).toBe(1);
    expect(await database.prisma.serviceRequest.count({ where: { applicantId: user.id } })).toBe(1);

    await expect(saveDraft(user, draftInput({ isAdmin: 'da' }))).rejects.toMatchObject({ code: 'draft.unknownField' });
    const other = await createApplicant();
    await expect(saveDraft(other, draftInput({ fullName: 'X' }, saved[0]!.requestId))).rejects.toMatchObject({ code: 'draft.notFound' });
    await expect(discardDraft(other, saved[0]!.requestId)).rejects.toMatchObject({ code: 'draft.notFound' });
    await discardDraft(user, saved[0]!.requestId);
    expect(await database.prisma.serviceRequest.count({ where: { applicantId: user.id } })).toBe(0);
  });

  it('an upload counts only after the server checked size and real type; the SHA-256 is of the stored bytes', async () => {
    const user = await createApplicant();
    const { requestId } = await saveDraft(user, draftInput());
    const ask = (over: Partial<Parameters<typeof startUpload>[1]> = {}) =>
      startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'act.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, ...over }, storage);

    await expect(ask({ contentType: 'application/zip' })).rejects.toMatchObject({ code: 'upload.wrongType' });
    await expect(ask({ sizeBytes: 6 * 1024 * 1024 })).rejects.toMatchObject({ code: 'upload.tooLarge' });
    await expect(ask({ requirementKey: 'nope' })).rejects.toMatchObject({ code: 'upload.unknownRequirement' });

    const started = await ask();
    expect(started.fields.key).toMatch(new RegExp(`^requests/${requestId}/[0-9a-f-]{36}$`));
    await post(started, PDF, 'application/pdf');
    const other = await createApplicant();
    await expect(confirmUpload(other, started.documentId, storage)).rejects.toMatchObject({ code: 'upload.notFound' });
    const confirmed = await confirmUpload(user, started.documentId, storage);
    expect(confirmed.sizeBytes).toBe(PDF.length);
    const row = await database.prisma.document.findUniqueOrThrow({ where: { id: started.documentId } });
    expect(row.state).toBe('STORED');
    expect(row.sha256).toBe(crypto.createHash('sha256').update(PDF).digest('hex'));
    // Confirming twice is harmless.
    await expect(confirmUpload(user, started.documentId, storage)).resolves.toMatchObject({ id: started.documentId });

    // The requirement takes at most 2 files: one stored + one pending fill it.
    await ask();
    await expect(ask()).rejects.toMatchObject({ code: 'upload.tooMany' });
    await expect(removeUpload(other, started.documentId, storage)).rejects.toMatchObject({ code: 'upload.notFound' });
    await removeUpload(user, started.documentId, storage);
    expect(await storage.head(started.fields.key as string)).toBeNull();
  });

  it('rejects and deletes a PNG renamed to .pdf, and an oversized file posted straight to the store', async () => {
    const user = await createApplicant();
    const { requestId } = await saveDraft(user, draftInput());
    const renamed = await startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'poza.pdf', contentType: 'application/pdf', sizeBytes: PNG.length }, storage);
    await post(renamed, PNG, 'application/pdf');
    await expect(confirmUpload(user, renamed.documentId, storage)).rejects.toMatchObject({ code: 'upload.wrongType' });
    expect(await storage.head(renamed.fields.key as string)).toBeNull();
    expect(await database.prisma.document.findUniqueOrThrow({ where: { id: renamed.documentId } })).toMatchObject({ state: 'REJECTED', rejectReason: 'upload.wrongType' });

    // Declared small, but 5 MB + 1 byte really sent with the valid policy (s3rver does not enforce it).
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024 + 1 - 9, 0x20)]);
    const oversized = await startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'mare.pdf', contentType: 'application/pdf', sizeBytes: 1000 }, storage);
    await post(oversized, big, 'application/pdf');
    await expect(confirmUpload(user, oversized.documentId, storage)).rejects.toMatchObject({ code: 'upload.tooLarge' });
    expect(await storage.head(oversized.fields.key as string)).toBeNull();
    expect(await database.prisma.document.findUniqueOrThrow({ where: { id: oversized.documentId } })).toMatchObject({ state: 'REJECTED', sizeBytes: big.length });

    // Rejected files do not count towards the limit.
    await expect(startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'ok.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }, storage)).resolves.toBeTruthy();
  });

  it('the cleanup job deletes uploads left pending, with their objects, and keeps the rest', async () => {
    const user = await createApplicant();
    const { requestId } = await saveDraft(user, draftInput());
    const abandoned = await startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'a.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }, storage);
    await post(abandoned, PDF, 'application/pdf');
    await database.prisma.document.update({ where: { id: abandoned.documentId }, data: { createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    const recent = await startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'b.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }, storage);

    const { removed } = await cleanupPendingUploads({ storage });
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await database.prisma.document.findUnique({ where: { id: abandoned.documentId } })).toBeNull();
    expect(await storage.head(abandoned.fields.key as string)).toBeNull();
    expect(await database.prisma.document.findUnique({ where: { id: recent.documentId } })).not.toBeNull();
  });

  it('submission registers, assigns, and writes event, notification and email together', async () => {
    const user = await createApplicant();
    const requestId = await readyDraft(user);
    const now = new Date('2026-11-28T10:00:00Z');
    const result = await submitRequest(user, requestId, { now });
    expect(result.registrationNumber).toMatch(/^RMN-2026-\d{6}$/);
    expect(result.accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const request = await database.prisma.serviceRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { events: true, documents: true, assignee: { select: { email: true } } },
    });
    expect(request.status).toBe('SUBMITTED');
    // Legal term: 2 working days (Fiscal Procedure Code art. 159). Registered Sat 28.11.2026; 29 Sunday, 30.11 and 01.12
    // holidays; Wed 02.12 day 1, Thu 03.12 day 2: the term ends at 23:59:59 Romanian time that day.
    expect(request.dueAt?.toISOString()).toBe('2026-12-03T21:59:59.000Z');
    expect(request.term).toMatchObject({ days: 2, unit: 'WORKING_DAYS' });
    expect(request.assignee?.email).toBe('clerk@demo.local'); // the only clerk of Taxe și impozite
    expect(request.applicantName).toBe('Ion Vasilescu');
    expect(request.applicantIdNumber).toBe('1800101270018');
    expect(accessCodeMatches(result.accessCode!.toLowerCase(), request.accessCodeHash)).toBe(true);
    expect(request.answers).toMatchObject({ cnp: '1800101270018', purpose: 'notariat' });
    const submitted = request.events.find((e) => e.type === 'SUBMITTED');
    expect(submitted).toMatchObject({ visibility: 'PUBLIC', toStatus: 'SUBMITTED', actorId: user.id });
    expect(request.events.find((e) => e.type === 'ASSIGNED')).toMatchObject({ visibility: 'INTERNAL' });
    expect(request.documents.map((d) => d.eventId)).toEqual([submitted!.id]);
    expect(await database.prisma.notification.count({ where: { userId: user.id, requestId, kind: 'request.submitted' } })).toBe(1);
    const email = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email } });
    expect(email.subject).toBe(`Cererea ${result.registrationNumber} a fost înregistrată`);
    expect(email.text).toContain('03.12.2026');
    expect(email.text).toContain(`/requests/${requestId}`);
  });

  it('refuses to submit without required documents or with invalid answers, and hides other users\' drafts', async () => {
    const user = await createApplicant();
    const { requestId } = await saveDraft(user, draftInput());
    await expect(submitRequest(user, requestId)).rejects.toMatchObject({ code: 'submit.missingDocuments' });
    const invalid = await saveDraft(user, draftInput({ ...VALID_ANSWERS, cnp: '1800101270019' }));
    await expect(submitRequest(user, invalid.requestId)).rejects.toMatchObject({ code: 'submit.invalidAnswers' });
    const other = await createApplicant();
    await expect(submitRequest(other, requestId)).rejects.toMatchObject({ code: 'request.notFound' });
    expect(await database.prisma.serviceRequest.count({ where: { id: { in: [requestId, invalid.requestId] }, status: 'DRAFT' } })).toBe(2);
  });

  it('20 concurrent submissions get 20 unique, consecutive numbers', async () => {
    const users = await Promise.all(Array.from({ length: 20 }, () => createApplicant()));
    const drafts = await Promise.all(users.map((user) => readyDraft(user)));
    const results = await Promise.all(users.map((user, i) => submitRequest(user, drafts[i]!)));
    const sequences = results.map((r) => Number(r.registrationNumber.slice(-6))).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(20);
    expect(sequences.at(-1)! - sequences[0]!).toBe(19);
    // In commit order: a later submission never has a smaller number.
    const rows = await database.prisma.serviceRequest.findMany({ where: { id: { in: drafts } }, orderBy: { registrationNumber: 'asc' }, select: { submittedAt: true } });
    const times = rows.map((r) => r.submittedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('10 concurrent identical submits create exactly one request', async () => {
    const user = await createApplicant();
    const requestId = await readyDraft(user);
    const results = await Promise.all(Array.from({ length: 10 }, () => submitRequest(user, requestId)));
    expect(new Set(results.map((r) => r.registrationNumber)).size).toBe(1);
    expect(results.filter((r) => r.accessCode !== null)).toHaveLength(1);
    expect(await database.prisma.requestEvent.count({ where: { requestId, type: 'SUBMITTED' } })).toBe(1);
    expect(await database.prisma.notification.count({ where: { requestId } })).toBe(1);
    expect(await database.prisma.emailOutbox.count({ where: { to: user.email } })).toBe(1);
  });

  it('a rolled-back transaction gives its number back: no gap', async () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const first = (await database.prisma.$transaction((tx) => takeRegistrationNumber(tx, now))).number;
    await expect(
      database.prisma.$transaction(async (tx) => {
        await takeRegistrationNumber(tx, now);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const next = (await database.prisma.$transaction((tx) => takeRegistrationNumber(tx, now))).number;
    expect([first, next]).toEqual(['RMN-2027-000001', 'RMN-2027-000002']);
  });

  it('assigns to the clerk of the department with the fewest open requests', async () => {
    const department = await database.prisma.department.findUniqueOrThrow({ where: { slug: 'taxe-impozite' } });
    const second = await database.prisma.user.create({
      data: { email: `${uniqueName('clerk')}@primaria.ro`, role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE', memberships: { create: { departmentId: department.id } } },
    });
    // The demo clerk has open requests from the tests above; the new clerk has none.
    const user = await createApplicant();
    const requestId = await readyDraft(user);
    await submitRequest(user, requestId);
    expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).assigneeId).toBe(second.id);
  });
});
