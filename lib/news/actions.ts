'use server';

import { adminAction } from '@/lib/actions';
import { createNews, deleteNews, publishNews, scheduleNews, unpublishNews, updateNews } from '@/lib/news/admin';
import { confirmNewsImage, removeNewsImage, startNewsImageUpload } from '@/lib/news/images';
import { ZConfirmNewsImageSchema, ZCreateNewsSchema, ZNewsPostRefSchema, ZRemoveNewsImageSchema, ZScheduleNewsSchema, ZStartNewsImageSchema, ZUpdateNewsSchema } from '@/lib/news/schemas';

export const createNewsAction = adminAction(ZCreateNewsSchema, async (data, { user, request }) => createNews(data, { actor: user, request }));

export const updateNewsAction = adminAction(ZUpdateNewsSchema, async (data, { user, request }) => updateNews(data, { actor: user, request }));

export const publishNewsAction = adminAction(ZNewsPostRefSchema, async (data, { user, request }) => {
  await publishNews(data, { actor: user, request });
});

export const scheduleNewsAction = adminAction(ZScheduleNewsSchema, async (data, { user, request }) => {
  await scheduleNews(data, { actor: user, request });
});

export const unpublishNewsAction = adminAction(ZNewsPostRefSchema, async (data, { user, request }) => unpublishNews(data, { actor: user, request }));

export const deleteNewsAction = adminAction(ZNewsPostRefSchema, async (data, { user, request }) => deleteNews(data, { actor: user, request }));

export const startNewsImageAction = adminAction(ZStartNewsImageSchema, async (data, { user }) => startNewsImageUpload(user, data));

export const confirmNewsImageAction = adminAction(ZConfirmNewsImageSchema, async (data, { user, request }) => confirmNewsImage(data, { actor: user, request }));

export const removeNewsImageAction = adminAction(ZRemoveNewsImageSchema, async ({ postId }, { user, request }) => removeNewsImage(postId, { actor: user, request }));
