'use server';

import { staffAction } from '@/lib/actions';
import { previewAnswer } from '@/lib/templates/preview';
import { ZPreviewAnswerSchema } from '@/lib/templates/schemas';

/**
 * The document a decision would issue, previewed by the clerk: staff only, the request within the
 * clerk's departments (else "not found"). Not audited: it changes nothing.
 */
export const previewAnswerDocumentAction = staffAction(ZPreviewAnswerSchema, async (data, { user }) => previewAnswer(user, data));
