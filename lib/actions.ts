/**
 * The one wrapper for server actions: re-reads the session, checks the role, parses the input with
 * the shared zod schema, and turns known failures into a typed result. Unknown errors are logged
 * and become a generic message; nothing internal reaches the client.
 *
 * Each wrapper takes the input as an object (called from a client form); its `.form` variant takes
 * the FormData of a form that posts to it, with or without JavaScript.
 */
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getSession, type TSessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';

export type TActionResult<T = undefined> = { ok: true; data: T } | { ok: false; fieldErrors?: Record<string, string[]>; formError?: string; retryAfterSeconds?: number };

export type TRequestInfo = { ip: string; userAgent: string | null };

export async function getRequestInfo(): Promise<TRequestInfo> {
  const h = await headers();
  // lib/cli/server.js replaces X-Forwarded-For with the one client address it trusts.
  return { ip: h.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown', userAgent: h.get('user-agent') };
}

type TRole = TSessionUser['role'];

/**
 * The fields of a posted form: a name sent once is its value, a name sent several times (checkboxes)
 * the list. React's own hidden fields of a form that works without JavaScript (`$ACTION_…`) are not
 * the form's, so that a strict schema does not refuse them.
 */
export function formDataFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith('$ACTION_')) continue;
    const values = formData.getAll(name);
    fields[name] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// Redirects and notFound() from next/navigation are control flow, not failures.
const isNextControlFlow = (error: unknown) => error instanceof Error && 'digest' in error && typeof error.digest === 'string' && /^NEXT_/.test(error.digest);

async function run<TSchema extends z.ZodType, T>(schema: TSchema, input: unknown, handler: (data: z.output<TSchema>) => Promise<T>): Promise<TActionResult<T>> {
  // Async: some rules load what they need on demand (the password estimator).
  const parsed = await schema.safeParseAsync(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      const { field, retryAfterSeconds } = error.details;
      return field ? { ok: false, fieldErrors: { [field]: [error.code] }, retryAfterSeconds } : { ok: false, formError: error.code, retryAfterSeconds };
    }
    if (isNextControlFlow(error)) throw error;
    console.error('[action]', error);
    return { ok: false, formError: 'unexpected' };
  }
}

type TFormOptions = {
  /**
   * Where to come back after signing in again when the session ended while the page was open: the
   * caller goes to the login page instead of getting "unauthenticated", which a form posted
   * without JavaScript could not show. Given the raw fields (the request id, for example).
   */
  signInNext?: string | ((fields: Record<string, unknown>) => string);
};

/** An action guarded for `roles` (null: anyone); the input is checked before any of it is read. */
function guarded<TSchema extends z.ZodType, T, TContext>(
  roles: readonly TRole[] | null,
  schema: TSchema,
  handler: (data: z.output<TSchema>, ctx: TContext) => Promise<T>,
  context: (user: TSessionUser | null, request: TRequestInfo) => TContext,
  { signInNext }: TFormOptions = {},
) {
  return async (input: unknown): Promise<TActionResult<T>> => {
    const user = roles ? await getSession() : null;
    if (roles && !user) {
      if (!signInNext) return { ok: false, formError: 'unauthenticated' };
      const next = typeof signInNext === 'string' ? signInNext : signInNext((input ?? {}) as Record<string, unknown>);
      redirect(`/login?next=${encodeURIComponent(next)}`);
    }
    if (roles && !roles.includes(user!.role)) return { ok: false, formError: 'forbidden' };
    const ctx = context(user, await getRequestInfo());
    return run(schema, input, (data) => handler(data, ctx));
  };
}

type TRoleContext = { user: TSessionUser; request: TRequestInfo };

/** The object and FormData variants of one kind of action, for `roles` (null: anyone). */
function actionsFor<TContext>(roles: readonly TRole[] | null, context: (user: TSessionUser | null, request: TRequestInfo) => TContext) {
  const action = <TSchema extends z.ZodType, T>(schema: TSchema, handler: (data: z.output<TSchema>, ctx: TContext) => Promise<T>) => {
    const guard = guarded(roles, schema, handler, context);
    return async (input: z.input<TSchema>) => guard(input);
  };
  /** The same, for a form that posts its FormData (also without JavaScript). */
  const form = <TSchema extends z.ZodType, T>(schema: TSchema, handler: (data: z.output<TSchema>, ctx: TContext) => Promise<T>, options?: TFormOptions) => {
    const guard = guarded(roles, schema, handler, context, options);
    return async (formData: FormData) => guard(formDataFields(formData));
  };
  return Object.assign(action, { form });
}

const withUser = (user: TSessionUser | null, request: TRequestInfo): TRoleContext => ({ user: user!, request });

/** For anonymous forms (registration, reset...). */
export const publicAction = actionsFor(null, (_user, request) => ({ request }));
export const authenticatedAction = actionsFor(['CITIZEN', 'CLERK', 'ADMIN'], withUser);
export const citizenAction = actionsFor(['CITIZEN'], withUser);
export const staffAction = actionsFor(['CLERK', 'ADMIN'], withUser);
export const adminAction = actionsFor(['ADMIN'], withUser);
