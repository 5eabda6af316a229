'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { staffAction } from '@/lib/actions';
import { revealIdNumber, STAFF_COMMANDS, type TStaffContext } from '@/lib/requests/commands/staff';
import { ZRevealSchema } from '@/lib/requests/schemas/staff';

type TCommand<TSchema extends z.ZodType<{ requestId: string }>> = { schema: TSchema; run: (ctx: TStaffContext, data: z.output<TSchema>) => Promise<{ version: number }> };

/** A staff command as a server action: the wrapper checks the role and parses; the command checks the department and version. */
function requestAction<TSchema extends z.ZodType<{ requestId: string }>>({ schema, run }: TCommand<TSchema>) {
  return staffAction(schema, async (data, ctx) => {
    const result = await run(ctx, data);
    revalidatePath(`/admin/requests/${data.requestId}`);
    return result;
  });
}

export const takeAction = requestAction(STAFF_COMMANDS.take);
export const assignAction = requestAction(STAFF_COMMANDS.assign);
export const noteAction = requestAction(STAFF_COMMANDS.note);
export const messageAction = requestAction(STAFF_COMMANDS.message);
export const requestInfoAction = requestAction(STAFF_COMMANDS.requestInfo);
export const requestFeeAction = requestAction(STAFF_COMMANDS.requestFee);
export const confirmPaymentAction = requestAction(STAFF_COMMANDS.confirmPayment);
export const rejectPaymentAction = requestAction(STAFF_COMMANDS.rejectPayment);
export const approveAction = requestAction(STAFF_COMMANDS.approve);
export const rejectAction = requestAction(STAFF_COMMANDS.reject);
export const extendAction = requestAction(STAFF_COMMANDS.extend);

export const revealIdNumberAction = staffAction(ZRevealSchema, async ({ requestId, field }, ctx) => revealIdNumber(ctx, requestId, field));
