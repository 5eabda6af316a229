/**
 * Department administration: the departments of the city hall, who belongs to each and which
 * services each handles. Administrators only; every change is one transaction with its audit row.
 *
 * Rules: a department is deleted only when nothing ever referred to it (no service, no request);
 * otherwise it is deactivated. A department that still handles active services cannot be
 * deactivated (their new requests would go to a closed department): its services are moved first.
 * A deactivated department keeps its members and its filed requests, is not offered to new staff
 * nor as a service's new department, and can be reactivated.
 */
import 'server-only';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import type { TCreateDepartment, TUpdateDepartment } from '@/lib/departments/schemas';
import { AppError } from '@/lib/errors';
import { DRAFT, OPEN_STATUSES } from '@/lib/requests/workflow';
import { slugFrom, uniqueSlug } from '@/lib/slug';
import { displayName } from '@/lib/accounts/display-name';

type TContext = { actor: TActor; request?: TRequestInfo };


/** Locks the department's row for the rest of the transaction, so that two changes of it queue. */
async function lockDepartment(tx: TTransaction, departmentId: string) {
  const rows = await tx.$queryRaw<{ id: string; slug: string; active: boolean }[]>`SELECT id, slug, active FROM "Department" WHERE id = ${departmentId} FOR UPDATE`;
  const department = rows[0];
  if (!department) throw new AppError('departments.notFound');
  return department;
}

/** Every department (inactive ones too), with its members, services and open requests counted in the same query. */
export async function listDepartmentsOverview(actor: TActor) {
  assertAdmin(actor);
  const rows = await db.department.findMany({
    select: {
      id: true,
      slug: true,
      nameRo: true,
      nameEn: true,
      active: true,
      _count: { select: { members: true, services: true, requests: { where: { status: { in: [...OPEN_STATUSES] } } } } },
    },
    orderBy: [{ active: 'desc' }, { nameRo: 'asc' }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, members: _count.members, services: _count.services, openRequests: _count.requests }));
}
export type TDepartmentOverview = Awaited<ReturnType<typeof listDepartmentsOverview>>[number];

/**
 * One department with its members and services, the active clerks who could join it, and the
 * active departments its services could move to; null when it does not exist.
 */
export async function getDepartmentDetail(actor: TActor, departmentId: string) {
  assertAdmin(actor);
  const department = await db.department.findUnique({
    where: { id: departmentId },
    select: {
      id: true,
      slug: true,
      nameRo: true,
      nameEn: true,
      email: true,
      phone: true,
      active: true,
      members: {
        select: {
          user: { select: { id: true, email: true, role: true, status: true, personProfile: { select: { firstName: true, lastName: true } }, _count: { select: { memberships: true } } } },
        },
        orderBy: [{ user: { personProfile: { lastName: 'asc' } } }, { user: { email: 'asc' } }],
      },
      services: { select: { id: true, slug: true, titleRo: true, titleEn: true, active: true }, orderBy: [{ titleRo: 'asc' }] },
      _count: { select: { requests: { where: { status: { in: [...OPEN_STATUSES] } } } } },
    },
  });
  if (!department) return null;
  const [candidates, targets] = await Promise.all([
    db.user.findMany({
      where: { role: 'CLERK', status: 'ACTIVE', memberships: { none: { departmentId } } },
      select: { id: true, email: true, personProfile: { select: { firstName: true, lastName: true } } },
      orderBy: [{ personProfile: { lastName: 'asc' } }, { email: 'asc' }],
    }),
    db.department.findMany({ where: { active: true, id: { not: departmentId } }, select: { id: true, nameRo: true, nameEn: true }, orderBy: { nameRo: 'asc' } }),
  ]);
  const { members, _count, ...rest } = department;
  return {
    ...rest,
    openRequests: _count.requests,
    members: members.map(({ user }) => ({ id: user.id, name: displayName(user), email: user.email, role: user.role, status: user.status, departments: user._count.memberships })),
    candidates: candidates.map((user) => ({ id: user.id, name: displayName(user), email: user.email })),
    targets,
  };
}
export type TDepartmentDetail = NonNullable<Awaited<ReturnType<typeof getDepartmentDetail>>>;

