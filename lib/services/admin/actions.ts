'use server';

import { adminAction } from '@/lib/actions';
import { ZCreateServiceSchema, ZImportServiceSchema, ZServiceIdSchema, ZUpdateServiceSchema } from '@/lib/services/admin/schemas';
import { archiveService, createService, hideService, importService, restoreService, showService, updateService } from '@/lib/services/admin/services';

export const createServiceAction = adminAction(ZCreateServiceSchema, async (data, { user, request }) => createService(data, { actor: user, request }));

export const updateServiceAction = adminAction(ZUpdateServiceSchema, async (data, { user, request }) => updateService(data, { actor: user, request }));

export const showServiceAction = adminAction(ZServiceIdSchema, async ({ serviceId }, { user, request }) => showService(serviceId, { actor: user, request }));

export const hideServiceAction = adminAction(ZServiceIdSchema, async ({ serviceId }, { user, request }) => hideService(serviceId, { actor: user, request }));

export const archiveServiceAction = adminAction(ZServiceIdSchema, async ({ serviceId }, { user, request }) => archiveService(serviceId, { actor: user, request }));

export const restoreServiceAction = adminAction(ZServiceIdSchema, async ({ serviceId }, { user, request }) => restoreService(serviceId, { actor: user, request }));

export const importServiceAction = adminAction(ZImportServiceSchema, async (data, { user, request }) => importService(data, { actor: user, request }));
