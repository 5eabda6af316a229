/**
 * The applicant's side of a filed request against the real PostgreSQL and S3-compatible server:
 * only their own requests, only the flagged fields, documents only where asked for.
 */
import { describe, expect, it } from 'vitest';
import { applicantDownloadUrl } from '@/lib/documents/downloads';
import { confirmUpload, startUpload } from '@/lib/documents/uploads';
import { messageCityHall, provideInformation, sendPaymentProof, withdrawRequest } from '@/lib/requests/commands/applicant';
import { confirmPayment, requestFee, requestInfo, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { ZRequestFeeSchema, ZRequestInfoSchema } from '@/lib/requests/schemas/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { todayInRomania } from '@/lib/time';
import { createApplicant, PDF, post, readyDraft, type TApplicant, type TRequestWorld, useRequestWorld } from './request-fixtures';

const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
const NEW_ADDRESS = { county: 'Neamț', locality: 'Roman', street: 'Bulevardul Republicii', number: '12', postalCode: '611005' };

describe('the applicant\'s actions on a filed request', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;

  useRequestWorld((world) => ({ database, storage, clerk } = world));

  const version = async (requestId: string) => (await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } })).version;

  /** A request taken into review by the clerk. */
  async function inReview() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    await takeRequest(clerk, { requestId, version: await version(requestId) });
    return { applicant, requestId };
  }

  async function upload(user: TApplicant, requestId: string, purpose: 'APPLICANT' | 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT', requirementKey?: string) {
    const started = await startUpload(user, { requestId, purpose, requirementKey, fileName: 'doc.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }, storage);
    await post(started, PDF, 'application/pdf');
    await confirmUpload(user, started.documentId, storage);
    return started.documentId;
  }

  it('answers a request for information: only flagged fields change, asked-for documents are required, old → new is kept', async () => {
    const { applicant, requestId } = await inReview();
    await requestInfo(clerk, ZRequestInfoSchema.parse({ requestId, version: await version(requestId), body: 'Adresa nouă, vă rog.', fields: ['address'], documents: ['identityDocument'], dueDate: inDays(7) }));
    const current = await version(requestId);

    // Documents only for what was asked.
    await expect(upload(applicant, requestId, 'APPLICANT', 'powerOfAttorney')).rejects.toMatchObject({ code: 'upload.closed' });
    const documentId = await upload(applicant, requestId, 'APPLICANT', 'identityDocument');

    // A crafted answer changing a field that was not flagged is refused; nothing changes.
    await expect(provideInformation(applicant, { requestId, version: current, answers: { cnp: '2900101270010', address: NEW_ADDRESS }, documentIds: [documentId] })).rejects.toMatchObject({ code: 'provideInfo.notFlagged' });
    await expect(provideInformation(applicant, { requestId, version: current, answers: { address: NEW_ADDRESS }, documentIds: [] })).rejects.toMatchObject({ code: 'provideInfo.missingDocument' });
    await expect(provideInformation(applicant, { requestId, version: current, answers: { address: { ...NEW_ADDRESS, postalCode: '12' } }, documentIds: [documentId] })).rejects.toMatchObject({ code: 'address.postalCode' });
    expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('NEEDS_INFO');

    await provideInformation(applicant, { requestId, version: current, answers: { address: NEW_ADDRESS }, documentIds: [documentId], body: 'Am atașat buletinul nou.' });
    const request = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, include: { events: { where: { type: 'INFO_PROVIDED' }, include: { documents: true } } } });
    expect(request.status).toBe('IN_REVIEW');
    expect(request.answers).toMatchObject({ address: NEW_ADDRESS, cnp: '1800101270018' });
    const event = request.events[0]!;
    expect(event.payload).toMatchObject({ changes: [{ key: 'address', old: { street: 'Strada Ștefan cel Mare' }, new: { street: 'Bulevardul Republicii' } }] });
    expect(event.documents.map((d) => d.id)).toEqual([documentId]);
  });

  it('sends the proof of payment for the fee', async () => {
    const { applicant, requestId } = await inReview();
    await expect(upload(applicant, requestId, 'PAYMENT_PROOF')).rejects.toMatchObject({ code: 'upload.closed' });
    await requestFee(clerk, ZRequestFeeSchema.parse({ requestId, version: await version(requestId), amount: '50', legalBasis: 'HCL 1/2026', dueDate: inDays(10) }));
    const proof = await upload(applicant, requestId, 'PAYMENT_PROOF');
    await expect(sendPaymentProof(applicant, { requestId, version: await version(requestId), documentIds: [] })).rejects.toMatchObject({ code: 'payment.proofRequired' });
    await sendPaymentProof(applicant, { requestId, version: await version(requestId), documentIds: [proof] });
    expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('PAYMENT_SUBMITTED');
    expect((await database.prisma.fee.findFirstOrThrow({ where: { requestId } })).status).toBe('PROOF_SUBMITTED');
  });

  it('writes to the city hall while the request is open, withdraws it, and then can no longer act', async () => {
    const { applicant, requestId } = await inReview();
    const attachment = await upload(applicant, requestId, 'MESSAGE_ATTACHMENT');
    const shown = await version(requestId);
    await messageCityHall(applicant, { requestId, version: shown, body: 'Aveți nevoie de altceva?', documentIds: [attachment] });
    const message = await database.prisma.requestEvent.findFirstOrThrow({ where: { requestId, type: 'MESSAGE_FROM_APPLICANT' }, include: { documents: true } });
    expect(message).toMatchObject({ body: 'Aveți nevoie de altceva?', actorId: applicant.id, visibility: 'PUBLIC' });
    expect(message.documents.map((d) => d.id)).toEqual([attachment]);
    // The page shown before the message is out of date: withdrawing from it is refused.
    await expect(withdrawRequest(applicant, { requestId, version: shown, body: 'Nu mai am nevoie.' })).rejects.toMatchObject({ code: 'request.stale' });
    await withdrawRequest(applicant, { requestId, version: await version(requestId), body: 'Nu mai am nevoie.' });
    const request = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.status).toBe('WITHDRAWN');
    expect(request.closedAt).not.toBeNull();
    await expect(messageCityHall(applicant, { requestId, version: request.version, body: 'Încă ceva', documentIds: [] })).rejects.toMatchObject({ code: 'request.notAllowed' });
    await expect(upload(applicant, requestId, 'MESSAGE_ATTACHMENT')).rejects.toMatchObject({ code: 'upload.closed' });
  });

  /** The templates of the emails queued for this address, oldest first. */
  const emailsTo = async (to: string) => (await database.prisma.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: 'asc' }, select: { template: true, subject: true } })).map((e) => e.template);

  it('emails every step in the applicant\'s language, and "only essential emails" keeps the news in the bell only', async () => {
    // Everything, in English: the city hall's steps and the confirmations of what the applicant did.
    const everything = await inReview();
    await database.prisma.user.update({ where: { id: everything.applicant.id }, data: { locale: 'en' } });
    await requestFee(clerk, ZRequestFeeSchema.parse({ requestId: everything.requestId, version: await version(everything.requestId), amount: '50', legalBasis: 'HCL 1/2026', dueDate: inDays(10) }));
    const proof = await upload(everything.applicant, everything.requestId, 'PAYMENT_PROOF');
    await sendPaymentProof(everything.applicant, { requestId: everything.requestId, version: await version(everything.requestId), documentIds: [proof] });
    await confirmPayment(clerk, { requestId: everything.requestId, version: await version(everything.requestId) });
    await withdrawRequest(everything.applicant, { requestId: everything.requestId, version: await version(everything.requestId) });
    expect(await emailsTo(everything.applicant.email)).toEqual(['request-submitted', 'request-inReview', 'request-feeRequested', 'request-paymentProofReceived', 'request-paymentConfirmed', 'request-withdrawn']);
    const { registrationNumber } = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: everything.requestId } });
    expect((await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: everything.applicant.email, template: 'request-withdrawn' } })).subject).toBe(`Request ${registrationNumber} has been withdrawn`);

    // Only essential: no email for "taken into review", "we received your documents/payment", "payment confirmed".
    const applicant = await createApplicant(database.prisma);
    await database.prisma.user.update({ where: { id: applicant.id }, data: { essentialEmailsOnly: true } });
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    await takeRequest(clerk, { requestId, version: await version(requestId) });
    await requestInfo(clerk, ZRequestInfoSchema.parse({ requestId, version: await version(requestId), body: 'Adresa nouă, vă rog.', fields: ['address'], documents: [], dueDate: inDays(7) }));
    await provideInformation(applicant, { requestId, version: await version(requestId), answers: { address: NEW_ADDRESS }, documentIds: [] });
    await requestFee(clerk, ZRequestFeeSchema.parse({ requestId, version: await version(requestId), amount: '20', legalBasis: 'HCL 1/2026', dueDate: inDays(10) }));
    const receipt = await upload(applicant, requestId, 'PAYMENT_PROOF');
    await sendPaymentProof(applicant, { requestId, version: await version(requestId), documentIds: [receipt] });
    await confirmPayment(clerk, { requestId, version: await version(requestId) });
    expect(await emailsTo(applicant.email)).toEqual(['request-submitted', 'request-infoRequested', 'request-feeRequested']);
    // The bell still has all the city hall's news; the applicant's own steps are not news to them.
    const bell = await database.prisma.notification.findMany({ where: { userId: applicant.id }, orderBy: { createdAt: 'asc' }, select: { kind: true } });
    expect(bell.map((n) => n.kind)).toEqual(['request.submitted', 'request.inReview', 'request.infoRequested', 'request.feeRequested', 'request.paymentConfirmed']);
  });

  it('another citizen\'s request is "not found" for every action, upload and download', async () => {
    const { requestId } = await inReview();
    const stranger = await createApplicant(database.prisma);
    const target = { requestId, version: await version(requestId) };
    await expect(messageCityHall(stranger, { ...target, body: 'x', documentIds: [] })).rejects.toMatchObject({ code: 'request.notFound' });
    await expect(provideInformation(stranger, { ...target, answers: {}, documentIds: [] })).rejects.toMatchObject({ code: 'request.notFound' });
    await expect(sendPaymentProof(stranger, { ...target, documentIds: [] })).rejects.toMatchObject({ code: 'request.notFound' });
    await expect(withdrawRequest(stranger, target)).rejects.toMatchObject({ code: 'request.notFound' });
    await expect(upload(stranger, requestId, 'MESSAGE_ATTACHMENT')).rejects.toMatchObject({ code: 'request.notFound' });
    const document = await database.prisma.document.findFirstOrThrow({ where: { requestId } });
    expect(await applicantDownloadUrl(stranger, requestId, document.id)).toBeNull();
    expect(await applicantDownloadUrl({ id: (await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).applicantId }, requestId, document.id)).toContain('X-Amz-Expires=60');
    expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).version).toBe(target.version);
  });
});
