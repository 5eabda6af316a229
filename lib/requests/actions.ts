'use server';

import { revalidatePath } from 'next/cache';
import { citizenAction } from '@/lib/actions';
import { discardDraft, saveDraft } from '@/lib/requests/drafts';
import { ZRequestIdSchema, ZSaveDraftSchema } from '@/lib/requests/schemas';
import { submitRequest } from '@/lib/requests/submit';

export const saveDraftAction = citizenAction(ZSaveDraftSchema, async (data, { user }) => {
  const saved = await saveDraft(user, data);
  return { requestId: saved.requestId, savedAt: saved.savedAt.toISOString() };
});

export const discardDraftAction = citizenAction(ZRequestIdSchema, async ({ requestId }, { user }) => {
  await discardDraft(user, requestId);
  revalidatePath('/dashboard');
});

// No revalidatePath here: it would refresh the review page, which (no longer a draft) redirects
// away from the confirmation that shows the access code once. Personal-space pages are dynamic.
export const submitRequestAction = citizenAction(ZRequestIdSchema, async ({ requestId }, { user }) => submitRequest(user, requestId));
