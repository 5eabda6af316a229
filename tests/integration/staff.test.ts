/**
 * Staff administration (invitation, activation, disabling), statistics and the audit log query,
 * against the real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/accounts/login';
import { hashToken } from '@/lib/accounts/tokens';
import { encodeCursor, listAuditLog, parseAuditFilter } from '@/lib/audit/read';
import { hashPassword } from '@/lib/auth/password';
import { closeRateLimits } from '@/lib/auth/rate-limit';
import { resolveSessionUser } from '@/lib/auth/session-user';
import type { RequestStatus } from '@/lib/generated/prisma/enums';
import { closeQueueClient } from '@/lib/jobs/queue';
import { formatRegistrationNumber } from '@/lib/requests/registration-number';
import { getRequestStats } from '@/lib/stats';
import { acceptInvite, peekInvite } from '@/lib/staff/invite';
import { ZCreateStaffSchema } from '@/lib/staff/schemas';
import { createStaff, disableStaff, enableStaff, getStaffMember, listDepartments, listStaff, resendInvite, updateStaff } from '@/lib/staff/staff';
import { seedDemo } from '@/prisma/seed';
import { setupTestDatabase, uniqueName } from './support';

const PASSWORD = 'o frază lungă de test 2026';
const REQUEST_INFO = { ip: '203.0.113.7', userAgent: 'vitest' };
const DAY = 86_400_000;

type TActor = { id: string; role: 'CLERK' | 'ADMIN' | 'CITIZEN' };

describe('staff administration, statistics and the audit log', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let admin: TActor;
  let departments: Map<string, string>;
  let serviceVersions: string[];
  let applicantId: string;

  beforeAll(async () => {
    database = await setupTestDatabase();
    await seedDemo(database.prisma);
    const adminRow = await database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.local' } });
    admin = { id: adminRow.id, role: 'ADMIN' };
    departments = new Map((await database.prisma.department.findMany()).map((d) => [d.slug, d.id]));
    // Versions of two different services.
    const services = await database.prisma.service.findMany({ take: 2, orderBy: { slug: 'asc' }, select: { versions: { select: { id: true }, take: 1 } } });
    serviceVersions = services.map((s) => s.versions[0]?.id as string);
    applicantId = (await database.prisma.user.findUniqueOrThrow({ where: { email: 'citizen@demo.local' } })).id;
  });
  afterAll(async () => {
    await closeRateLimits();
    await closeQueueClient();
    await database.cleanup();
  });

  const email = () => `${uniqueName('staff')}@primariaroman.ro`;

  const createInput = (overrides: Partial<Parameters<typeof ZCreateStaffSchema.parse>[0]> = {}) =>
    ZCreateStaffSchema.parse({ firstName: 'Elena', lastName: 'Dumitrescu', email: email(), role: 'CLERK', departmentIds: [departments.get('urbanism')], ...overrides });

  /** The token of the newest invitation emailed to `to` (the only place the token exists). */
  async function invitationToken(to: string) {
    const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to, template: 'staff-invite' }, orderBy: { createdAt: 'desc' } });
    const token = /\/accept-invite\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();
    return { token: token as string, mail };
  }

  /** An active clerk with a password, and the claims of a session they opened. */
  async function activeClerk(departmentSlugs = ['urbanism']) {
    const user = await database.prisma.user.create({
      data: {
        email: email(),
        passwordHash: await hashPassword(PASSWORD),
        role: 'CLERK',
        accountType: 'STAFF',
        status: 'ACTIVE',
        personProfile: { create: { firstName: 'Mihai', lastName: 'Stan' } },
        memberships: { create: departmentSlugs.map((slug) => ({ departmentId: departments.get(slug) as string })) },
      },
    });
    return { user, claims: { id: user.id, sv: user.sessionVersion, loginAt: Date.now() } };
  }

  let counter = 0;
  async function createRequest(data: {
    status: RequestStatus;
    departmentId: string;
    assigneeId?: string;
    submittedAt?: Date | null;
    closedAt?: Date | null;
    dueAt?: Date | null;
    serviceVersionId?: string;
    /** What the engine records with the answer (null: answered before it kept legal terms). */
    answerWorkingDays?: number;
    answeredOnTime?: boolean;
    termSuspendedSince?: Date;
  }) {
    counter += 1;
    return database.prisma.serviceRequest.create({
      data: {
        applicantId,
        serviceVersionId: data.serviceVersionId ?? (serviceVersions[0] as string),
        departmentId: data.departmentId,
        status: data.status,
        assigneeId: data.assigneeId,
        // Real-looking numbers (the audit filter reads them as people type them); 2099 keeps them apart.
        registrationNumber: data.status === 'DRAFT' ? null : formatRegistrationNumber(2099, counter),
        submittedAt: data.submittedAt === undefined ? (data.status === 'DRAFT' ? null : new Date()) : data.submittedAt,
        closedAt: data.closedAt ?? null,
        dueAt: data.dueAt === undefined ? new Date(Date.now() + 10 * DAY) : data.dueAt,
        answerWorkingDays: data.answerWorkingDays,
        answeredOnTime: data.answeredOnTime,
        termSuspendedSince: data.termSuspendedSince,
      },
    });
  }

  describe('invitations', () => {
    it('creating a clerk stores only the hash of a 7-day INVITE token, emails the link in Romanian, and audits the change', async () => {
      const input = createInput();
      const { userId } = await createStaff(input, { actor: admin, request: REQUEST_INFO });

      const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { personProfile: true, memberships: true } });
      expect(user).toMatchObject({ email: input.email, role: 'CLERK', accountType: 'STAFF', status: 'PENDING_ACTIVATION', passwordHash: null, emailVerifiedAt: null });
      expect(user.personProfile).toMatchObject({ firstName: 'Elena', lastName: 'Dumitrescu' });
      expect(user.memberships.map((m) => m.departmentId)).toEqual([departments.get('urbanism')]);

      const { token, mail } = await invitationToken(input.email);
      expect(mail.subject).toMatch(/Invitație/);
      expect(mail.text).toContain('Elena Dumitrescu');
      expect(mail.text).toMatch(/valabil 7 zile/);
      const tokens = await database.prisma.verificationToken.findMany({ where: { userId } });
      expect(tokens).toHaveLength(1);
      expect(tokens[0]).toMatchObject({ purpose: 'INVITE', tokenHash: hashToken(token), usedAt: null });
      expect(JSON.stringify(tokens)).not.toContain(token);
      const ttl = (tokens[0]?.expiresAt.getTime() ?? 0) - Date.now();
      expect(ttl).toBeGreaterThan(7 * DAY - 60_000);
      expect(ttl).toBeLessThanOrEqual(7 * DAY);

      const audit = await database.prisma.auditLog.findMany({ where: { entityType: 'User', entityId: userId } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'staff.create', actorId: admin.id, ip: '203.0.113.7', userAgent: 'vitest' });
      expect(audit[0]?.details).toMatchObject({ email: input.email, role: 'CLERK', departments: ['urbanism'] });
    });

    it('refuses a taken address, a clerk without department, an unknown department, and a non-administrator', async () => {
      const input = createInput();
      await createStaff(input, { actor: admin });
      await expect(createStaff({ ...input, firstName: 'Alt' }, { actor: admin })).rejects.toMatchObject({ code: 'staff.emailTaken', details: { field: 'email' } });
      await expect(createStaff(createInput({ email: 'citizen@demo.local' }), { actor: admin })).rejects.toMatchObject({ code: 'staff.emailTaken' });
      expect(ZCreateStaffSchema.safeParse({ ...input, email: email(), departmentIds: [] }).error?.issues[0]).toMatchObject({ path: ['departmentIds'], message: 'staff.departmentsRequired' });
      expect(ZCreateStaffSchema.safeParse({ ...input, email: email(), role: 'ADMIN', departmentIds: [] }).success).toBe(true);
      expect(ZCreateStaffSchema.safeParse({ ...input, email: email(), role: 'CITIZEN' }).success).toBe(false);
      await expect(createStaff(createInput({ departmentIds: ['nu-exista'] }), { actor: admin })).rejects.toMatchObject({ code: 'staff.unknownDepartment' });
      const { user: clerk } = await activeClerk();
      await expect(createStaff(createInput(), { actor: { id: clerk.id, role: 'CLERK' } })).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('every staff-administration function refuses a clerk and a citizen, whatever page called it', async () => {
      const { user: clerk } = await activeClerk();
      const { userId } = await createStaff(createInput(), { actor: admin });
      const citizen = await database.prisma.user.findUniqueOrThrow({ where: { email: 'citizen@demo.local' } });
      for (const actor of [
        { id: clerk.id, role: 'CLERK' as const },
        { id: citizen.id, role: 'CITIZEN' as const },
      ]) {
        const attempts: [string, () => Promise<unknown>][] = [
          ['listStaff', () => listStaff(actor)],
          ['getStaffMember', () => getStaffMember(actor, userId)],
          ['listDepartments', () => listDepartments(actor)],
          ['createStaff', () => createStaff(createInput(), { actor })],
          ['updateStaff', () => updateStaff({ userId, role: 'ADMIN', departmentIds: [] }, { actor })],
          ['disableStaff', () => disableStaff(userId, { actor })],
          ['enableStaff', () => enableStaff(userId, { actor })],
          ['resendInvite', () => resendInvite(userId, { actor })],
          ['listAuditLog', () => listAuditLog(actor, parseAuditFilter({}))],
        ];
        for (const [name, attempt] of attempts) await expect(attempt(), `${actor.role} ${name}`).rejects.toMatchObject({ code: 'forbidden' });
      }
      // A citizen's id is not a member of staff, even for the administrator.
      expect(await getStaffMember(admin, citizen.id)).toBeNull();
      expect((await database.prisma.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe('CLERK');
    });

    it('setting the password with the link activates and verifies the account; the link works once', async () => {
      const input = createInput({ firstName: 'Sorin', lastName: 'Lupu-Constantinescu' });
      const { userId } = await createStaff(input, { actor: admin });
      const { token } = await invitationToken(input.email);
      expect(await peekInvite(token)).toEqual({ ok: true, email: input.email, name: 'Sorin Lupu-Constantinescu' });

      // The account rules: not the email or the name. The refusal leaves the link usable.
      await expect(acceptInvite({ token, password: input.email, passwordConfirm: input.email })).rejects.toMatchObject({ code: 'password.containsPersonal', details: { field: 'password' } });
      await expect(acceptInvite({ token, password: 'Sorin Lupu-Constantinescu', passwordConfirm: 'Sorin Lupu-Constantinescu' })).rejects.toMatchObject({ code: 'password.containsPersonal' });
      expect(await peekInvite(token)).toMatchObject({ ok: true });

      await acceptInvite({ token, password: PASSWORD, passwordConfirm: PASSWORD }, { request: REQUEST_INFO });
      const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId } });
      expect(user.status).toBe('ACTIVE');
      expect(user.emailVerifiedAt).toBeInstanceOf(Date);
      expect(user.passwordHash).toBeTruthy();
      await expect(authenticate({ email: input.email, password: PASSWORD, ip: '198.51.100.9' })).resolves.toMatchObject({ id: userId, role: 'CLERK' });

      expect(await peekInvite(token)).toEqual({ ok: false, reason: 'used' });
      await expect(acceptInvite({ token, password: 'alta fraza lunga de test', passwordConfirm: 'alta fraza lunga de test' })).rejects.toMatchObject({ code: 'token.used' });
      expect(await peekInvite('x'.repeat(43))).toEqual({ ok: false, reason: 'invalid' });
      expect(await database.prisma.auditLog.count({ where: { action: 'staff.acceptInvite', entityId: userId, actorId: userId } })).toBe(1);
      await expect(resendInvite(userId, { actor: admin })).rejects.toMatchObject({ code: 'staff.notPending' });
    });

    it('a new invitation replaces the old link; an expired link is refused', async () => {
      const input = createInput();
      const { userId } = await createStaff(input, { actor: admin });
      const { token: first } = await invitationToken(input.email);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await resendInvite(userId, { actor: admin, request: REQUEST_INFO });
      const { token: second } = await invitationToken(input.email);
      expect(second).not.toBe(first);
      expect(await peekInvite(first)).toEqual({ ok: false, reason: 'used' });
      await database.prisma.verificationToken.updateMany({ where: { tokenHash: hashToken(second) }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await expect(acceptInvite({ token: second, password: PASSWORD, passwordConfirm: PASSWORD })).rejects.toMatchObject({ code: 'token.expired' });
      expect(await database.prisma.auditLog.count({ where: { action: 'staff.resendInvite', entityId: userId } })).toBe(1);
    });
  });

  describe('disabling, enabling, editing', () => {
    it('disabling ends the sessions at once and unassigns the open requests; re-enabling does not revive old sessions', async () => {
      const { user, claims } = await activeClerk();
      expect(await resolveSessionUser(claims)).toMatchObject({ id: user.id, role: 'CLERK' });
      const urbanism = departments.get('urbanism') as string;
      const open = await createRequest({ status: 'IN_REVIEW', departmentId: urbanism, assigneeId: user.id });
      const closed = await createRequest({ status: 'APPROVED', departmentId: urbanism, assigneeId: user.id, closedAt: new Date() });

      await disableStaff(user.id, { actor: admin, request: REQUEST_INFO });
      expect(await resolveSessionUser(claims)).toBeNull();
      const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(after).toMatchObject({ status: 'DISABLED', sessionVersion: user.sessionVersion + 1 });
      expect(await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ assigneeId: null, version: open.version + 1 });
      expect(await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: closed.id } })).toMatchObject({ assigneeId: user.id, version: closed.version });
      const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: 'staff.disable', entityId: user.id } });
      expect(audit).toMatchObject({ actorId: admin.id, ip: '203.0.113.7' });
      expect(audit.details).toMatchObject({ previousStatus: 'ACTIVE', unassignedRequests: [open.registrationNumber] });
      await expect(authenticate({ email: user.email, password: PASSWORD, ip: '198.51.100.10' })).rejects.toThrow('DISABLED');
      await expect(disableStaff(user.id, { actor: admin })).rejects.toMatchObject({ code: 'staff.alreadyDisabled' });

      await expect(enableStaff(user.id, { actor: admin, request: REQUEST_INFO })).resolves.toEqual({ status: 'ACTIVE' });
      expect(await resolveSessionUser(claims)).toBeNull();
      expect(await resolveSessionUser({ ...claims, sv: after.sessionVersion })).toMatchObject({ id: user.id });
      expect(await database.prisma.auditLog.count({ where: { action: 'staff.enable', entityId: user.id } })).toBe(1);
      await expect(enableStaff(user.id, { actor: admin })).rejects.toMatchObject({ code: 'staff.notDisabled' });
    });

    it('disabling a pending invitee spends their link; re-enabled, they wait for a new invitation', async () => {
      const input = createInput();
      const { userId } = await createStaff(input, { actor: admin });
      const { token } = await invitationToken(input.email);
      await disableStaff(userId, { actor: admin });
      await expect(acceptInvite({ token, password: PASSWORD, passwordConfirm: PASSWORD })).rejects.toMatchObject({ code: 'token.used' });
      await expect(enableStaff(userId, { actor: admin })).resolves.toEqual({ status: 'PENDING_ACTIVATION' });
      await resendInvite(userId, { actor: admin });
      const { token: fresh } = await invitationToken(input.email);
      await acceptInvite({ token: fresh, password: PASSWORD, passwordConfirm: PASSWORD });
      expect((await database.prisma.user.findUniqueOrThrow({ where: { id: userId } })).status).toBe('ACTIVE');
    });

    it('an administrator cannot disable or demote themselves; citizens are not staff', async () => {
      await expect(disableStaff(admin.id, { actor: admin })).rejects.toMatchObject({ code: 'staff.selfDisable' });
      await expect(updateStaff({ userId: admin.id, role: 'CLERK', departmentIds: [departments.get('urbanism') as string] }, { actor: admin })).rejects.toMatchObject({ code: 'staff.selfDemote' });
      expect((await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe('ACTIVE');
      await expect(disableStaff(applicantId, { actor: admin })).rejects.toMatchObject({ code: 'staff.notFound' });
      const { user: clerk } = await activeClerk();
      await expect(disableStaff(admin.id, { actor: { id: clerk.id, role: 'CLERK' } })).rejects.toMatchObject({ code: 'forbidden' });
      // Their own departments they may change.
      await expect(updateStaff({ userId: admin.id, role: 'ADMIN', departmentIds: [departments.get('registratura') as string] }, { actor: admin })).resolves.toEqual({ changed: true });
    });

    it('changing departments unassigns the requests of the departments left; a role change ends the sessions', async () => {
      const { user, claims } = await activeClerk(['urbanism', 'taxe-impozite']);
      const inUrbanism = await createRequest({ status: 'SUBMITTED', departmentId: departments.get('urbanism') as string, assigneeId: user.id });
      const inTaxes = await createRequest({ status: 'SUBMITTED', departmentId: departments.get('taxe-impozite') as string, assigneeId: user.id });

      const ids = [departments.get('taxe-impozite') as string, departments.get('stare-civila') as string];
      await expect(updateStaff({ userId: user.id, role: 'CLERK', departmentIds: ids }, { actor: admin, request: REQUEST_INFO })).resolves.toEqual({ changed: true });
      const memberships = await database.prisma.departmentMember.findMany({ where: { userId: user.id } });
      expect(memberships.map((m) => m.departmentId).sort()).toEqual([...ids].sort());
      expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: inUrbanism.id } })).assigneeId).toBeNull();
      expect((await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: inTaxes.id } })).assigneeId).toBe(user.id);
      // Departments only: the session goes on.
      expect(await resolveSessionUser(claims)).toMatchObject({ id: user.id });
      const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: 'staff.update', entityId: user.id } });
      expect(audit.details).toEqual({ departmentsAdded: ['stare-civila'], departmentsRemoved: ['urbanism'], unassignedRequests: [inUrbanism.registrationNumber] });

      await expect(updateStaff({ userId: user.id, role: 'CLERK', departmentIds: ids }, { actor: admin })).resolves.toEqual({ changed: false });
      await updateStaff({ userId: user.id, role: 'ADMIN', departmentIds: ids }, { actor: admin });
      expect(await resolveSessionUser(claims)).toBeNull();
      const promoted = await database.prisma.auditLog.findFirstOrThrow({ where: { action: 'staff.update', entityId: user.id }, orderBy: { createdAt: 'desc' } });
      expect(promoted.details).toEqual({ role: { from: 'CLERK', to: 'ADMIN' } });
    });
  });

  describe('statistics', () => {
    it('counts filed requests by status and service, answers within the term with median and 90th percentile in working days, per month, service and clerk, and overdue ones, in the clerk’s departments', async () => {
      const department = await database.prisma.department.create({ data: { slug: uniqueName('stats'), nameRo: 'Statistică', nameEn: 'Statistics' } });
      const other = await database.prisma.department.create({ data: { slug: uniqueName('other'), nameRo: 'Altul', nameEn: 'Other' } });
      const clerk = await database.prisma.user.create({
        data: { email: email(), role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE', memberships: { create: { departmentId: department.id } } },
      });
      const ioana = await database.prisma.user.create({
        data: { email: email(), role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE', personProfile: { create: { firstName: 'Ioana', lastName: 'Marin' } }, memberships: { create: { departmentId: department.id } } },
      });
      const noName = await database.prisma.user.create({ data: { email: email(), role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE', memberships: { create: { departmentId: department.id } } } });
      // Tuesday 15 December 2026, 12:00 in Romania: the last 30 days start on 15 November, the 12 months in January 2026.
      const now = new Date('2026-12-15T10:00:00Z');
      const ago = (days: number) => new Date(now.getTime() - days * DAY);
      const [serviceA, serviceB] = serviceVersions as [string, string];
      const answered = (data: { submittedAt: string; closedAt: string; workingDays?: number; onTime?: boolean; status?: RequestStatus; serviceVersionId?: string; assigneeId?: string }) =>
        createRequest({
          status: data.status ?? 'APPROVED',
          departmentId: department.id,
          serviceVersionId: data.serviceVersionId ?? serviceA,
          assigneeId: data.assigneeId,
          submittedAt: new Date(data.submittedAt),
          closedAt: new Date(data.closedAt),
          answerWorkingDays: data.workingDays,
          answeredOnTime: data.onTime,
        });

      await answered({ submittedAt: '2026-11-25T08:00:00Z', closedAt: '2026-11-26T10:00:00Z', workingDays: 1, onTime: true, assigneeId: ioana.id });
      // 00:30 on 1 December in Romania: a December answer.
      await answered({ submittedAt: '2026-11-28T08:00:00Z', closedAt: '2026-11-30T22:30:00Z', workingDays: 2, onTime: true, assigneeId: ioana.id });
      await answered({ submittedAt: '2026-12-01T08:00:00Z', closedAt: '2026-12-04T10:00:00Z', workingDays: 3, onTime: true, serviceVersionId: serviceB, assigneeId: noName.id });
      await answered({ submittedAt: '2026-11-20T08:00:00Z', closedAt: '2026-12-04T12:00:00Z', workingDays: 10, onTime: false, status: 'REJECTED' });
      await answered({ submittedAt: '2026-09-01T08:00:00Z', closedAt: '2026-09-07T08:00:00Z', workingDays: 4, onTime: false }); // before the last 30 days
      await answered({ submittedAt: '2026-11-25T08:00:00Z', closedAt: '2026-12-02T08:00:00Z' }); // answered before the portal kept terms: not timed
      await answered({ submittedAt: '2025-11-10T08:00:00Z', closedAt: '2025-11-20T08:00:00Z', workingDays: 5, onTime: true }); // more than 12 months ago
      await createRequest({ status: 'SUBMITTED', departmentId: department.id, submittedAt: ago(5), dueAt: ago(1) }); // overdue
      await createRequest({ status: 'NEEDS_INFO', departmentId: department.id, submittedAt: ago(6), dueAt: ago(2), serviceVersionId: serviceB }); // overdue: its term never stopped
      await createRequest({ status: 'NEEDS_INFO', departmentId: department.id, submittedAt: ago(6), dueAt: ago(2), termSuspendedSince: ago(4) }); // stands still: not late
      await createRequest({ status: 'IN_REVIEW', departmentId: department.id, submittedAt: ago(3), dueAt: new Date(now.getTime() + 5 * DAY), serviceVersionId: serviceB });
      await createRequest({ status: 'WITHDRAWN', departmentId: department.id, submittedAt: ago(2), closedAt: ago(1), dueAt: ago(1) }); // closed: not overdue
      await createRequest({ status: 'SUBMITTED', departmentId: department.id, submittedAt: ago(9), dueAt: now }); // its last second: not over yet
      await createRequest({ status: 'DRAFT', departmentId: department.id }); // never counted
      await createRequest({ status: 'SUBMITTED', departmentId: other.id, submittedAt: ago(1), dueAt: ago(1) }); // another department

      const all = await getRequestStats({ id: clerk.id, role: 'CLERK' }, { period: 'all', now });
      expect(all.departmentIds).toEqual([department.id]);
      expect(all.filed).toBe(13);
      expect(Object.fromEntries(all.byStatus.map((s) => [s.status, s.count]))).toEqual({
        SUBMITTED: 2,
        IN_REVIEW: 1,
        NEEDS_INFO: 2,
        AWAITING_PAYMENT: 0,
        PAYMENT_SUBMITTED: 0,
        APPROVED: 6,
        REJECTED: 1,
        WITHDRAWN: 1,
      });
      expect(all.byService.map((s) => s.count)).toEqual([10, 3]);
      expect(all.byService.map((s) => s.count).reduce((a, b) => a + b)).toBe(all.filed);
      // Timed answers [1, 2, 3, 4, 5, 10] working days: median (3 + 4) / 2 = 3.5; percentile_cont(0.9) = 5 + 0.5 × (10 − 5) = 7.5; 4 of 6 within the term.
      expect(all.answered).toEqual({ count: 7, timed: 6, onTime: 4, onTimePercent: 66.7, medianWorkingDays: 3.5, p90WorkingDays: 7.5 });
      expect(all.overdue).toBe(2);

      // The months: the last 12, in Romania, whatever the period.
      expect(all.byMonth.map((m) => m.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}`));
      const month = (key: string) => all.byMonth.find((m) => m.month === key);
      expect(month('2026-11')).toEqual({ month: '2026-11', timed: 1, onTime: 1, onTimePercent: 100, medianWorkingDays: 1, p90WorkingDays: 1 });
      // [2, 3, 10]: 3 + 0.8 × (10 − 3) = 8.6.
      expect(month('2026-12')).toEqual({ month: '2026-12', timed: 3, onTime: 2, onTimePercent: 66.7, medianWorkingDays: 3, p90WorkingDays: 8.6 });
      expect(month('2026-09')).toMatchObject({ timed: 1, onTime: 0, onTimePercent: 0, medianWorkingDays: 4 });
      expect(month('2026-10')).toEqual({ month: '2026-10', timed: 0, onTime: 0, onTimePercent: null, medianWorkingDays: null, p90WorkingDays: null });

      // Service A: [1, 2, 4, 5, 10], 3 within the term; p90 = 5 + 0.6 × 5 = 8.
      expect(all.answersByService.map(({ titleRo, ...s }) => [titleRo.length > 0, s.timed, s.onTimePercent, s.medianWorkingDays, s.p90WorkingDays])).toEqual([
        [true, 5, 60, 4, 8],
        [true, 1, 100, 3, 3],
      ]);
      // Nobody assigned: [4, 5, 10] (5 + 0.8 × 5 = 9); Ioana Marin: [1, 2]; a clerk without a name goes by the email.
      expect(all.answersByClerk.map((c) => [c.clerkId, c.name, c.timed, c.onTimePercent, c.medianWorkingDays, c.p90WorkingDays])).toEqual([
        [null, null, 3, 33.3, 5, 9],
        [ioana.id, 'Ioana Marin', 2, 100, 1.5, 1.9],
        [noName.id, noName.email, 1, 100, 3, 3],
      ]);

      const lastMonth = await getRequestStats({ id: clerk.id, role: 'CLERK' }, { period: '30d', now });
      expect(lastMonth.filed).toBe(11);
      // [1, 2, 3, 10]: median 2.5; 3 + 0.7 × (10 − 3) = 7.9; 3 of 4.
      expect(lastMonth.answered).toEqual({ count: 5, timed: 4, onTime: 3, onTimePercent: 75, medianWorkingDays: 2.5, p90WorkingDays: 7.9 });
      expect(lastMonth.answersByService.map((s) => s.timed)).toEqual([3, 1]);
      expect(lastMonth.byMonth).toEqual(all.byMonth);
      expect(lastMonth.overdue).toBe(2);
      expect((await getRequestStats({ id: clerk.id, role: 'CLERK' }, { period: '12m', now })).filed).toBe(12);

      // Rounded to one decimal: [1, 2, 4] → p90 2 + 0.8 × 2 = 3.6; 1 of 3 within the term → 33.3 %.
      const single = await database.prisma.department.create({ data: { slug: uniqueName('one'), nameRo: 'Unu', nameEn: 'One' } });
      const oneClerk = await database.prisma.user.create({ data: { email: email(), role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE', memberships: { create: { departmentId: single.id } } } });
      for (const [workingDays, onTime] of [[1, true], [2, false], [4, false]] as const) {
        await createRequest({ status: 'REJECTED', departmentId: single.id, submittedAt: ago(10), closedAt: ago(3), answerWorkingDays: workingDays, answeredOnTime: onTime });
      }
      expect((await getRequestStats({ id: oneClerk.id, role: 'CLERK' }, { period: 'all', now })).answered).toEqual({
        count: 3,
        timed: 3,
        onTime: 1,
        onTimePercent: 33.3,
        medianWorkingDays: 2,
        p90WorkingDays: 3.6,
      });

      // A clerk without departments sees nothing; an administrator sees every department.
      const lonely = await database.prisma.user.create({ data: { email: email(), role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE' } });
      const none = await getRequestStats({ id: lonely.id, role: 'CLERK' }, { period: 'all', now });
      expect(none).toMatchObject({ filed: 0, overdue: 0, byService: [], answersByService: [], answersByClerk: [], answered: { count: 0, timed: 0, onTimePercent: null, medianWorkingDays: null, p90WorkingDays: null } });
      expect(none.byMonth).toHaveLength(12);
      const everything = await getRequestStats(admin, { period: 'all', now });
      expect(everything.departmentIds).toBeNull();
      expect(everything.filed).toBeGreaterThanOrEqual(17);
      expect(everything.answered.timed).toBeGreaterThanOrEqual(9);
      expect(everything.overdue).toBeGreaterThanOrEqual(3);
    });
  });

  describe('audit log query', () => {
    it('pages newest first by (createdAt, id), 50 at a time, both ways, without gaps or repeats', async () => {
      const base = Date.parse('2025-01-15T10:00:00Z');
      // 120 rows, three per timestamp, so that the id decides the order inside a tie.
      await database.prisma.auditLog.createMany({
        data: Array.from({ length: 120 }, (_, i) => ({ actorId: admin.id, action: 'test.bulk', entityType: 'User', createdAt: new Date(base + Math.floor(i / 3) * 1000), details: { i } })),
      });
      const filter = { action: 'test.bulk' };
      const first = await listAuditLog(admin, filter);
      expect(first.rows).toHaveLength(50);
      expect(first.newer).toBeNull();
      const second = await listAuditLog(admin, { ...filter, after: first.older as string });
      const third = await listAuditLog(admin, { ...filter, after: second.older as string });
      expect(second.rows).toHaveLength(50);
      expect(third.rows).toHaveLength(20);
      expect(third.older).toBeNull();

      const all = [...first.rows, ...second.rows, ...third.rows];
      expect(new Set(all.map((r) => r.id)).size).toBe(120);
      const expected = [...all].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
      expect(all.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      expect(all[0]?.actor).toMatchObject({ email: 'admin@demo.local', name: 'Ana Popescu' });

      // Back from the third page: exactly the second; from the second: exactly the first.
      const backToSecond = await listAuditLog(admin, { ...filter, before: third.newer as string });
      expect(backToSecond.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
      const backToFirst = await listAuditLog(admin, { ...filter, before: backToSecond.newer as string });
      expect(backToFirst.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
      expect(backToFirst.newer).toBeNull();
      expect(backToFirst.older).toBe(first.older);

      // A garbled cursor is no cursor: the newest page.
      expect((await listAuditLog(admin, { ...filter, after: 'bad' })).rows[0]?.id).toBe(first.rows[0]?.id);
      expect(first.older).toBe(encodeCursor(first.rows[49] as { createdAt: Date; id: string }));
    });

    it('filters by person, request number, action and day in Romanian time', async () => {
      const { user: clerk } = await activeClerk();
      await database.prisma.personProfile.update({ where: { userId: clerk.id }, data: { firstName: 'Ștefan', lastName: 'Căpraru' } });
      const request = await createRequest({ status: 'SUBMITTED', departmentId: departments.get('urbanism') as string });
      await database.prisma.auditLog.createMany({
        data: [
          // 23:30 on 10 March in Romania (21:30 UTC).
          { actorId: clerk.id, action: 'request.take', entityType: 'ServiceRequest', entityId: request.id, ip: '192.0.2.1', createdAt: new Date('2026-03-10T21:30:00Z') },
          // 00:10 on 11 March in Romania, still 10 March in UTC.
          { actorId: clerk.id, action: 'request.approve', entityType: 'ServiceRequest', entityId: request.id, ip: '192.0.2.1', createdAt: new Date('2026-03-10T22:10:00Z') },
          { actorId: admin.id, action: 'request.internalNote', entityType: 'ServiceRequest', entityId: request.id, createdAt: new Date('2026-03-10T12:00:00Z') },
          { actorId: clerk.id, action: 'request.take', entityType: 'ServiceRequest', entityId: 'another', createdAt: new Date('2026-03-09T12:00:00Z') },
        ],
      });

      const byName = await listAuditLog(admin, parseAuditFilter({ person: 'ștefan CĂPRARU' }));
      expect(byName.rows.map((r) => r.action)).toEqual(['request.approve', 'request.take', 'request.take']);
      const byEmail = await listAuditLog(admin, parseAuditFilter({ person: clerk.email.toUpperCase() }));
      expect(byEmail.rows).toHaveLength(3);

      // As people type it: lower case, spaces, without the leading zeros.
      const typed = (request.registrationNumber as string).toLowerCase().replace(/-/g, ' ').replace(/ 0+/, ' ');
      const byRequest = await listAuditLog(admin, parseAuditFilter({ request: typed }));
      expect(byRequest.rows.map((r) => r.action)).toEqual(['request.approve', 'request.take', 'request.internalNote']);
      expect(byRequest.rows[0]).toMatchObject({ entityLabel: request.registrationNumber, ip: '192.0.2.1' });
      expect((await listAuditLog(admin, parseAuditFilter({ request: 'RMN-1999-000001' }))).rows).toHaveLength(0);

      const day = await listAuditLog(admin, parseAuditFilter({ person: clerk.email, from: '2026-03-10', to: '2026-03-10' }));
      expect(day.rows.map((r) => r.action)).toEqual(['request.take']);
      const nextDay = await listAuditLog(admin, parseAuditFilter({ request: request.registrationNumber as string, action: 'request.approve', from: '2026-03-11' }));
      expect(nextDay.rows).toHaveLength(1);

      // Malformed filters are ignored rather than failing the page.
      expect(parseAuditFilter({ from: '10.03.2026', to: ['2026-03-10', 'x'], person: '  ', action: 'request.take' })).toEqual({ to: '2026-03-10', action: 'request.take' });
      await expect(listAuditLog({ id: clerk.id, role: 'CLERK' }, {})).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
});
