'use server';

import { publicAction } from '@/lib/actions';
import { ZVerifyHashSchema } from '@/lib/issued/codes';
import { checkFile } from '@/lib/issued/verify';

/**
 * "Verifică un fișier" on /verify and /verify/<code>: public (no session), counted per client IP;
 * only the hash the browser computed travels, never the file. The IP is the one lib/cli/server.js decided.
 */
export const verifyHashAction = publicAction(ZVerifyHashSchema, async (data, { request }) => checkFile(data, { ip: request.ip }));
