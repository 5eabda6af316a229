'use server';

import { citizenAction } from '@/lib/actions';
import { confirmUpload, removeUpload, startUpload } from '@/lib/documents/uploads';
import { ZDocumentIdSchema, ZStartUploadSchema } from '@/lib/requests/schemas';

export const startUploadAction = citizenAction(ZStartUploadSchema, async (data, { user }) => startUpload(user, data));

export const confirmUploadAction = citizenAction(ZDocumentIdSchema, async ({ documentId }, { user }) => confirmUpload(user, documentId));

export const removeUploadAction = citizenAction(ZDocumentIdSchema, async ({ documentId }, { user }) => {
  await removeUpload(user, documentId);
});