/** Creates a department; its slug comes from the Romanian name, without diacritics, made unique. */
export async function createDepartment(input: TCreateDepartment, { actor, request }: TContext): Promise<{ departmentId: string; slug: string }> {
  assertAdmin(actor);
  const base = slugFrom(input.nameRo);
  // A slug taken between the read and the insert (two administrators at once): the second try sees it.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const taken = await tx.department.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        const slug = uniqueSlug(base, new Set(taken.map((d) => d.slug)));
        const department = await tx.department.create({ data: { slug, nameRo: input.nameRo, nameEn: input.nameEn, email: input.email, phone: input.phone }, select: { id: true } });
        await writeAudit(
          {
            actorId: actor.id,
            action: 'department.create',
            entityType: 'Department',
            entityId: department.id,
            request,
            details: { slug, nameRo: { from: null, to: input.nameRo }, nameEn: { from: null, to: input.nameEn }, email: { from: null, to: input.email }, phone: { from: null, to: input.phone } },
          },
          tx,
        );
        return { departmentId: department.id, slug };
      });
    } catch (error) {
      if (attempt < 2 && isPrismaError(error, 'P2002')) continue;
      throw error;
    }
  }
}

/** Renames a department or changes its contacts; the audit row holds each changed value before → after. */
export async function updateDepartment(input: TUpdateDepartment, { actor, request }: TContext): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { slug } = await lockDepartment(tx, input.departmentId);
    const before = await tx.department.findUniqueOrThrow({ where: { id: input.departmentId }, select: { nameRo: true, nameEn: true, email: true, phone: true } });
    const after = { nameRo: input.nameRo, nameEn: input.nameEn, email: input.email, phone: input.phone };
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]).map((key) => [key, { from: before[key], to: after[key] }]),
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.department.update({ where: { id: input.departmentId }, data: after });
    await writeAudit({ actorId: actor.id, action: 'department.update', entityType: 'Department', entityId: input.departmentId, request, details: { slug, ...changes } }, tx);
    return { changed: true };
  });
}

/** Deactivates a department that no longer handles an active service (move them first). */
export async function deactivateDepartment(departmentId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const department = await lockDepartment(tx, departmentId);
    if (!department.active) throw new AppError('departments.alreadyInactive');
    const activeServices = await tx.service.count({ where: { departmentId, active: true } });
    if (activeServices > 0) throw new AppError('departments.hasActiveServices');
    await tx.department.update({ where: { id: departmentId }, data: { active: false } });
    await writeAudit({ actorId: actor.id, action: 'department.deactivate', entityType: 'Department', entityId: departmentId, request, details: { slug: department.slug, active: { from: true, to: false } } }, tx);
  });
}

export async function reactivateDepartment(departmentId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const department = await lockDepartment(tx, departmentId);
    if (department.active) throw new AppError('departments.alreadyActive');
    await tx.department.update({ where: { id: departmentId }, data: { active: true } });
    await writeAudit({ actorId: actor.id, action: 'department.reactivate', entityType: 'Department', entityId: departmentId, request, details: { slug: department.slug, active: { from: false, to: true } } }, tx);
  });
}

/** Clerks for whom `departmentId` is the only department (they would be left with none). */
async function soleMembers(tx: TTransaction, departmentId: string, userIds?: string[]) {
  return tx.user.findMany({
    where: {
      role: 'CLERK',
      ...(userIds ? { id: { in: userIds } } : {}),
      memberships: { some: { departmentId }, every: { departmentId } },
    },
    select: { id: true, email: true },
  });
}

/**
 * Deletes a department nothing ever referred to: no service (active or not) and no request (open,
 * closed or draft). A clerk for whom it is the only department must be given another one first.
 */
export async function deleteDepartment(departmentId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  try {
    await db.$transaction(async (tx) => {
      const department = await lockDepartment(tx, departmentId);
      const [services, requests] = await Promise.all([tx.service.count({ where: { departmentId } }), tx.serviceRequest.count({ where: { departmentId } })]);
      if (services > 0) throw new AppError('departments.hasServices');
      if (requests > 0) throw new AppError('departments.hasRequests');
      if ((await soleMembers(tx, departmentId)).length > 0) throw new AppError('departments.soleDepartmentOfMembers');
      const members = await tx.departmentMember.findMany({ where: { departmentId }, select: { user: { select: { email: true } } } });
      const full = await tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { nameRo: true, nameEn: true } });
      await tx.department.delete({ where: { id: departmentId } });
      await writeAudit(
        {
          actorId: actor.id,
          action: 'department.delete',
          entityType: 'Department',
          entityId: departmentId,
          request,
          details: { slug: department.slug, nameRo: { from: full.nameRo, to: null }, nameEn: { from: full.nameEn, to: null }, ...(members.length > 0 ? { members: members.map((m) => m.user.email).sort() } : {}) },
        },
        tx,
      );
    });
  } catch (error) {
    // A request or service filed against it while the delete ran: the foreign key refuses.
    if (isPrismaError(error, 'P2003')) throw new AppError('departments.hasRequests');
    throw error;
  }
}

