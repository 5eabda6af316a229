/**
 * Which requests a member of staff may see and act on: an administrator every filed request, a
 * clerk those of their departments. Every back-office query and action starts from this scope, so a
 * request of another department is "not found" — in pages, actions, downloads and route handlers.
 */
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type TStaff = Pick<TSessionUser, 'id' | 'role'>;

/** The departments a clerk belongs to (an administrator: null, meaning all). */
export async function staffDepartmentIds(user: TStaff): Promise<string[] | null> {
  if (user.role === 'ADMIN') return null;
  if (user.role !== 'CLERK') return [];
  const memberships = await db.departmentMember.findMany({ where: { userId: user.id }, select: { departmentId: true } });
  return memberships.map((m) => m.departmentId);
}

/** The Prisma filter of the requests this member of staff may see (never drafts). */
export async function staffRequestScope(user: TStaff): Promise<Prisma.ServiceRequestWhereInput> {
  const departments = await staffDepartmentIds(user);
  return departments === null ? { status: { not: 'DRAFT' } } : { status: { not: 'DRAFT' }, departmentId: { in: departments } };
}

/** Whether the member of staff may see requests of this department. */
export async function canSeeDepartment(user: TStaff, departmentId: string): Promise<boolean> {
  const departments = await staffDepartmentIds(user);
  return departments === null || departments.includes(departmentId);
}
