/**
 * The legal term's clock against the real PostgreSQL: the term kept on the request at filing, the
 * due date the law gives, the clock stopped while the city hall waits for the applicant and run
 * again when they answer or pay (the end moving by exactly the days it stood still, in the term's
 * unit), the extension in the term's unit, and the answer's timing for the statistics. Every
 * expected date is counted by hand in the comment next to it (the day of registration does not
 * count; a term ends at 23:59:59 Romanian time of its last day).
 */
import { describe, expect, it } from 'vitest';
import { provideInformation, sendPaymentProof } from '@/lib/requests/commands/applicant';
import { saveDraft } from '@/lib/requests/commands/drafts';
import { approveRequest, confirmPayment, extendDeadline, rejectRequest, requestFee, requestInfo, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { ZRequestFeeSchema, ZRequestInfoSchema } from '@/lib/requests/schemas/staff';
import { TERM_SNAPSHOT_SELECT, termSnapshotOf } from '@/lib/requests/terms';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TStorage } from '@/lib/storage';
import { todayInRomania } from '@/lib/time';
import { applicantUpload, createApplicant, draftInput, readyDraft, SERVICE, staffPdf, useRequestWorld, VALID_ANSWERS, type TRequestWorld } from './request-fixtures';

/** A moment on Romanian time: winter (+02:00) for the dates of these tests. */
const ro = (local: string) => new Date(`${local}:00+02:00`);
/** A date for the applicant's answer or payment, as the forms ask it: after today. */
const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * 24 * 60 * 60 * 1000));

const PETITION = 'petitie-sesizare';
const PETITION_ANSWERS = {
  fullName: 'Ion Vasilescu',
  address: VALID_ANSWERS.address,
  email: 'ion@example.ro',
  topic: 'iluminat',
  subject: 'Iluminat public defect',
  message: 'Pe strada Ștefan cel Mare nu funcționează iluminatul public de o săptămână.',
  declaration: true,
};

