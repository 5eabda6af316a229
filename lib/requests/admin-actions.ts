'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions';
import { confirmUpload, removeUpload, startStaffUpload } from '@/lib/documents/uploads';
import { ZDocumentIdSchema } from '@/lib/requests/schemas';
import {
  addInternalNote,
  approveRequest,
  assignRequest,
  confirmPayment,
  extendDeadline,
  messageApplicant,
  rejectPayment,
  rejectRequest,
  requestFee,
  requestInfo,
  revealIdNumber,
  takeRequest,
  type TStaffContext,
} from '@/lib/requests/staff-actions';
import {
  ZApproveSchema,
  ZAssignSchema,
  ZConfirmPaymentSchema,
  ZExtendSchema,
  ZMessageSchema,
  ZNoteSchema,
  ZRejectPaymentSchema,
  ZRejectSchema,
  ZRequestFeeSchema,
  ZRequestInfoSchema,
  ZRevealSchema,
  ZStaffUploadSchema,
  ZTakeSchema,
} from '@/lib/requests/staff-schemas';
import type { z } from 'zod';

/** A staff action on a request: the wrapper checks the role and parses; the domain checks the department and version. */
function requestAction<TSchema extends z.ZodType<{ requestId: string }>>(schema: TSchema, run: (ctx: TStaffContext, data: z.output<TSchema>) => Promise<{ version: number }>) {
  return staffAction(schema, async (data, ctx) => {
    const result = await run(ctx, data);
    revalidatePath(`/admin/requests/${data.requestId}`);
    return result;
  });
}

export const takeAction = requestAction(ZTakeSchema, takeRequest);
export const assignAction = requestAction(ZAssignSchema, assignRequest);
export const noteAction = requestAction(ZNoteSchema, addInternalNote);
export const messageAction = requestAction(ZMessageSchema, messageApplicant);
export const requestInfoAction = requestAction(ZRequestInfoSchema, requestInfo);
export const requestFeeAction = requestAction(ZRequestFeeSchema, requestFee);
export const confirmPaymentAction = requestAction(ZConfirmPaymentSchema, confirmPayment);
export const rejectPaymentAction = requestAction(ZRejectPaymentSchema, rejectPayment);
export const approveAction = requestAction(ZApproveSchema, approveRequest);
export const rejectAction = requestAction(ZRejectSchema, rejectRequest);
export const extendAction = requestAction(ZExtendSchema, extendDeadline);

export const revealIdNumberAction = staffAction(ZRevealSchema, async ({ requestId, field }, ctx) => revealIdNumber(ctx, requestId, field));

export const startStaffUploadAction = staffAction(ZStaffUploadSchema, async (data, { user }) => startStaffUpload(user, data));
export const confirmStaffUploadAction = staffAction(ZDocumentIdSchema, async ({ documentId }, { user }) => confirmUpload(user, documentId));
export const removeStaffUploadAction = staffAction(ZDocumentIdSchema, async ({ documentId }, { user }) => {
  await removeUpload(user, documentId);
});
