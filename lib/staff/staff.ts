/**
 * Staff administration: the accounts of clerks and administrators, their departments, invitations,
 * disabling and re-enabling. Administrators only; every change is one transaction with its audit row.
 */
import 'server-only';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import { createToken } from '@/lib/accounts/tokens';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_STATUSES } from '@/lib/requests/workflow';
import { renderStaffEmail } from '@/lib/staff/emails';
import { STAFF_ROLES, type TCreateStaff, type TStaffRole, type TUpdateStaff } from '@/lib/staff/schemas';

type TContext = { actor: TActor; request?: TRequestInfo };

const STAFF_WHERE = { role: { in: [...STAFF_ROLES] } } satisfies Prisma.UserWhereInput;


const staffSelect = {
  id: true,
  email: true,
  role: true,
  status: true,
  lastLoginAt: true,
  createdAt: true,
  personProfile: { select: { firstName: true, lastName: true } },
  memberships: { select: { departmentId: true, department: { select: { nameRo: true, nameEn: true } } }, orderBy: { department: { nameRo: 'asc' } } },
} satisfies Prisma.UserSelect;

type TStaffRow = Prisma.UserGetPayload<{ select: typeof staffSelect }>;

function toStaffMember(row: TStaffRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role as TStaffRole,
    status: row.status,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    firstName: row.personProfile?.firstName ?? '',
    lastName: row.personProfile?.lastName ?? '',
    departments: row.memberships.map((m) => ({ id: m.departmentId, nameRo: m.department.nameRo, nameEn: m.department.nameEn })),
  };
}
export type TStaffMember = ReturnType<typeof toStaffMember>;

/** Every clerk and administrator (disabled ones too), by name. */
export async function listStaff(actor: TActor): Promise<TStaffMember[]> {
  assertAdmin(actor);
  const rows = await db.user.findMany({
    where: STAFF_WHERE,
    select: staffSelect,
    orderBy: [{ personProfile: { lastName: 'asc' } }, { personProfile: { firstName: 'asc' } }, { email: 'asc' }],
  });
  return rows.map(toStaffMember);
}

/** One member of staff, or null (citizens are not staff: a citizen's id finds nothing). */
export async function getStaffMember(actor: TActor, userId: string): Promise<TStaffMember | null> {
  assertAdmin(actor);
  const row = await db.user.findFirst({ where: { id: userId, ...STAFF_WHERE }, select: staffSelect });
  return row ? toStaffMember(row) : null;
}

/** The departments staff can be members of (for the administrator's forms). */
export async function listDepartments(actor: TActor) {
  assertAdmin(actor);
  return db.department.findMany({ where: { active: true }, select: { id: true, slug: true, nameRo: true, nameEn: true }, orderBy: { nameRo: 'asc' } });
}

/** Checks the chosen departments exist; `allowed` (current memberships) may be inactive ones. */
async function departmentSlugs(tx: TTransaction, ids: string[], allowed: string[] = []) {
  const unique = [...new Set(ids)];
  const rows = await tx.department.findMany({ where: { id: { in: unique }, OR: [{ active: true }, { id: { in: allowed } }] }, select: { id: true, slug: true } });
  if (rows.length !== unique.length) throw new AppError('staff.unknownDepartment', { field: 'departmentIds' });
  return new Map(rows.map((r) => [r.id, r.slug]));
}

/** Open requests assigned to the user go back to the department's queue (those outside `keepDepartments` when given). */
async function unassignOpenRequests(tx: TTransaction, userId: string, keepDepartments?: string[]) {
  const where: Prisma.ServiceRequestWhereInput = {
    assigneeId: userId,
    status: { in: [...OPEN_STATUSES] },
    ...(keepDepartments ? { departmentId: { notIn: keepDepartments } } : {}),
  };
  const requests = await tx.serviceRequest.findMany({ where, select: { id: true, registrationNumber: true } });
  if (requests.length === 0) return [];
  // The version moves too: a page rendered while the request was still assigned is stale.
  await tx.serviceRequest.updateMany({ where: { id: { in: requests.map((r) => r.id) }, assigneeId: userId }, data: { assigneeId: null, version: { increment: 1 } } });
  return requests.map((r) => r.registrationNumber ?? r.id);
}


/**
 * Creates a clerk or administrator account without a password and emails them an invitation
 * (7-day single-use link) to set it; the account becomes active when they do.
 */
export async function createStaff(input: TCreateStaff, { actor, request }: TContext): Promise<{ userId: string }> {
  assertAdmin(actor);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError('staff.emailTaken', { field: 'email' });
  try {
    const { userId, emailId } = await db.$transaction(async (tx) => {
      const slugs = await departmentSlugs(tx, input.departmentIds);
      const user = await tx.user.create({
        data: {
          email: input.email,
          role: input.role,
          accountType: 'STAFF',
          status: 'PENDING_ACTIVATION',
          personProfile: { create: { firstName: input.firstName, lastName: input.lastName } },
          memberships: { create: [...slugs.keys()].map((departmentId) => ({ departmentId })) },
        },
        select: { id: true, locale: true },
      });
      const token = await createToken({ userId: user.id, purpose: 'INVITE', tx });
      const rendered = await renderStaffEmail({ kind: 'invite', locale: user.locale, name: `${input.firstName} ${input.lastName}`, email: input.email, role: input.role, token });
      const emailId = await queueEmail({ ...rendered, to: input.email }, tx);
      await writeAudit(
        {
          actorId: actor.id,
          action: 'staff.create',
          entityType: 'User',
          entityId: user.id,
          request,
          details: { email: input.email, name: `${input.firstName} ${input.lastName}`, role: input.role, departments: [...slugs.values()].sort() },
        },
        tx,
      );
      return { userId: user.id, emailId };
    });
    await dispatchEmails([emailId]);
    return { userId };
  } catch (error) {
    if (isPrismaError(error, 'P2002')) throw new AppError('staff.emailTaken', { field: 'email' });
    throw error;
  }
}