/** Adds an active clerk to an active department. */
export async function addDepartmentMember(input: { departmentId: string; userId: string }, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const department = await lockDepartment(tx, input.departmentId);
    if (!department.active) throw new AppError('departments.inactive');
    const clerk = await tx.user.findFirst({ where: { id: input.userId, role: 'CLERK', status: 'ACTIVE' }, select: { id: true, email: true } });
    if (!clerk) throw new AppError('departments.unknownClerk', { field: 'userId' });
    const created = await tx.departmentMember.createMany({ data: [{ departmentId: input.departmentId, userId: clerk.id }], skipDuplicates: true });
    if (created.count === 0) throw new AppError('departments.alreadyMember', { field: 'userId' });
    await writeAudit(
      { actorId: actor.id, action: 'department.addMember', entityType: 'Department', entityId: input.departmentId, request, details: { slug: department.slug, member: clerk.email } },
      tx,
    );
  });
}

/**
 * Removes a member. A clerk keeps at least one department (the same rule as the staff forms): the
 * last one cannot be removed here. Their open requests of this department go back to its queue.
 */
export async function removeDepartmentMember(input: { departmentId: string; userId: string }, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const department = await lockDepartment(tx, input.departmentId);
    // The member's row too: two removals of the same clerk from two departments must not both pass the rule.
    const locked = await tx.$queryRaw<{ id: string; email: string; role: string }[]>`SELECT id, email, role::text FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    const user = locked[0];
    const membership = user ? await tx.departmentMember.findUnique({ where: { departmentId_userId: { departmentId: input.departmentId, userId: user.id } }, select: { userId: true } }) : null;
    if (!user || !membership) throw new AppError('departments.notMember');
    if (user.role === 'CLERK' && (await soleMembers(tx, input.departmentId, [user.id])).length > 0) throw new AppError('departments.lastDepartment');
    await tx.departmentMember.delete({ where: { departmentId_userId: { departmentId: input.departmentId, userId: user.id } } });
    const open = await tx.serviceRequest.findMany({
      where: { assigneeId: user.id, departmentId: input.departmentId, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, registrationNumber: true },
    });
    if (open.length > 0 && user.role === 'CLERK') {
      // The version moves too: a page rendered while the request was still assigned is stale.
      await tx.serviceRequest.updateMany({ where: { id: { in: open.map((r) => r.id) }, assigneeId: user.id }, data: { assigneeId: null, version: { increment: 1 } } });
    }
    const unassigned = user.role === 'CLERK' ? open.map((r) => r.registrationNumber ?? r.id) : [];
    await writeAudit(
      {
        actorId: actor.id,
        action: 'department.removeMember',
        entityType: 'Department',
        entityId: input.departmentId,
        request,
        details: { slug: department.slug, member: user.email, ...(unassigned.length > 0 ? { unassignedRequests: unassigned } : {}) },
      },
      tx,
    );
  });
}

/**
 * Moves a service to another active department: its new submissions, and drafts not submitted yet,
 * go to the new department; requests already filed stay with the department they were filed to.
 */
export async function moveService(input: { serviceId: string; departmentId: string }, { actor, request }: TContext): Promise<{ draftsMoved: number }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: input.serviceId }, select: { id: true, slug: true, departmentId: true, department: { select: { slug: true } } } });
    if (!service) throw new AppError('departments.serviceNotFound');
    if (service.departmentId === input.departmentId) throw new AppError('departments.sameDepartment', { field: 'departmentId' });
    // Both departments locked in a fixed order: a concurrent deactivation of the target waits, then sees the service.
    const [first, second] = [service.departmentId, input.departmentId].sort() as [string, string];
    const locked = new Map([await lockDepartment(tx, first), await lockDepartment(tx, second)].map((d) => [d.id, d]));
    const target = locked.get(input.departmentId)!;
    if (!target.active) throw new AppError('departments.inactive', { field: 'departmentId' });
    // Conditional on the department read above: of two moves at once, the later one sees it changed.
    const updated = await tx.service.updateMany({ where: { id: service.id, departmentId: service.departmentId }, data: { departmentId: target.id } });
    if (updated.count !== 1) throw new AppError('departments.serviceNotFound');
    const drafts = await tx.serviceRequest.updateMany({ where: { status: DRAFT, serviceVersion: { serviceId: service.id } }, data: { departmentId: target.id } });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'service.move',
        entityType: 'Service',
        entityId: service.id,
        request,
        details: { slug: service.slug, department: { from: service.department.slug, to: target.slug }, ...(drafts.count > 0 ? { draftsMoved: drafts.count } : {}) },
      },
      tx,
    );
    return { draftsMoved: drafts.count };
  });
}
