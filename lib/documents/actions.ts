'use server';

import { citizenAction, staffAction } from '@/lib/actions';
import { ZDocumentIdSchema, ZStaffUploadSchema, ZStartUploadSchema } from '@/lib/documents/schemas';
import { confirmUpload, removeUpload, startStaffUpload, startUpload } from '@/lib/documents/uploads';

// The applicant's uploads: the form's documents, a proof of payment, a message's attachments.
export const startUploadAction = citizenAction(ZStartUploadSchema, async (data, { user }) => startUpload(user, data));
export const confirmUploadAction = citizenAction(ZDocumentIdSchema, async ({ documentId }, { user }) => confirmUpload(user, documentId));
export const removeUploadAction = citizenAction(ZDocumentIdSchema, async ({ documentId }, { user }) => {
  await removeUpload(user, documentId);
});

// Staff uploads: the answer's documents and a message's attachments, on requests of their departments.
export const startStaffUploadAction = staffAction(ZStaffUploadSchema, async (data, { user }) => startStaffUpload(user, data));
export const confirmStaffUploadAction = staffAction(ZDocumentIdSchema, async ({ documentId }, { user }) => confirmUpload(user, documentId));
export const removeStaffUploadAction = staffAction(ZDocumentIdSchema, async ({ documentId }, { user }) => {
  await removeUpload(user, documentId);
});
