/**
 * Tacit approval (OUG 27/2003) marked by the system job (markTacitApprovals) exactly when the term
 * ends — at the midnight after its last day — once, with a public event and the applicant told;
 * never while the term stands still, never for a service whose law does not say so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestStatus } from '@/lib/generated/prisma/enums';
import { closeQueueClient } from '@/lib/jobs/queue';
import { markTacitApprovals } from '@/lib/requests/commands/terms';
import { formatRegistrationNumber } from '@/lib/requests/registration-number';
import { TERM_SNAPSHOT_SELECT, termSnapshotOf, type TTermSnapshot } from '@/lib/requests/terms';
import { endOfDayInRomania, startOfDayInRomania } from '@/lib/time';
import { seedDemo } from '@/prisma/seed';
import { createApplicant, type TApplicant } from './request-fixtures';
import { setupTestDatabase } from './support';

const BASIS = 'OUG 27/2003, art. 2: dacă autoritatea nu răspunde în termenul legal, cererea se consideră aprobată tacit.';
// The last day of the term: Thursday 10 December 2026; it ends at the midnight that starts the 11th.
const LAST_DAY = '2026-12-10';
const MIDNIGHT = startOfDayInRomania('2026-12-11');

describe('tacit approval at the end of the term', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let applicant: TApplicant;
  let serviceVersionId: string;
  let term: TTermSnapshot;
  let counter = 0;

  beforeAll(async () => {
    database = await setupTestDatabase();
    await seedDemo(database.prisma);
    applicant = await createApplicant(database.prisma);
    const version = await database.prisma.serviceVersion.findFirstOrThrow({ select: { id: true, service: { select: TERM_SNAPSHOT_SELECT } }, orderBy: { id: 'asc' } });
    serviceVersionId = version.id;
    term = termSnapshotOf(version.service);
  });
  afterAll(async () => {
    await closeQueueClient();
    await database.cleanup();
  });

  /** A filed request whose term (as kept at filing) ends on LAST_DAY. */
  async function request({ tacitApproval, status = 'IN_REVIEW', suspended = false }: { tacitApproval: boolean; status?: RequestStatus; suspended?: boolean }) {
    counter += 1;
    return database.prisma.serviceRequest.create({
      data: {
        applicantId: applicant.id,
        applicantName: applicant.displayName,
        serviceVersionId,
        departmentId: (await database.prisma.department.findFirstOrThrow({ select: { id: true } })).id,
        status,
        registrationNumber: formatRegistrationNumber(2097, counter),
        submittedAt: new Date('2026-11-10T09:00:00Z'),
        dueAt: endOfDayInRomania(LAST_DAY),
        term: { ...term, tacitApproval, tacitApprovalBasisRo: tacitApproval ? BASIS : null, tacitApprovalBasisEn: tacitApproval ? 'OUG 27/2003, art. 2.' : null },
        ...(suspended ? { termSuspendedSince: new Date('2026-12-09T08:00:00Z'), termSuspensions: [{ from: '2026-12-09T08:00:00.000Z', to: null, reason: 'info' }] } : {}),
      },
      select: { id: true, registrationNumber: true },
    });
  }

  const eventsOf = (requestId: string) => database.prisma.requestEvent.findMany({ where: { requestId, type: 'TACIT_APPROVAL' } });

  it('marks a request of a tacit-approval service at the midnight after its last day, not a millisecond before, and once', async () => {
    const tacit = await request({ tacitApproval: true });
    const suspended = await request({ tacitApproval: true, status: 'NEEDS_INFO', suspended: true });
    const plain = await request({ tacitApproval: false });

    expect(await markTacitApprovals(new Date(MIDNIGHT.getTime() - 1))).toBe(0);
    expect(await eventsOf(tacit.id)).toHaveLength(0);
    expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: tacit.id } })).tacitApprovedAt).toBeNull();

    expect(await markTacitApprovals(MIDNIGHT)).toBe(1);
    const marked = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: tacit.id } });
    expect(marked.tacitApprovedAt).toEqual(MIDNIGHT);
    // Marked, not decided: the request stays open for the clerk to issue the act.
    expect(marked.status).toBe('IN_REVIEW');
    const [event, ...more] = await eventsOf(tacit.id);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({ visibility: 'PUBLIC', actorId: null, createdAt: MIDNIGHT });
    expect(event!.payload).toMatchObject({ dueAt: endOfDayInRomania(LAST_DAY).toISOString(), legalBasisRo: BASIS });

    // The applicant is told, in the bell and by email, with the legal text.
    const notification = await database.prisma.notification.findFirstOrThrow({ where: { requestId: tacit.id, eventId: event!.id } });
    expect(notification.kind).toBe('request.tacitApproval');
    const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: applicant.email, template: 'request-tacitApproval' } });
    expect(mail.subject).toBe(`Cererea ${tacit.registrationNumber} se consideră aprobată tacit`);
    expect(mail.text).toContain('a expirat la 10.12.2026');
    expect(mail.text).toContain(BASIS);
    expect(await database.prisma.auditLog.count({ where: { action: 'request.markTacitApproval', entityId: tacit.id } })).toBe(1);

    // Run again (every 5 minutes): nothing new.
    expect(await markTacitApprovals(new Date(MIDNIGHT.getTime() + 5 * 60_000))).toBe(0);
    expect(await eventsOf(tacit.id)).toHaveLength(1);
    expect(await database.prisma.emailOutbox.count({ where: { to: applicant.email, template: 'request-tacitApproval' } })).toBe(1);

    // A term that stands still, and a service whose law does not approve by silence: never marked.
    for (const other of [suspended, plain]) {
      expect(await eventsOf(other.id)).toHaveLength(0);
      expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: other.id } })).tacitApprovedAt).toBeNull();
    }
  });

  it('leaves answered requests alone', async () => {
    const answered = await request({ tacitApproval: true, status: 'APPROVED' });
    await markTacitApprovals(new Date(MIDNIGHT.getTime() + 86_400_000));
    expect(await eventsOf(answered.id)).toHaveLength(0);
  });
});