describe('legal terms: due dates as the law counts them', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;
  let admin: TStaffContext;

  useRequestWorld((world) => {
    ({ database, storage, admin } = world);
    clerk = { ...world.clerk, request: { ip: '10.1.2.3', userAgent: 'vitest' } };
  });

  /** The staff context acting at `now`. */
  const at = (ctx: TStaffContext, now: Date): TStaffContext => ({ ...ctx, now });

  /** The term of the fiscal certificate as the law states it (Fiscal Procedure Code art. 159: 2 working days), and what a test changes. */
  async function setCertificateTerm(data: Prisma.ServiceUpdateInput = {}) {
    await database.prisma.service.update({
      where: { slug: SERVICE },
      data: { legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', maxExtensionDays: 0, suspendOnInfo: true, suspendOnFee: true, ...data },
    });
  }

  async function fileCertificate(filedAt: Date) {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId, { now: filedAt });
    return { applicant, requestId };
  }

  async function filePetition(filedAt: Date) {
    const applicant = await createApplicant(database.prisma);
    const { requestId } = await saveDraft(applicant, draftInput(PETITION_ANSWERS, undefined, PETITION));
    await submitRequest(applicant, requestId, { now: filedAt });
    return { applicant, requestId };
  }

  const request = (id: string) =>
    database.prisma.serviceRequest.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        version: true,
        dueAt: true,
        term: true,
        termExtensionDays: true,
        termSuspensions: true,
        termSuspendedSince: true,
        answerWorkingDays: true,
        answeredOnTime: true,
      },
    });
  /** The clock's events are dated a millisecond after the event that moved the clock (cause, then effect). */
  const afterIt = (moment: Date) => new Date(moment.getTime() + 1);
  const events = (requestId: string, type: 'TERM_SUSPENDED' | 'DUE_DATE_CHANGED' | 'DEADLINE_EXTENDED') =>
    database.prisma.requestEvent.findMany({ where: { requestId, type }, orderBy: { createdAt: 'asc' }, select: { visibility: true, payload: true, createdAt: true, actorId: true } });

  /** Takes the request, then asks for the fields (and documents) at `now`. */
  async function askForInformation(ctx: TStaffContext, requestId: string, now: Date, fields: string[], documents: string[] = []) {
    const { version } = await takeRequest(ctx, { requestId, version: (await request(requestId)).version });
    return requestInfo(at(ctx, now), ZRequestInfoSchema.parse({ requestId, version, body: 'Vă rugăm să completați cererea.', fields, documents, dueDate: inDays(10) }));
  }

  it('submission keeps the term as filed and the due date by law: a petition filed Friday before the long weekend', async () => {
    // Fri 27.11.2026, 10:00: day 1 = 28.11 … day 30 = Sun 27.12; → Mon 28.12.2026, 23:59:59 Romanian time.
    const { applicant, requestId } = await filePetition(ro('2026-11-27T10:00'));
    const row = await request(requestId);
    expect(row.dueAt?.toISOString()).toBe('2026-12-28T21:59:59.000Z');
    const service = await database.prisma.service.findUniqueOrThrow({ where: { slug: PETITION }, select: TERM_SNAPSHOT_SELECT });
    expect(row.term).toEqual(termSnapshotOf(service));
    // OG 27/2002 does not stop the term while the city hall asks for clarifications.
    expect(row.term).toMatchObject({ days: 30, unit: 'CALENDAR_DAYS', maxExtensionDays: 15, suspendOnInfo: false });
    expect(row).toMatchObject({ termExtensionDays: 0, termSuspensions: [], termSuspendedSince: null });
    const email = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: applicant.email, template: 'request-submitted' } });
    expect(email.text).toContain('28.12.2026');

    // A later change of the service does not move the terms of requests already filed.
    await database.prisma.service.update({ where: { slug: PETITION }, data: { legalTermDays: 60 } });
    try {
      const { version } = await request(requestId);
      await extendDeadline(admin, { requestId, version, days: 15, body: 'Cercetare pe teren' });
      // 30 + 15 as filed, not 60 + 15: day 45 = Mon 11.01.2027.
      expect((await request(requestId)).dueAt?.toISOString()).toBe('2027-01-11T21:59:59.000Z');
    } finally {
      await database.prisma.service.update({ where: { slug: PETITION }, data: { legalTermDays: 30 } });
    }
  });

  it('a request for information stops the clock; the answer starts it again and the end moves by the calendar days it stood still', async () => {
    // A 30-calendar-day service whose term stops while information is awaited: the petition's term with
    // suspendOnInfo on (the seeded petition has it off, as OG 27/2002 says; the flag is the service's).
    await database.prisma.service.update({ where: { slug: PETITION }, data: { suspendOnInfo: true } });
    // Filed Mon 02.11.2026, 09:00: day 30 = Wed 02.12.2026.
    const { applicant, requestId } = await filePetition(ro('2026-11-02T09:00')).finally(() =>
      database.prisma.service.update({ where: { slug: PETITION }, data: { suspendOnInfo: false } }),
    );
    expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-02T21:59:59.000Z');

    const asked = ro('2026-11-06T12:00'); // Friday
    const { version } = await askForInformation(admin, requestId, asked, ['subject']);
    const waiting = await request(requestId);
    expect(waiting).toMatchObject({ status: 'NEEDS_INFO', termSuspendedSince: asked, termSuspensions: [{ from: asked.toISOString(), to: null, reason: 'info' }] });
    expect(waiting.dueAt?.toISOString()).toBe('2026-12-02T21:59:59.000Z');
    expect(await events(requestId, 'TERM_SUSPENDED')).toEqual([{ visibility: 'PUBLIC', payload: { reason: 'info', dueAt: '2026-12-02T21:59:59.000Z' }, createdAt: afterIt(asked), actorId: null }]);

    const answered = ro('2026-11-16T08:00'); // Monday
    await provideInformation(applicant, { requestId, version, answers: { subject: 'Iluminat public defect pe strada Ștefan cel Mare' }, documentIds: [] }, { now: answered });
    // Stood still from Fri 06.11 (that day already counted) to Mon 16.11: 07–16.11 = 10 days. 30 + 10 = 40 days from 02.11:
    // 28 days of November (03–30) + 12 → Sat 12.12; Sun 13.12 → Mon 14.12.2026.
    const running = await request(requestId);
    expect(running).toMatchObject({ status: 'IN_REVIEW', termSuspendedSince: null, termSuspensions: [{ from: asked.toISOString(), to: answered.toISOString(), reason: 'info' }] });
    expect(running.dueAt?.toISOString()).toBe('2026-12-14T21:59:59.000Z');
    expect(await events(requestId, 'DUE_DATE_CHANGED')).toEqual([
      {
        visibility: 'PUBLIC',
        payload: { reason: 'resumed', previousDueAt: '2026-12-02T21:59:59.000Z', dueAt: '2026-12-14T21:59:59.000Z', days: 10, unit: 'CALENDAR_DAYS' },
        createdAt: afterIt(answered),
        actorId: null,
      },
    ]);
  });

  it('in working days: a suspension from Friday to Monday moves the end by 1 working day', async () => {
    await setCertificateTerm();
    // Certificate filed Thu 03.12.2026, 09:00: Fri 04.12 day 1, Mon 07.12 day 2.
    const { applicant, requestId } = await fileCertificate(ro('2026-12-03T09:00'));
    expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-07T21:59:59.000Z');
    expect((await request(requestId)).term).toMatchObject({ days: 2, unit: 'WORKING_DAYS' });

    const asked = ro('2026-12-04T12:00'); // Friday
    const { version } = await askForInformation(clerk, requestId, asked, ['address']);
    expect(await events(requestId, 'TERM_SUSPENDED')).toEqual([expect.objectContaining({ visibility: 'PUBLIC', payload: { reason: 'info', dueAt: '2026-12-07T21:59:59.000Z' } })]);
    const answered = ro('2026-12-07T12:00'); // Monday
    await provideInformation(applicant, { requestId, version, answers: { address: { ...VALID_ANSWERS.address, number: '12A' } }, documentIds: [] }, { now: answered });
    // Stood still on Mon 07.12 (the weekend is not a working day): 3 working days = Fri 04, Mon 07, Tue 08.12.
    expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-08T21:59:59.000Z');
    expect((await events(requestId, 'DUE_DATE_CHANGED')).map((e) => e.payload)).toEqual([
      { reason: 'resumed', previousDueAt: '2026-12-07T21:59:59.000Z', dueAt: '2026-12-08T21:59:59.000Z', days: 1, unit: 'WORKING_DAYS' },
    ]);
  });

  it("the administrator's day off counts: not a working day of the term", async () => {
    await setCertificateTerm();
    await database.prisma.calendarDay.create({ data: { day: '2026-12-08', kind: 'DAY_OFF', noteRo: 'Zi liberă acordată prin hotărâre a Guvernului', noteEn: 'Day off granted by government decision' } });
    try {
      // Filed Thu 03.12.2026: Fri 04.12 day 1, Mon 07.12 day 2; stood still Fri 04.12 → Mon 07.12 (+1): 08.12 off → Wed 09.12.
      const { applicant, requestId } = await fileCertificate(ro('2026-12-03T09:00'));
      expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-07T21:59:59.000Z');
      const { version } = await askForInformation(clerk, requestId, ro('2026-12-04T12:00'), ['address']);
      await provideInformation(applicant, { requestId, version, answers: { address: { ...VALID_ANSWERS.address, number: '14' } }, documentIds: [] }, { now: ro('2026-12-07T12:00') });
      expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-09T21:59:59.000Z');
    } finally {
      await database.prisma.calendarDay.delete({ where: { day: '2026-12-08' } });
    }
  });

  it('a fee stops the clock where the service says so, and the proof of payment starts it again', async () => {
    await setCertificateTerm();
    const { applicant, requestId } = await fileCertificate(ro('2026-12-03T09:00')); // ends Mon 07.12
    let { version } = await takeRequest(clerk, { requestId, version: (await request(requestId)).version });
    const asked = ro('2026-12-04T12:00'); // Friday
    ({ version } = await requestFee(at(clerk, asked), ZRequestFeeSchema.parse({ requestId, version, amount: '25', legalBasis: 'HCL nr. 100/2025, anexa 1', dueDate: inDays(15) })));
    expect(await request(requestId)).toMatchObject({ status: 'AWAITING_PAYMENT', termSuspendedSince: asked, termSuspensions: [{ from: asked.toISOString(), to: null, reason: 'fee' }] });
    expect((await events(requestId, 'TERM_SUSPENDED')).map((e) => e.payload)).toEqual([{ reason: 'fee', dueAt: '2026-12-07T21:59:59.000Z' }]);

    const paid = ro('2026-12-09T10:00'); // Wednesday
    ({ version } = await sendPaymentProof(applicant, { requestId, version, documentIds: [await applicantUpload(applicant, { requestId, purpose: 'PAYMENT_PROOF' }, storage)] }, { now: paid }));
    // Stood still Mon 07, Tue 08, Wed 09.12 = 3 working days: 2 + 3 = Fri 04, Mon 07, Tue 08, Wed 09, Thu 10.12.
    const row = await request(requestId);
    expect(row).toMatchObject({ status: 'PAYMENT_SUBMITTED', termSuspendedSince: null, termSuspensions: [{ from: asked.toISOString(), to: paid.toISOString(), reason: 'fee' }] });
    expect(row.dueAt?.toISOString()).toBe('2026-12-10T21:59:59.000Z');
    expect((await events(requestId, 'DUE_DATE_CHANGED')).map((e) => e.payload)).toEqual([
      { reason: 'resumed', previousDueAt: '2026-12-07T21:59:59.000Z', dueAt: '2026-12-10T21:59:59.000Z', days: 3, unit: 'WORKING_DAYS' },
    ]);
    // The clerk's confirmation does not touch the term.
    await confirmPayment(at(clerk, ro('2026-12-09T15:00')), { requestId, version });
    expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-10T21:59:59.000Z');
    expect(await events(requestId, 'DUE_DATE_CHANGED')).toHaveLength(1);
  });

  it('a fee does not stop the clock when the term as filed says so', async () => {
    await setCertificateTerm({ suspendOnFee: false });
    try {
      const { applicant, requestId } = await fileCertificate(ro('2026-12-03T09:00'));
      expect((await request(requestId)).term).toMatchObject({ suspendOnFee: false, suspendOnInfo: true });
      let { version } = await takeRequest(clerk, { requestId, version: (await request(requestId)).version });
      ({ version } = await requestFee(at(clerk, ro('2026-12-04T12:00')), ZRequestFeeSchema.parse({ requestId, version, amount: '25', legalBasis: 'HCL nr. 100/2025', dueDate: inDays(15) })));
      expect(await request(requestId)).toMatchObject({ status: 'AWAITING_PAYMENT', termSuspendedSince: null, termSuspensions: [] });
      await sendPaymentProof(applicant, { requestId, version, documentIds: [await applicantUpload(applicant, { requestId, purpose: 'PAYMENT_PROOF' }, storage)] }, { now: ro('2026-12-09T10:00') });
      expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-07T21:59:59.000Z');
      expect(await events(requestId, 'TERM_SUSPENDED')).toEqual([]);
      expect(await events(requestId, 'DUE_DATE_CHANGED')).toEqual([]);
    } finally {
      await setCertificateTerm();
    }
  });

  it('extends a working-day term in working days; the answer records its working days and whether it came in time', async () => {
    await setCertificateTerm({ maxExtensionDays: 2 });
    try {
      const { requestId } = await fileCertificate(ro('2026-12-03T09:00')); // ends Mon 07.12
      let { version } = await takeRequest(clerk, { requestId, version: (await request(requestId)).version });
      await expect(extendDeadline(clerk, { requestId, version, days: 3, body: 'Verificări suplimentare' })).rejects.toMatchObject({ code: 'staffActions.extensionTooLong' });
      ({ version } = await extendDeadline(at(clerk, ro('2026-12-04T10:00')), { requestId, version, days: 2, body: 'Verificări suplimentare' }));
      // 2 + 2 working days from Thu 03.12: Fri 04, Mon 07, Tue 08, Wed 09.12.
      expect(await request(requestId)).toMatchObject({ termExtensionDays: 2 });
      expect((await request(requestId)).dueAt?.toISOString()).toBe('2026-12-09T21:59:59.000Z');
      expect((await events(requestId, 'DEADLINE_EXTENDED')).map((e) => e.payload)).toEqual([
        { days: 2, previousDueAt: '2026-12-07T21:59:59.000Z', dueAt: '2026-12-09T21:59:59.000Z', unit: 'WORKING_DAYS' },
      ]);

      const documentId = await staffPdf(clerk, requestId, storage);
      await approveRequest(at(clerk, ro('2026-12-08T11:00')), { requestId, version, body: 'Certificatul este atașat.', documentIds: [documentId] });
      // Answered Tue 08.12: Fri 04, Mon 07, Tue 08 = 3 working days, within the term (09.12).
      expect(await request(requestId)).toMatchObject({ status: 'APPROVED', answerWorkingDays: 3, answeredOnTime: true });
    } finally {
      await setCertificateTerm();
    }
  });

  it('an answer is in time until 23:59:59 of the last day, late from the midnight after', async () => {
    await setCertificateTerm();
    const answer = async (answeredAt: Date) => {
      const { requestId } = await fileCertificate(ro('2026-12-03T09:00')); // ends Mon 07.12, 23:59:59 = 21:59:59 UTC
      const { version } = await takeRequest(clerk, { requestId, version: (await request(requestId)).version });
      await approveRequest(at(clerk, answeredAt), { requestId, version, body: 'Certificatul este atașat.', documentIds: [await staffPdf(clerk, requestId, storage)] });
      return request(requestId);
    };
    expect(await answer(new Date('2026-12-07T21:59:59.500Z'))).toMatchObject({ answeredOnTime: true, answerWorkingDays: 2 });
    // Midnight of Tue 08.12 in Romania: one working day late.
    expect(await answer(ro('2026-12-08T00:00'))).toMatchObject({ answeredOnTime: false, answerWorkingDays: 3 });
  });

  it('a term already over neither stops when information is asked late nor can be extended', async () => {
    await setCertificateTerm();
    const { requestId } = await fileCertificate(ro('2026-12-03T09:00')); // ends Mon 07.12
    await askForInformation(clerk, requestId, ro('2026-12-08T10:00'), ['address']);
    const row = await request(requestId);
    expect(row).toMatchObject({ status: 'NEEDS_INFO', termSuspendedSince: null, termSuspensions: [] });
    expect(row.dueAt?.toISOString()).toBe('2026-12-07T21:59:59.000Z');
    expect(await events(requestId, 'TERM_SUSPENDED')).toEqual([]);

    // Petition filed Mon 02.11.2026: its 30 days end Wed 02.12; on Thu 03.12 the 15 more days of OG 27/2002 art. 9 are refused.
    const petition = await filePetition(ro('2026-11-02T09:00'));
    const { version } = await request(petition.requestId);
    await expect(extendDeadline(at(admin, ro('2026-12-03T08:00')), { requestId: petition.requestId, version, days: 15, body: 'Cercetare pe teren' })).rejects.toMatchObject({
      code: 'staffActions.termOver',
    });
    await extendDeadline(at(admin, ro('2026-12-02T23:59')), { requestId: petition.requestId, version, days: 15, body: 'Cercetare pe teren' });
    expect((await request(petition.requestId)).dueAt?.toISOString()).toBe('2026-12-17T21:59:59.000Z');
  });

  it('an answer given while the clock stands still closes the suspension and leaves its days out', async () => {
    await setCertificateTerm();
    const { requestId } = await fileCertificate(ro('2026-12-03T09:00')); // ends Mon 07.12
    const asked = ro('2026-12-04T12:00');
    const { version } = await askForInformation(clerk, requestId, asked, ['address']);
    const rejected = ro('2026-12-09T10:00'); // Wednesday
    await rejectRequest(at(clerk, rejected), { requestId, version, body: 'Nu s-au primit completările.' });
    // Stood still Mon 07, Tue 08, Wed 09 (3 working days): counted with them the end is Thu 10.12, so the answer
    // came in time; of the 4 working days since filing (04, 07, 08, 09) only Fri 04.12 ran.
    const row = await request(requestId);
    expect(row).toMatchObject({ status: 'REJECTED', termSuspendedSince: null, termSuspensions: [{ from: asked.toISOString(), to: rejected.toISOString(), reason: 'info' }], answeredOnTime: true, answerWorkingDays: 1 });
    // The stored end stays the one the timeline last said (no event moves it on a closed request).
    expect(row.dueAt?.toISOString()).toBe('2026-12-07T21:59:59.000Z');
    // Closed: the term does not "run again", no event says so.
    expect(await events(requestId, 'DUE_DATE_CHANGED')).toEqual([]);
  });
});
