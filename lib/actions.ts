/**
 * The one wrapper for server actions: re-reads the session, checks the role, parses the input with
 * the shared zod schema, and turns known failures into a typed result. Unknown errors are logged
 * and become a generic message; nothing internal reaches the client.
 */
import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { getSession, type TSessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';

export type TActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: Record<string, string[]>; formError?: string; retryAfterSeconds?: number };

export type TRequestInfo = { ip: string; userAgent: string | null };

export async function getRequestInfo(): Promise<TRequestInfo> {
  const h = await headers();
  // lib/cli/server.js replaces X-Forwarded-For with the one client address it trusts.
  return { ip: h.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown', userAgent: h.get('user-agent') };
}

type TRole = TSessionUser['role'];

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

async function run<TSchema extends z.ZodType, T>(
  schema: TSchema,
  input: unknown,
  handler: (data: z.output<TSchema>) => Promise<T>,
): Promise<TActionResult<T>> {
  // Async: some rules load what they need on demand (the password estimator).
  const parsed = await schema.safeParseAsync(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      const { field, retryAfterSeconds } = error.details;
      return field
        ? { ok: false, fieldErrors: { [field]: [error.code] }, retryAfterSeconds }
        : { ok: false, formError: error.code, retryAfterSeconds };
    }
    // Redirects and notFound() from next/navigation are control flow, not failures.
    if (error instanceof Error && 'digest' in error && typeof error.digest === 'string' && /^NEXT_/.test(error.digest)) throw error;
    console.error('[action]', error);
    return { ok: false, formError: 'unexpected' };
  }
}

/** For anonymous forms (registration, reset...). */
export function publicAction<TSchema extends z.ZodType, T>(
  schema: TSchema,
  handler: (data: z.output<TSchema>, ctx: { request: TRequestInfo }) => Promise<T>,
) {
  return async (input: z.input<TSchema>): Promise<TActionResult<T>> => {
    const request = await getRequestInfo();
    return run(schema, input, (data) => handler(data, { request }));
  };
}

function roleAction(roles: readonly TRole[]) {
  return <TSchema extends z.ZodType, T>(
    schema: TSchema,
    handler: (data: z.output<TSchema>, ctx: { user: TSessionUser; request: TRequestInfo }) => Promise<T>,
  ) =>
    async (input: z.input<TSchema>): Promise<TActionResult<T>> => {
      const user = await getSession();
      if (!user) return { ok: false, formError: 'unauthenticated' };
      if (!roles.includes(user.role)) return { ok: false, formError: 'forbidden' };
      const request = await getRequestInfo();
      return run(schema, input, (data) => handler(data, { user, request }));
    };
}

export const authenticatedAction = roleAction(['CITIZEN', 'CLERK', 'ADMIN']);
export const citizenAction = roleAction(['CITIZEN']);
export const staffAction = roleAction(['CLERK', 'ADMIN']);
export const adminAction = roleAction(['ADMIN']);
