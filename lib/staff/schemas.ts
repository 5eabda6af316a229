/**
 * Inputs of staff administration and of the invitation page: one zod schema each, used by the
 * forms in the browser and parsed again by the server actions. Errors are message keys
 * (`validation.*`, or `errors.staff.*` for the ones of this domain).
 */
import { z } from 'zod';
import { zEmail, zName, ZResetPasswordSchema } from '@/lib/accounts/schemas';

export const STAFF_ROLES = ['CLERK', 'ADMIN'] as const;
export type TStaffRole = (typeof STAFF_ROLES)[number];

const zId = z.string().min(1).max(40);

const zRole = z.enum(STAFF_ROLES, { error: 'staff.roleRequired' });

const zDepartmentIds = z.array(zId).max(50);

/** A clerk sees only the requests of their departments, so a clerk without one could do nothing. */
function refineDepartments(value: { role: TStaffRole; departmentIds: string[] }, ctx: z.RefinementCtx) {
  if (value.role === 'CLERK' && value.departmentIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['departmentIds'], message: 'staff.departmentsRequired' });
  }
}

export const ZCreateStaffSchema = z
  .object({
    firstName: zName('firstName'),
    lastName: zName('lastName'),
    email: zEmail(),
    role: zRole,
    departmentIds: zDepartmentIds,
  })
  .strict()
  .superRefine(refineDepartments);
export type TCreateStaffInput = z.input<typeof ZCreateStaffSchema>;
export type TCreateStaff = z.output<typeof ZCreateStaffSchema>;

export const ZUpdateStaffSchema = z.object({ userId: zId, role: zRole, departmentIds: zDepartmentIds }).strict().superRefine(refineDepartments);
export type TUpdateStaff = z.infer<typeof ZUpdateStaffSchema>;

export const ZStaffIdSchema = z.object({ userId: zId }).strict();

/** Setting the password from the invitation: the same input as a password reset. */
export const ZAcceptInviteSchema = ZResetPasswordSchema;
export type TAcceptInvite = z.infer<typeof ZAcceptInviteSchema>;
