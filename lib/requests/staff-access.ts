/**
 * Which requests a member of staff may see and act on: an administrator every filed request, a
 * clerk those of their departments. Every back-office query, action, download and route handler
 * starts from this one scope — as a Prisma filter or as SQL, from the same department list — so a
 * request of another department is "not found", never fetched and checked afterwards.
 */
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { RequestStatus } from '@/lib/generated/prisma/enums';
import { DRAFT, FILED } from '@/lib/requests/workflow';

type TStaff = Pick<TSessionUser, 'id' | 'role'>;

export type TStaffScope = {
  /** The departments a clerk belongs to; null for an administrator (every department). Empty: nothing. */
  departmentIds: readonly string[] | null;
  /** The Prisma filter of the filed requests in scope. */
  where: Prisma.ServiceRequestWhereInput;
  /**
   * The same filter as SQL on the request table aliased `r`; null when nothing can be in scope (a
   * clerk of no department, or not staff: `IN ()` is not valid SQL either).
   */
  sql: Prisma.Sql | null;
};

/**
 * Statuses as SQL literals (`'SUBMITTED', 'IN_REVIEW'`), for `status IN (…)`: the planner matches the
 * partial indexes on statuses only with literals, not parameters. Only the enum's own values are
 * pasted (checked again), never anything a user typed.
 */
export function statusLiterals(statuses: readonly RequestStatus[]): Prisma.Sql {
  const known = Object.values(RequestStatus) as string[];
  if (statuses.length === 0 || !statuses.every((s) => known.includes(s))) throw new Error('statusLiterals: unexpected status');
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(', '));
}

/** The departments a clerk belongs to (an administrator: null, meaning all). */
async function departmentIdsOf(user: TStaff): Promise<string[] | null> {
  if (user.role === 'ADMIN') return null;
  if (user.role !== 'CLERK') return [];
  const memberships = await db.departmentMember.findMany({ where: { userId: user.id }, select: { departmentId: true } });
  return memberships.map((m) => m.departmentId);
}

/** The requests this member of staff may see (read once per call: a membership change applies at once). */
export async function staffScope(user: TStaff): Promise<TStaffScope> {
  const departmentIds = await departmentIdsOf(user);
  const filed = Prisma.sql`r.status <> ${statusLiterals([DRAFT])}`;
  if (departmentIds === null) return { departmentIds, where: { status: FILED }, sql: filed };
  return {
    departmentIds,
    where: { status: FILED, departmentId: { in: departmentIds } },
    sql: departmentIds.length === 0 ? null : Prisma.sql`${filed} AND r."departmentId" IN (${Prisma.join(departmentIds)})`,
  };
}
