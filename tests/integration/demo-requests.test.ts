/**
 * The demo requests of `npm start` (prisma/seed/demo-requests.ts) against the real PostgreSQL and
 * S3 server: every status for the demo citizen, some for the demo company, each made by the real
 * commands (timeline, number, assignee, fee, documents in the store), and a second run changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCui } from '@/lib/accounts/validation';
import type { EventType, RequestStatus } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { applyMigrations } from '@/lib/db/migrate';
import { closeQueueClient } from '@/lib/jobs/queue';
import { listOwnRequests, parseDashboardQuery } from '@/lib/requests/queries/applicant';
import { listInbox, parseInboxQuery } from '@/lib/requests/queries/inbox';
import type { TStorage } from '@/lib/storage';
import { DEMO_USERS, seedDemo } from '@/prisma/seed';
import { DEMO_APPLICANTS, DEMO_SCENARIOS } from '@/prisma/seed/demo-requests';
import { createEmptyDatabase, dropDatabase, setupTestBucket, setupTestDatabase } from './support';

/** The event that brought a request into each status. */
const ENTERED_BY: Record<Exclude<RequestStatus, 'DRAFT'>, EventType> = {
  SUBMITTED: 'SUBMITTED',
  IN_REVIEW: 'STATUS_CHANGED',
  NEEDS_INFO: 'INFO_REQUESTED',
  AWAITING_PAYMENT: 'FEE_REQUESTED',
  PAYMENT_SUBMITTED: 'PAYMENT_SUBMITTED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
};
const ALL_STATUSES = ['DRAFT', ...Object.keys(ENTERED_BY)].sort();

