/**
 * Who in the city hall works with money: the administrators, and the clerks of the tax department
 * (the treasury's counterpart in the portal). Checked next to the data by every payment and tax
 * function staff call (/admin/payments, refunds, reconciliation, tax imports), not only by pages.
 */
import 'server-only';
import type { TActor } from '@/lib/auth/assert-admin';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The department whose clerks see payments and import the tax office's files (prisma/seed/index.ts). */
export const TAX_DEPARTMENT_SLUG = 'taxe-impozite';

export async function canManagePayments(actor: TActor): Promise<boolean> {
  if (actor.role === 'ADMIN') return true;
  if (actor.role !== 'CLERK') return false;
  const membership = await db.departmentMember.findFirst({
    where: { userId: actor.id, department: { slug: TAX_DEPARTMENT_SLUG, active: true }, user: { status: 'ACTIVE', deletedAt: null } },
    select: { userId: true },
  });
  return membership !== null;
}

/** Refuses anyone who may not work with payments ("forbidden"). */
export async function assertPaymentsStaff(actor: TActor): Promise<void> {
  if (!(await canManagePayments(actor))) throw new AppError('forbidden');
}