/**
 * Changes the role and departments of a member of staff. A role change ends their sessions (the
 * role travels in the session cookie); open requests of departments they leave are unassigned.
 */
export async function updateStaff(input: TUpdateStaff, { actor, request }: TContext): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (input.userId === actor.id && input.role !== 'ADMIN') throw new AppError('staff.selfDemote', { field: 'role' });
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: input.userId, ...STAFF_WHERE },
      select: { id: true, role: true, memberships: { select: { departmentId: true, department: { select: { slug: true } } } } },
    });
    if (!user) throw new AppError('staff.notFound');
    const current = new Map(user.memberships.map((m) => [m.departmentId, m.department.slug]));
    const slugs = await departmentSlugs(tx, input.departmentIds, [...current.keys()]);
    const added = [...slugs.keys()].filter((id) => !current.has(id));
    const removed = [...current.keys()].filter((id) => !slugs.has(id));
    const roleChanged = user.role !== input.role;
    if (!roleChanged && added.length === 0 && removed.length === 0) return { changed: false };

    if (roleChanged) await tx.user.update({ where: { id: user.id }, data: { role: input.role, sessionVersion: { increment: 1 } } });
    if (removed.length > 0) await tx.departmentMember.deleteMany({ where: { userId: user.id, departmentId: { in: removed } } });
    if (added.length > 0) await tx.departmentMember.createMany({ data: added.map((departmentId) => ({ userId: user.id, departmentId })), skipDuplicates: true });
    // An administrator sees every department; a clerk keeps only the requests they can still see.
    const unassigned = input.role === 'CLERK' ? await unassignOpenRequests(tx, user.id, [...slugs.keys()]) : [];

    await writeAudit(
      {
        actorId: actor.id,
        action: 'staff.update',
        entityType: 'User',
        entityId: user.id,
        request,
        details: {
          ...(roleChanged ? { role: { from: user.role, to: input.role } } : {}),
          ...(added.length > 0 ? { departmentsAdded: added.map((id) => slugs.get(id) as string).sort() } : {}),
          ...(removed.length > 0 ? { departmentsRemoved: removed.map((id) => current.get(id) as string).sort() } : {}),
          ...(unassigned.length > 0 ? { unassignedRequests: unassigned } : {}),
        },
      },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Disables an account: its sessions end at once (session version), its unused emailed links stop
 * working, and its open requests go back to their department's queue.
 */
export async function disableStaff(userId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  if (userId === actor.id) throw new AppError('staff.selfDisable');
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, ...STAFF_WHERE }, select: { id: true, status: true } });
    if (!user) throw new AppError('staff.notFound');
    if (user.status === 'DISABLED') throw new AppError('staff.alreadyDisabled');
    // Conditional on the status read above: of two administrators disabling at once, one writes.
    const updated = await tx.user.updateMany({ where: { id: user.id, status: user.status }, data: { status: 'DISABLED', sessionVersion: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError('staff.alreadyDisabled');
    await tx.verificationToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
    const unassigned = await unassignOpenRequests(tx, user.id);
    await writeAudit(
      {
        actorId: actor.id,
        action: 'staff.disable',
        entityType: 'User',
        entityId: user.id,
        request,
        details: { previousStatus: user.status, ...(unassigned.length > 0 ? { unassignedRequests: unassigned } : {}) },
      },
      tx,
    );
  });
}

/**
 * Re-enables a disabled account: active again if it has a password, otherwise pending (the
 * administrator sends a new invitation).
 */
export async function enableStaff(userId: string, { actor, request }: TContext): Promise<{ status: 'ACTIVE' | 'PENDING_ACTIVATION' }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, ...STAFF_WHERE }, select: { id: true, status: true, passwordHash: true } });
    if (!user) throw new AppError('staff.notFound');
    if (user.status !== 'DISABLED') throw new AppError('staff.notDisabled');
    const status = user.passwordHash ? 'ACTIVE' : 'PENDING_ACTIVATION';
    const updated = await tx.user.updateMany({ where: { id: user.id, status: 'DISABLED' }, data: { status } });
    if (updated.count !== 1) throw new AppError('staff.notDisabled');
    await writeAudit({ actorId: actor.id, action: 'staff.enable', entityType: 'User', entityId: user.id, request, details: { status } }, tx);
    return { status };
  });
}

/** A new invitation link for an account whose owner has not set a password yet (the older link stops working). */
export async function resendInvite(userId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  const emailId = await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, ...STAFF_WHERE },
      select: { id: true, email: true, role: true, status: true, locale: true, personProfile: { select: { firstName: true, lastName: true } } },
    });
    if (!user) throw new AppError('staff.notFound');
    if (user.status !== 'PENDING_ACTIVATION') throw new AppError('staff.notPending');
    const token = await createToken({ userId: user.id, purpose: 'INVITE', tx });
    const name = user.personProfile ? `${user.personProfile.firstName} ${user.personProfile.lastName}` : user.email;
    const rendered = await renderStaffEmail({ kind: 'invite', locale: user.locale, name, email: user.email, role: user.role as TStaffRole, token });
    const id = await queueEmail({ ...rendered, to: user.email }, tx);
    await writeAudit({ actorId: actor.id, action: 'staff.resendInvite', entityType: 'User', entityId: user.id, request, details: { email: user.email } }, tx);
    return id;
  });
  await dispatchEmails([emailId]);
}
