'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions';
import { ZSaveTemplateSchema } from '@/lib/templates/schemas';
import { saveTemplate } from '@/lib/templates/templates';

/** A new version of a service's answer template (administrators only; audited). */
export const saveAnswerTemplateAction = adminAction(ZSaveTemplateSchema, async (data, { user, request }) => {
  const result = await saveTemplate(data, { actor: user, request });
  revalidatePath(`/admin/services/${data.serviceId}/templates`);
  return result;
});
