'use server';

import { publicAction } from '@/lib/actions';
import { lookupStatus } from '@/lib/requests/queries/status-lookup';
import { ZStatusLookupSchema } from '@/lib/requests/schemas/status';

/** The public status lookup; the client IP is the one lib/cli/server.js decided, not one the browser sent. */
export const lookupStatusAction = publicAction(ZStatusLookupSchema, async (data, { request }) => lookupStatus(data, { ip: request.ip }));