describe('demo requests', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let storage: TStorage;

  beforeAll(async () => {
    database = await setupTestDatabase();
    storage = await setupTestBucket();
    (globalThis as { portalStorage?: TStorage }).portalStorage = storage;
  });
  afterAll(async () => {
    await closeQueueClient();
    await database?.cleanup();
  });

  const requestsOf = (email: string) =>
    database.prisma.serviceRequest.findMany({
      where: { applicant: { email } },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        status: true,
        answers: true,
        registrationNumber: true,
        submittedAt: true,
        dueAt: true,
        assignee: { select: { email: true } },
        department: { select: { slug: true } },
        serviceVersion: { select: { service: { select: { slug: true } } } },
        events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, type: true, fromStatus: true, toStatus: true, body: true, visibility: true } },
        documents: { select: { kind: true, state: true, storageKey: true, sizeBytes: true, eventId: true } },
        fees: { select: { status: true, amountBani: true } },
      },
    });

  const totals = async () => ({
    requests: await database.prisma.serviceRequest.count(),
    events: await database.prisma.requestEvent.count(),
    documents: await database.prisma.document.count(),
    fees: await database.prisma.fee.count(),
    notifications: await database.prisma.notification.count(),
    audit: await database.prisma.auditLog.count(),
    numbers: await database.prisma.serviceRequest.findMany({ where: { registrationNumber: { not: null } }, select: { registrationNumber: true }, orderBy: { registrationNumber: 'asc' } }),
  });

  it('files, through the real commands, one request in each status for the demo citizen and some for the demo company', { timeout: 180_000 }, async () => {
    const result = await seedDemo(database.prisma, { requests: { storage } });
    expect(result?.failed).toEqual([]);
    expect(result?.created).toHaveLength(DEMO_SCENARIOS.length);

    const company = DEMO_USERS.find((user) => user.email === DEMO_APPLICANTS.company)!;
    expect(validateCui(company.organization!.cui).ok).toBe(true);
    const profile = await database.prisma.user.findUniqueOrThrow({ where: { email: DEMO_APPLICANTS.company }, select: { accountType: true, personProfile: true, organizationProfile: { select: { name: true, cui: true } } } });
    expect(profile).toMatchObject({ accountType: 'COMPANY', personProfile: null, organizationProfile: { name: 'SC Demo Construct SRL', cui: company.organization!.cui } });

    const citizen = await requestsOf(DEMO_APPLICANTS.citizen);
    expect(citizen.map((r) => r.status).sort()).toEqual(ALL_STATUSES);
    const companies = await requestsOf(DEMO_APPLICANTS.company);
    expect(companies.length).toBeGreaterThanOrEqual(3);
    expect(new Set(companies.map((r) => r.status)).has('APPROVED')).toBe(true);

    const all = [...citizen, ...companies];
    // Spread over both demo clerks' departments.
    expect(new Set(all.map((r) => r.department.slug))).toEqual(new Set(['taxe-impozite', 'urbanism']));

    for (const request of all) {
      if (request.status === 'DRAFT') {
        expect(request.registrationNumber).toBeNull();
        expect(Object.keys(request.answers as object).length).toBeGreaterThan(0);
        continue;
      }
      const label = `${request.registrationNumber} (${request.status})`;
      expect(request.registrationNumber, label).toMatch(/^RMN-\d{4}-\d{6}$/);
      expect(request.submittedAt, label).not.toBeNull();
      expect(request.dueAt, label).not.toBeNull();
      // The timeline starts with the submission and the automatic assignment, and its last change of status is the one it is in.
      expect(request.events[0]?.type, label).toBe('SUBMITTED');
      expect(request.events.some((e) => e.type === 'ASSIGNED' && e.visibility === 'INTERNAL'), label).toBe(true);
      const lastChange = request.events.filter((e) => e.toStatus !== e.fromStatus).at(-1);
      expect(lastChange?.type, label).toBe(ENTERED_BY[request.status as keyof typeof ENTERED_BY]);
      expect(lastChange?.toStatus, label).toBe(request.status);
      // Assigned to the demo clerk of its department (the only clerk there).
      const clerk = DEMO_USERS.find((user) => user.role === 'CLERK' && user.departments.includes(request.department.slug));
      expect(request.assignee?.email, label).toBe(clerk?.email);
      // The applicant's documents were filed with the submission, checked in the store.
      const filed = request.documents.filter((d) => d.kind === 'APPLICANT');
      expect(filed.length, label).toBeGreaterThan(0);
      expect(filed.every((d) => d.state === 'STORED' && d.eventId === request.events[0]!.id), label).toBe(true);
    }

    const byStatus = (status: RequestStatus) => citizen.find((r) => r.status === status)!;
    const approved = [byStatus('APPROVED'), ...companies.filter((r) => r.status === 'APPROVED')];
    for (const request of approved) {
      const approval = request.events.find((e) => e.type === 'APPROVED')!;
      const answer = request.documents.find((d) => d.kind === 'RESPONSE' && d.eventId === approval.id);
      expect(answer?.state).toBe('STORED');
      const head = await storage.head(answer!.storageKey);
      expect(head?.size).toBe(answer!.sizeBytes);
      expect(Buffer.from(await storage.readStart(answer!.storageKey, 5)).toString('latin1')).toBe('%PDF-');
    }
    expect(byStatus('REJECTED').events.find((e) => e.type === 'REJECTED')?.body).toBeTruthy();
    expect(byStatus('WITHDRAWN').events.find((e) => e.type === 'WITHDRAWN')?.body).toBeTruthy();
    expect(byStatus('NEEDS_INFO').events.find((e) => e.type === 'INFO_REQUESTED')?.body).toBeTruthy();
    expect(byStatus('AWAITING_PAYMENT').fees).toEqual([{ status: 'REQUESTED', amountBani: 900 }]);
    expect(byStatus('PAYMENT_SUBMITTED').fees).toEqual([{ status: 'PROOF_SUBMITTED', amountBani: 60_000 }]);
    expect(byStatus('PAYMENT_SUBMITTED').documents.some((d) => d.kind === 'PAYMENT_PROOF' && d.state === 'STORED' && d.eventId)).toBe(true);

    // Filed on earlier days (the submission's clock), numbered in the order they were filed.
    const filed = all.filter((r) => r.submittedAt).sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime());
    expect(filed.map((r) => r.registrationNumber)).toEqual(filed.map((r) => r.registrationNumber).sort());
    expect(Date.now() - filed[0]!.submittedAt!.getTime()).toBeGreaterThan(15 * 24 * 3_600_000);

    // What people see: the citizen's dashboard, the clerks' inboxes, the bell.
    const [citizenId, taxClerk, urbanismClerk] = await Promise.all(
      ['citizen@demo.local', 'clerk@demo.local', 'clerk.urbanism@demo.local'].map((email) => database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } })),
    );
    const dashboard = await listOwnRequests(citizenId!.id, parseDashboardQuery({}), 'ro');
    expect(Object.values(dashboard.counts).reduce((sum, n) => sum + n, 0)).toBe(citizen.length - 1);
    for (const clerk of [taxClerk!, urbanismClerk!]) {
      const inbox = await listInbox(clerk, parseInboxQuery({ status: 'all' }));
      const expected = all.filter((r) => r.status !== 'DRAFT' && r.assignee?.email === (clerk === taxClerk ? 'clerk@demo.local' : 'clerk.urbanism@demo.local'));
      expect(inbox.rows.map((row) => row.registrationNumber).sort()).toEqual(expected.map((r) => r.registrationNumber).sort());
    }
    expect(await database.prisma.notification.count({ where: { userId: citizenId!.id } })).toBeGreaterThan(0);
    // Staff actions are audited with where they came from.
    expect(await database.prisma.auditLog.count({ where: { action: 'request.approve', ip: '127.0.0.1' } })).toBe(approved.length);
    // The seeded history sends no email.
    expect(await database.prisma.emailOutbox.count({ where: { to: { in: Object.values(DEMO_APPLICANTS) } } })).toBe(0);
  });

  it('a second run changes nothing', { timeout: 120_000 }, async () => {
    const before = await totals();
    const again = await seedDemo(database.prisma, { requests: { storage } });
    expect({ ...again, skipped: again?.skipped.sort() }).toEqual({ created: [], skipped: DEMO_SCENARIOS.map((s) => s.key).sort(), failed: [] });
    expect(await totals()).toEqual(before);
  });

  it('seeding without `requests` (as other tests do) files none', async () => {
    const url = await createEmptyDatabase();
    await applyMigrations(url);
    const prisma = createPrismaClient(url);
    try {
      await seedDemo(prisma);
      expect(await prisma.user.count({ where: { email: DEMO_APPLICANTS.company } })).toBe(1);
      expect(await prisma.serviceRequest.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
      await dropDatabase(url);
    }
  });
});
