'use server';

import { adminAction } from '@/lib/actions';
import {
  addDepartmentMember,
  createDepartment,
  deactivateDepartment,
  deleteDepartment,
  moveService,
  reactivateDepartment,
  removeDepartmentMember,
  updateDepartment,
} from '@/lib/departments/departments';
import { ZCreateDepartmentSchema, ZDepartmentIdSchema, ZDepartmentMemberSchema, ZMoveServiceSchema, ZUpdateDepartmentSchema } from '@/lib/departments/schemas';

export const createDepartmentAction = adminAction(ZCreateDepartmentSchema, async (data, { user, request }) => createDepartment(data, { actor: user, request }));

export const updateDepartmentAction = adminAction(ZUpdateDepartmentSchema, async (data, { user, request }) => updateDepartment(data, { actor: user, request }));

export const deactivateDepartmentAction = adminAction(ZDepartmentIdSchema, async ({ departmentId }, { user, request }) => deactivateDepartment(departmentId, { actor: user, request }));

export const reactivateDepartmentAction = adminAction(ZDepartmentIdSchema, async ({ departmentId }, { user, request }) => reactivateDepartment(departmentId, { actor: user, request }));

export const deleteDepartmentAction = adminAction(ZDepartmentIdSchema, async ({ departmentId }, { user, request }) => deleteDepartment(departmentId, { actor: user, request }));

export const addDepartmentMemberAction = adminAction(ZDepartmentMemberSchema, async (data, { user, request }) => addDepartmentMember(data, { actor: user, request }));

export const removeDepartmentMemberAction = adminAction(ZDepartmentMemberSchema, async (data, { user, request }) => removeDepartmentMember(data, { actor: user, request }));

export const moveServiceAction = adminAction(ZMoveServiceSchema, async (data, { user, request }) => moveService(data, { actor: user, request }));
