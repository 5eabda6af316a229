'use server';

import { adminAction, type TActionResult } from '@/lib/actions';
import { discardWorkingCopy, publishServiceForm, saveWorkingCopy } from '@/lib/services/admin/form';
import { ZSaveWorkingCopySchema, ZServiceFormRevisionSchema, type TServiceFormRevisionInput } from '@/lib/services/admin/form-schemas';

export const saveWorkingCopyAction = adminAction(ZSaveWorkingCopySchema, async (data, { user, request }) => saveWorkingCopy(data, { actor: user, request }));

const publish = adminAction(ZServiceFormRevisionSchema, async (data, { user, request }) => publishServiceForm(data, { actor: user, request }));

/**
 * Publishes the working copy. An invalid definition is refused with its errors at the builder's
 * paths (`fieldErrors`, message keys of `serviceBuilder.errors`), like any form's field errors.
 */
export async function publishServiceFormAction(input: TServiceFormRevisionInput): Promise<TActionResult<{ status: 'published'; version: number; revision: number } | { status: 'stale'; revision: number }>> {
  const result = await publish(input);
  if (!result.ok) return result;
  const data = result.data;
  if (data.status === 'invalid') return { ok: false, formError: 'serviceBuilder.invalidDefinition', fieldErrors: data.errors };
  return { ok: true, data: data.status === 'published' ? { status: 'published', version: data.version, revision: data.revision } : { status: 'stale', revision: data.revision } };
}

export const discardWorkingCopyAction = adminAction(ZServiceFormRevisionSchema, async (data, { user, request }) => discardWorkingCopy(data, { actor: user, request }));

