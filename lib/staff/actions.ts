'use server';

import { adminAction, publicAction } from '@/lib/actions';
import { acceptInvite } from '@/lib/staff/invite';
import { ZAcceptInviteSchema, ZCreateStaffSchema, ZStaffIdSchema, ZUpdateStaffSchema } from '@/lib/staff/schemas';
import { createStaff, disableStaff, enableStaff, resendInvite, updateStaff } from '@/lib/staff/staff';

export const createStaffAction = adminAction(ZCreateStaffSchema, async (data, { user, request }) => createStaff(data, { actor: user, request }));

export const updateStaffAction = adminAction(ZUpdateStaffSchema, async (data, { user, request }) => updateStaff(data, { actor: user, request }));

export const disableStaffAction = adminAction(ZStaffIdSchema, async ({ userId }, { user, request }) => disableStaff(userId, { actor: user, request }));

export const enableStaffAction = adminAction(ZStaffIdSchema, async ({ userId }, { user, request }) => enableStaff(userId, { actor: user, request }));

export const resendInviteAction = adminAction(ZStaffIdSchema, async ({ userId }, { user, request }) => resendInvite(userId, { actor: user, request }));

/** The invitee, not signed in yet, proves who they are with the emailed token. */
export const acceptInviteAction = publicAction(ZAcceptInviteSchema, async (data, { request }) => {
  await acceptInvite(data, { request });
});
