/**
 * The back-office actions against the real PostgreSQL and S3-compatible server: each writes status,
 * event, notification, email and audit together or not at all; stale pages and other departments
 * are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffDownloadUrl } from '@/lib/documents/downloads';
import { startStaffUpload, startUpload } from '@/lib/documents/uploads';
import {
  addInternalNote,
  approveRequest,
  assignRequest,
  confirmPayment,
  extendDeadline,
  messageApplicant,
  rejectPayment,
  rejectRequest,
  requestFee,
  requestInfo,
  revealIdNumber,
  takeRequest,
  type TStaffContext,
} from '@/lib/requests/commands/staff';
import { provideInformation, sendPaymentProof } from '@/lib/requests/commands/applicant';
import { ZRequestFeeSchema, ZRequestInfoSchema } from '@/lib/requests/schemas/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { TERM_SNAPSHOT_SELECT, termSnapshotOf } from '@/lib/requests/terms';
import type { TStorage } from '@/lib/storage';
import { todayInRomania } from '@/lib/time';
import { applicantUpload, createApplicant, PDF, readyDraft, staffPdf, startRequestWorld, stopRequestWorld, VALID_ANSWERS, type TRequestWorld } from './request-fixtures';

const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * 24 * 60 * 60 * 1000));

describe('back-office actions', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;
  let foreignClerk: TStaffContext;
  let admin: TStaffContext;

  beforeAll(async () => {
    ({ database, storage } = await startRequestWorld());
    const staff = async (email: string): Promise<TStaffContext> => {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
      return { user, request: { ip: '10.1.2.3', userAgent: 'vitest' } };
    };
    [clerk, foreignClerk, admin] = await Promise.all([staff('clerk@demo.local'), staff('clerk.urbanism@demo.local'), staff('admin@demo.local')]);
  });
  afterAll(() => stopRequestWorld({ database }));

  async function submitted() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    return { applicant, requestId };
  }
  const state = (requestId: string) => database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, version: true, assigneeId: true, dueAt: true } });
  const counts = async (requestId: string, applicantEmail: string) => ({
    events: await database.prisma.requestEvent.count({ where: { requestId } }),
    notifications: await database.prisma.notification.count({ where: { requestId } }),
    emails: await database.prisma.emailOutbox.count({ where: { to: applicantEmail } }),
    audits: await database.prisma.auditLog.count({ where: { entityId: requestId } }),
  });

  it('walks a request through review, information, fee, payment and approval, writing everything each time', async () => {
    const { applicant, requestId } = await submitted();
    let { version } = await state(requestId);

    const before = await counts(requestId, applicant.email);
    ({ version } = await takeRequest(clerk, { requestId, version }));
    expect(await state(requestId)).toMatchObject({ status: 'IN_REVIEW', assigneeId: clerk.user.id });
    const after = await counts(requestId, applicant.email);
    expect(after).toEqual({ events: before.events + 1, notifications: before.notifications + 1, emails: before.emails + 1, audits: before.audits + 1 });
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { entityId: requestId, action: 'request.take' } });
    expect(audit).toMatchObject({ actorId: clerk.user.id, ip: '10.1.2.3' });

    const info = ZRequestInfoSchema.parse({ requestId, version, body: 'Actul de identitate este expirat.', fields: ['address'], documents: ['identityDocument'], dueDate: inDays(10) });
    ({ version } = await requestInfo(clerk, info));
    expect((await state(requestId)).status).toBe('NEEDS_INFO');
    const infoEvent = await database.prisma.requestEvent.findFirstOrThrow({ where: { requestId, type: 'INFO_REQUESTED' } });
    expect(infoEvent.payload).toMatchObject({ fields: ['address'], documents: ['identityDocument'] });
    expect((await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: applicant.email, template: 'request-infoRequested' } })).text).toContain('Actul de identitate este expirat.');

    // Every step is a command, the applicant's included: no status is set by hand, so the walk stops if one stops moving the request.
    const identity = await applicantUpload(applicant, { requestId, requirementKey: 'identityDocument' }, storage);
    ({ version } = await provideInformation(applicant, { requestId, version, answers: { address: { ...VALID_ANSWERS.address, number: '12A' } }, documentIds: [identity] }));
    expect((await state(requestId)).status).toBe('IN_REVIEW');

    const fee = ZRequestFeeSchema.parse({ requestId, version, amount: '1.250,50', legalBasis: 'HCL nr. 100/2025, anexa 1', dueDate: inDays(15) });
    ({ version } = await requestFee(clerk, fee));
    const row = await database.prisma.fee.findFirstOrThrow({ where: { requestId } });
    expect(row).toMatchObject({ amountBani: 125050, status: 'REQUESTED', reference: expect.stringMatching(/^RMN-/), iban: 'RO80TREZ4922440XXXXXXXXX', beneficiary: 'Municipiul Roman' });
    const feeEmail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: applicant.email, template: 'request-feeRequested' } });
    expect(feeEmail.subject).toContain('1.250,50 lei');

    ({ version } = await sendPaymentProof(applicant, { requestId, version, documentIds: [await applicantUpload(applicant, { requestId, purpose: 'PAYMENT_PROOF' }, storage)] }));
    expect((await state(requestId)).status).toBe('PAYMENT_SUBMITTED');
    expect((await database.prisma.fee.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('PROOF_SUBMITTED');
    ({ version } = await rejectPayment(clerk, { requestId, version, body: 'Suma nu a fost încasată.' }));
    expect((await state(requestId)).status).toBe('AWAITING_PAYMENT');
    expect((await database.prisma.fee.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('REQUESTED');
    ({ version } = await sendPaymentProof(applicant, { requestId, version, documentIds: [await applicantUpload(applicant, { requestId, purpose: 'PAYMENT_PROOF' }, storage)] }));
    ({ version } = await confirmPayment(clerk, { requestId, version }));
    expect((await state(requestId)).status).toBe('IN_REVIEW');
    expect((await database.prisma.fee.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('PAID');

    ({ version } = await addInternalNote(clerk, { requestId, version, body: 'Verificat în evidența fiscală.' }));
    expect(await database.prisma.notification.count({ where: { requestId, event: { type: 'INTERNAL_NOTE' } } })).toBe(0);

    const documentId = await staffPdf(clerk, requestId, storage);
    ({ version } = await approveRequest(clerk, { requestId, version, body: 'Certificatul este atașat.', documentIds: [documentId] }));
    const approved = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, include: { events: { where: { type: 'APPROVED' }, include: { documents: true } } } });
    expect(approved.status).toBe('APPROVED');
    expect(approved.closedAt).not.toBeNull();
    expect(approved.events[0]!.documents.map((d) => d.id)).toEqual([documentId]);
    // The clerk's own PDF is sealed in place of a generated answer; the notices before it were generated.
    const issued = await database.prisma.issuedDocument.findMany({ where: { requestId }, orderBy: { createdAt: 'asc' }, select: { kind: true, documentId: true } });
    expect(issued.map((i) => i.kind)).toEqual(['INFO_REQUEST', 'FEE_NOTICE', 'APPROVAL']);
    expect(issued[2]!.documentId).toBe(documentId);
    const templates = (await database.prisma.emailOutbox.findMany({ where: { to: applicant.email }, orderBy: { createdAt: 'asc' }, select: { template: true } })).map((e) => e.template);
    expect(templates).toEqual([
      'request-submitted',
      'request-inReview',
      'request-infoRequested',
      'request-infoReceived',
      'request-feeRequested',
      'request-paymentProofReceived',
      'request-paymentRejected',
      'request-paymentProofReceived',
      'request-paymentConfirmed',
      'request-approved',
    ]);

    // Closed: nothing moves it any more.
    await expect(rejectRequest(clerk, { requestId, version, body: 'x' })).rejects.toMatchObject({ code: 'request.notAllowed' });
  });

  it('a failure part-way writes nothing: no status, event, notification, email or audit', async () => {
    const { applicant, requestId } = await submitted();
    const { version } = await takeRequest(clerk, { requestId, version: (await state(requestId)).version });
    const before = { ...(await state(requestId)), ...(await counts(requestId, applicant.email)) };
    // The document does not belong to this request: the event is created, then the attach check fails.
    await expect(approveRequest(clerk, { requestId, version, body: 'Aprobat', documentIds: ['nu-exista'] })).rejects.toMatchObject({ code: 'upload.notFound' });
    expect({ ...(await state(requestId)), ...(await counts(requestId, applicant.email)) }).toEqual(before);
  });

  it('two clerks acting on the same version: exactly one succeeds, the other is told the page is stale', async () => {
    const { requestId } = await submitted();
    const { version } = await state(requestId);
    const results = await Promise.allSettled([takeRequest(clerk, { requestId, version }), takeRequest(admin, { requestId, version })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: 'request.stale' });
    expect(await database.prisma.requestEvent.count({ where: { requestId, type: 'STATUS_CHANGED' } })).toBe(1);
  });

  it('a clerk of another department is refused every action, upload, download and the CNP: "not found"', async () => {
    const { requestId } = await submitted();
    const { version } = await state(requestId);
    const target = { requestId, version };
    const attempts: [string, () => Promise<unknown>][] = [
      ['take', () => takeRequest(foreignClerk, target)],
      ['assign', () => assignRequest(foreignClerk, { ...target, assigneeId: foreignClerk.user.id })],
      ['note', () => addInternalNote(foreignClerk, { ...target, body: 'x' })],
      ['message', () => messageApplicant(foreignClerk, { ...target, body: 'x', documentIds: [] })],
      ['info', () => requestInfo(foreignClerk, ZRequestInfoSchema.parse({ ...target, body: 'x', fields: ['address'], dueDate: inDays(5) }))],
      ['fee', () => requestFee(foreignClerk, ZRequestFeeSchema.parse({ ...target, amount: '10', legalBasis: 'x', dueDate: inDays(5) }))],
      ['confirm', () => confirmPayment(foreignClerk, target)],
      ['rejectPayment', () => rejectPayment(foreignClerk, { ...target, body: 'x' })],
      ['approve', () => approveRequest(foreignClerk, { ...target, body: 'x', documentIds: [] })],
      ['reject', () => rejectRequest(foreignClerk, { ...target, body: 'x' })],
      ['extend', () => extendDeadline(foreignClerk, { ...target, days: 5, body: 'x' })],
      ['reveal', () => revealIdNumber(foreignClerk, requestId)],
      ['upload', () => startStaffUpload(foreignClerk.user, { requestId, purpose: 'RESPONSE', fileName: 'a.pdf', contentType: 'application/pdf', sizeBytes: 100 }, storage)],
    ];
    for (const [name, attempt] of attempts) await expect(attempt(), name).rejects.toMatchObject({ code: 'request.notFound' });
    const document = await database.prisma.document.findFirstOrThrow({ where: { requestId } });
    expect(await staffDownloadUrl(foreignClerk.user, requestId, document.id)).toBeNull();
    // The clerk of the department and the administrator get it (and it is audited).
    expect(await staffDownloadUrl(clerk.user, requestId, document.id)).toContain('X-Amz-Expires=60');
    expect(await revealIdNumber(admin, requestId)).toBe('1800101270018');
    expect(await database.prisma.auditLog.count({ where: { entityId: requestId, action: { in: ['document.download', 'request.revealIdNumber'] } } })).toBe(2);
    expect((await state(requestId)).version).toBe(version);
  });

  it('reveals a CNP answer of the form on purpose (audited), never another answer', async () => {
    const { requestId } = await submitted();
    expect(await revealIdNumber(clerk, requestId, 'cnp')).toBe('1800101270018');
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { entityId: requestId, action: 'request.revealIdNumber' } });
    expect(audit).toMatchObject({ actorId: clerk.user.id, details: { field: 'cnp' } });
    // Not a personal identification number: the answer is on the page already, nothing to reveal.
    await expect(revealIdNumber(clerk, requestId, 'fullName')).rejects.toMatchObject({ code: 'staffActions.unknownField' });
    await expect(revealIdNumber(clerk, requestId, 'nuExista')).rejects.toMatchObject({ code: 'staffActions.unknownField' });
    expect(await database.prisma.auditLog.count({ where: { entityId: requestId, action: 'request.revealIdNumber' } })).toBe(1);
  });

  it("staff uploads: checked like the applicant's, counted per uploader (a reply being prepared does not fill the applicant's quota)", async () => {
    const { applicant, requestId } = await submitted();
    const staffFile = (fileName: string, contentType = 'application/pdf') =>
      startStaffUpload(clerk.user, { requestId, purpose: 'MESSAGE_ATTACHMENT', fileName, contentType, sizeBytes: PDF.length }, storage);
    await expect(staffFile('raspuns.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).rejects.toMatchObject({ code: 'upload.wrongType' });
    for (let i = 0; i < 10; i++) await staffFile(`anexa-${i}.pdf`);
    await expect(staffFile('anexa-10.pdf')).rejects.toMatchObject({ code: 'upload.tooMany' });
    const started = await startUpload(applicant, { requestId, purpose: 'MESSAGE_ATTACHMENT', fileName: 'precizari.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }, storage);
    expect(await database.prisma.document.findUniqueOrThrow({ where: { id: started.documentId } })).toMatchObject({ uploaderId: applicant.id, kind: 'MESSAGE_ATTACHMENT', state: 'PENDING' });
  });

  it('assigns only to active clerks of the department; refuses actions the status does not allow', async () => {
    const { requestId } = await submitted();
    const { version } = await state(requestId);
    await expect(assignRequest(clerk, { requestId, version, assigneeId: foreignClerk.user.id })).rejects.toMatchObject({ code: 'staffActions.assignee' });
    await expect(approveRequest(clerk, { requestId, version, body: 'x', documentIds: [] })).rejects.toMatchObject({ code: 'request.notAllowed' });
    await expect(requestInfo(clerk, ZRequestInfoSchema.parse({ requestId, version, body: 'x', fields: ['address'], dueDate: inDays(5) }))).rejects.toMatchObject({ code: 'request.notAllowed' });
    const { version: next } = await assignRequest(admin, { requestId, version, assigneeId: clerk.user.id });
    const event = await database.prisma.requestEvent.findFirstOrThrow({ where: { requestId, type: 'ASSIGNED', actorId: admin.user.id } });
    expect(event.visibility).toBe('INTERNAL');
    await takeRequest(clerk, { requestId, version: next });
    await expect(requestInfo(clerk, ZRequestInfoSchema.parse({ requestId, version: next + 1, body: 'x', fields: ['nuExista'], dueDate: inDays(5) }))).rejects.toMatchObject({
      code: 'staffActions.unknownField',
    });
    await expect(requestInfo(clerk, ZRequestInfoSchema.parse({ requestId, version: next + 1, body: 'x', fields: ['address'], dueDate: '2020-01-01' }))).rejects.toMatchObject({
      code: 'staffActions.dateInPast',
    });
  });

  it("a filed request is found in the clerk's inbox by the applicant's name, without diacritics", async () => {
    const { requestId } = await submitted();
    const { listInbox, parseInboxQuery } = await import('@/lib/requests/queries/inbox');
    const found = await listInbox(clerk.user, parseInboxQuery({ q: 'vasilescu ION', status: 'all' }));
    expect(found.rows.map((r) => r.id)).toContain(requestId);
    const foreign = await listInbox(foreignClerk.user, parseInboxQuery({ q: 'vasilescu', status: 'all' }));
    expect(foreign.rows.map((r) => r.id)).not.toContain(requestId);
  });

  it('extends the deadline only where the law allows, once, within the limit, counting the law\'s days', async () => {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    // Filed Fri 27.11.2026, 10:00 in Romania.
    await submitRequest(applicant, requestId, { now: new Date('2026-11-27T08:00:00Z') });
    const { version } = await state(requestId);
    // The fiscal certificate has no legal extension.
    await expect(extendDeadline(clerk, { requestId, version, days: 5, body: 'x' })).rejects.toMatchObject({ code: 'staffActions.noExtension' });

    // The same request as a petition (OG 27/2002: 30 days, extendable once by 15), with the petition's term as filed.
    const petitions = await database.prisma.service.findUniqueOrThrow({ where: { slug: 'petitie-sesizare' }, select: { id: true, departmentId: true, versions: { select: { id: true } }, ...TERM_SNAPSHOT_SELECT } });
    const term = termSnapshotOf(petitions);
    expect(term).toMatchObject({ days: 30, unit: 'CALENDAR_DAYS', maxExtensionDays: 15 });
    await database.prisma.serviceRequest.update({ where: { id: requestId }, data: { serviceVersionId: petitions.versions[0]!.id, departmentId: petitions.departmentId, term, dueAt: new Date('2026-12-28T21:59:59.000Z') } });
    const registratura = admin; // petitions belong to another department: the administrator acts
    await expect(extendDeadline(registratura, { requestId, version, days: 16, body: 'Cercetare pe teren' })).rejects.toMatchObject({ code: 'staffActions.extensionTooLong' });
    const { version: next } = await extendDeadline(registratura, { requestId, version, days: 15, body: 'Cercetare pe teren' });
    // 30 + 15 = 45 days from 27.11.2026: 3 of November, 31 of December, 11 of January → Mon 11.01.2027, at 23:59:59 Romanian time
    // (not the old end plus 15 × 24 hours, which would fall on Tue 12.01).
    expect((await state(requestId)).dueAt!.toISOString()).toBe('2027-01-11T21:59:59.000Z');
    const event = await database.prisma.requestEvent.findFirstOrThrow({ where: { requestId, type: 'DEADLINE_EXTENDED' } });
    expect(event).toMatchObject({ visibility: 'PUBLIC', payload: { days: 15, previousDueAt: '2026-12-28T21:59:59.000Z', dueAt: '2027-01-11T21:59:59.000Z', unit: 'CALENDAR_DAYS' } });
    expect(await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { termExtensionDays: true } })).toEqual({ termExtensionDays: 15 });
    const email = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: applicant.email, template: 'request-deadlineExtended' } });
    expect(email.text).toContain('prelungit cu 15 zile calendaristice, până la 11.01.2027');
    await expect(extendDeadline(registratura, { requestId, version: next, days: 1, body: 'Din nou' })).rejects.toMatchObject({ code: 'staffActions.alreadyExtended' });
  });
});
