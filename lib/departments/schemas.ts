/**
 * Inputs of department administration: one zod schema each, used by the forms in the browser and
 * parsed again by the server actions. Errors are message keys (`validation.*`, `errors.departments.*`).
 */
import { z } from 'zod';
import { zEmail } from '@/lib/accounts/schemas';
import { zPhone } from '@/lib/accounts/validation';

const zId = z.string().min(1).max(40);

const zDepartmentName = z.string({ error: 'departments.nameRequired' }).trim().min(2, 'departments.nameRequired').max(120, 'departments.nameTooLong');

/** An optional field: an empty box is "none" (null), anything else must be valid. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable()) as unknown as z.ZodType<z.output<T> | null, string>;

const departmentFields = {
  nameRo: zDepartmentName,
  nameEn: zDepartmentName,
  email: optional(zEmail()),
  phone: optional(zPhone()),
};

export const ZCreateDepartmentSchema = z.object(departmentFields).strict();
export type TCreateDepartmentInput = z.input<typeof ZCreateDepartmentSchema>;
export type TCreateDepartment = z.output<typeof ZCreateDepartmentSchema>;

/** Renaming and contacts; the slug stays (links and the audit log name the department by it). */
export const ZUpdateDepartmentSchema = z.object({ departmentId: zId, ...departmentFields }).strict();
export type TUpdateDepartmentInput = z.input<typeof ZUpdateDepartmentSchema>;
export type TUpdateDepartment = z.output<typeof ZUpdateDepartmentSchema>;

export const ZDepartmentIdSchema = z.object({ departmentId: zId }).strict();

export const ZDepartmentMemberSchema = z.object({ departmentId: zId, userId: z.string({ error: 'departments.clerkRequired' }).min(1, 'departments.clerkRequired').max(40) }).strict();
export type TDepartmentMemberInput = z.input<typeof ZDepartmentMemberSchema>;

export const ZMoveServiceSchema = z
  .object({ serviceId: zId, departmentId: z.string({ error: 'departments.targetRequired' }).min(1, 'departments.targetRequired').max(40) })
  .strict();
export type TMoveServiceInput = z.input<typeof ZMoveServiceSchema>;
