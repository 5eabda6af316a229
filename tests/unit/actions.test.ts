/**
 * The one server-action wrapper (lib/actions.ts): who may call, the schema's field errors keyed by
 * path, known failures (AppError) as codes, unknown ones logged and hidden, Next's redirects passed
 * through, and the FormData variant for forms that post without JavaScript.
 */
import { redirect } from 'next/navigation';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { TSessionUser } from '@/lib/auth/session-user';
import { AppError } from '@/lib/errors';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));

vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.user }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'vitest' }) }));

const { adminAction, citizenAction, formDataFields, publicAction, staffAction } = await import('@/lib/actions');

const user = (role: TSessionUser['role']): TSessionUser => ({
  id: `${role.toLowerCase()}-1`,
  email: `${role.toLowerCase()}@example.ro`,
  role,
  accountType: role === 'CITIZEN' ? 'PERSON' : 'STAFF',
  locale: 'ro',
  displayName: role,
});

const ZNoteSchema = z.object({ body: z.string().trim().min(1, 'form.required'), address: z.object({ street: z.string().min(1, 'address.street') }).optional() }).strict();

describe('server actions', () => {
  beforeEach(() => {
    session.user = null;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers "unauthenticated" to an anonymous caller, without running the handler', async () => {
    const handler = vi.fn(async () => 'done');
    expect(await citizenAction(ZNoteSchema, handler)({ body: 'x' })).toEqual({ ok: false, formError: 'unauthenticated' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers "forbidden" to the wrong role, before reading the input', async () => {
    const handler = vi.fn(async () => 'done');
    session.user = user('CITIZEN');
    expect(await staffAction(ZNoteSchema, handler)({ body: '' })).toEqual({ ok: false, formError: 'forbidden' });
    session.user = user('CLERK');
    expect(await adminAction(ZNoteSchema, handler)({ body: 'x' })).toEqual({ ok: false, formError: 'forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler with the parsed data, the user and the client address', async () => {
    session.user = user('ADMIN');
    const handler = vi.fn(async (data: { body: string }, ctx: { user: TSessionUser; request: { ip: string; userAgent: string | null } }) => `${data.body}/${ctx.user.role}/${ctx.request.ip}`);
    expect(await staffAction(ZNoteSchema, handler)({ body: '  Notă  ' })).toEqual({ ok: true, data: 'Notă/ADMIN/203.0.113.7' });
    expect(handler.mock.calls[0]![1].request.userAgent).toBe('vitest');
  });

  it('reports every schema failure under its field, keyed by path, and a schema-wide one under "form"', async () => {
    session.user = user('CITIZEN');
    const handler = vi.fn(async () => 'done');
    const result = await citizenAction(ZNoteSchema, handler)({ body: ' ', address: { street: '' } });
    expect(result).toEqual({ ok: false, fieldErrors: { body: ['form.required'], 'address.street': ['address.street'] } });
    const strict = await citizenAction(ZNoteSchema, handler)({ body: 'x', status: 'APPROVED' } as never);
    expect(strict.ok === false && Object.keys(strict.fieldErrors ?? {})).toEqual(['form']);
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns an AppError into its code: on its field when it names one, else for the form, with the wait', async () => {
    const onField = publicAction(ZNoteSchema, async () => {
      throw new AppError('staffActions.dateInPast', { field: 'dueDate' });
    });
    expect(await onField({ body: 'x' })).toEqual({ ok: false, fieldErrors: { dueDate: ['staffActions.dateInPast'] }, retryAfterSeconds: undefined });
    const onForm = publicAction(ZNoteSchema, async () => {
      throw new AppError('rateLimited', { retryAfterSeconds: 90 });
    });
    expect(await onForm({ body: 'x' })).toEqual({ ok: false, formError: 'rateLimited', retryAfterSeconds: 90 });
  });

  it('logs an unknown error and answers only "unexpected"', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const secret = new Error('connection to 10.0.0.5:5432 refused');
    const action = publicAction(ZNoteSchema, async () => {
      throw secret;
    });
    expect(await action({ body: 'x' })).toEqual({ ok: false, formError: 'unexpected' });
    expect(log).toHaveBeenCalledWith('[action]', secret);
  });

  it("lets Next's redirects and notFound() through: they are control flow", async () => {
    session.user = user('CITIZEN');
    const action = citizenAction(ZNoteSchema, async () => redirect('/requests/1'));
    await expect(action({ body: 'x' })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    const notFound = publicAction(ZNoteSchema, async () => {
      throw Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    });
    await expect(notFound({ body: 'x' })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });
});

describe('the FormData variant', () => {
  beforeEach(() => {
    session.user = null;
  });

  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  };

  it('reads a name sent once as its value and a repeated name as the list', () => {
    expect(
      formDataFields(
        form([
          ['locale', 'en'],
          ['fields', 'address'],
          ['fields', 'phone'],
        ]),
      ),
    ).toEqual({ locale: 'en', fields: ['address', 'phone'] });
    expect(formDataFields(new FormData())).toEqual({});
    expect(
      formDataFields(
        form([
          ['$ACTION_ID_4f2a', ''],
          ['locale', 'ro'],
        ]),
      ),
    ).toEqual({ locale: 'ro' });
  });

  it('parses the posted fields with the schema (strings coerced where it says so) and checks the role', async () => {
    const schema = z.object({ requestId: z.string().min(1), version: z.coerce.number().int().min(1) }).strict();
    const handler = vi.fn(async (data: { requestId: string; version: number }) => data.version + 1);
    const action = citizenAction.form(schema, handler);
    expect(await action(form([['requestId', 'r1']]))).toEqual({ ok: false, formError: 'unauthenticated' });
    session.user = user('CLERK');
    expect(await action(form([['requestId', 'r1']]))).toEqual({ ok: false, formError: 'forbidden' });
    session.user = user('CITIZEN');
    expect(
      await action(
        form([
          ['requestId', 'r1'],
          ['version', '0'],
        ]),
      ),
    ).toEqual({ ok: false, fieldErrors: { version: [expect.any(String)] } });
    expect(
      await action(
        form([
          ['requestId', 'r1'],
          ['version', '3'],
        ]),
      ),
    ).toEqual({ ok: true, data: 4 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('sends an anonymous visitor to sign in and come back, when the form says where', async () => {
    const schema = z.object({ requestId: z.string() }).strict();
    const handler = vi.fn(async () => undefined);
    const action = citizenAction.form(schema, handler, { signInNext: (fields) => `/requests/${String(fields.requestId)}` });
    await expect(action(form([['requestId', 'r 1']]))).rejects.toMatchObject({ digest: expect.stringContaining(`/login?next=${encodeURIComponent('/requests/r 1')}`) });
    const fixed = citizenAction.form(z.object({}).strict(), handler, { signInNext: '/notifications' });
    await expect(fixed(new FormData())).rejects.toMatchObject({ digest: expect.stringContaining('/login?next=%2Fnotifications') });
    expect(handler).not.toHaveBeenCalled();
  });

  it('maps errors as the object variant does, and lets a redirect of the handler through', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const schema = z.object({ locale: z.enum(['ro', 'en']) }).strict();
    const known = publicAction.form(schema, async () => {
      throw new AppError('request.stale');
    });
    expect(await known(form([['locale', 'en']]))).toEqual({ ok: false, formError: 'request.stale', retryAfterSeconds: undefined });
    expect(await known(form([['locale', 'fr']]))).toMatchObject({ ok: false, fieldErrors: { locale: [expect.any(String)] } });
    const unknown = publicAction.form(schema, async () => {
      throw new TypeError('boom');
    });
    expect(await unknown(form([['locale', 'ro']]))).toEqual({ ok: false, formError: 'unexpected' });
    expect(log).toHaveBeenCalledOnce();
    const leaving = publicAction.form(schema, async () => redirect('https://pay.example.ro/checkout'));
    await expect(leaving(form([['locale', 'ro']]))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
  });
});
