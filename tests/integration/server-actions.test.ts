/**
 * Every exported server action, found in the code (each `'use server'` module under lib/), called
 * as someone who may not use it — anonymous, the wrong role — and, for the actions that take a
 * request or a document, as a citizen or clerk to whom that request does not belong: each answers
 * "forbidden", "unauthenticated" or "not found" (or sends the visitor to sign in), and nothing is
 * written. A new action fails this test until it is listed below with who may call it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TSessionUser } from '@/lib/auth/session-user';
import type { TStorage } from '@/lib/storage';
import { takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { createApplicant, PDF, readyDraft, startRequestWorld, stopRequestWorld, type TApplicant, type TRequestWorld } from './request-fixtures';

let current: TSessionUser | null = null;

vi.mock('next/headers', () => {
  const jar = new Map<string, { name: string; value: string }>();
  return {
    headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '10.9.8.7' }),
    cookies: async () => ({
      get: (name: string) => jar.get(name),
      getAll: () => [...jar.values()],
      set: (name: string, value: string) => void jar.set(name, { name, value }),
      delete: (name: string) => void jar.delete(name),
      has: (name: string) => jar.has(name),
    }),
  };
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next-auth', async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (current ? { user: { id: current.id } } : null) }));
vi.mock('@/lib/auth/session', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/session')>();
  const { forbidden, redirect } = await import('next/navigation');
  const requireUser = async (nextPath: string) => current ?? redirect(`/login?next=${encodeURIComponent(nextPath)}`);
  return {
    ...actual,
    getSession: async () => current,
    requireUser,
    requireStaff: async (nextPath: string, roles: TSessionUser['role'][] = ['CLERK', 'ADMIN']) => {
      const user = await requireUser(nextPath);
      return roles.includes(user.role) ? user : forbidden();
    },
  };
});

type TAccess = 'public' | 'authenticated' | 'citizen' | 'staff' | 'admin';
type TWho = 'anonymous' | 'citizen' | 'clerk' | 'admin';

/** Who may call each action. Every exported action must be here, and nothing else. */
const ACCESS: Record<string, TAccess> = {
  // lib/accounts/actions.ts
  registerAction: 'public',
  resendActivationAction: 'public',
  forgotPasswordAction: 'public',
  resetPasswordAction: 'public',
  updatePersonAction: 'authenticated',
  updateOrganizationAction: 'authenticated',
  changeEmailAction: 'authenticated',
  changePasswordAction: 'authenticated',
  emailPreferenceAction: 'authenticated',
  signOutEverywhereAction: 'authenticated',
  deleteAccountAction: 'authenticated',
  // lib/documents/actions.ts
  startUploadAction: 'citizen',
  confirmUploadAction: 'citizen',
  removeUploadAction: 'citizen',
  startStaffUploadAction: 'staff',
  confirmStaffUploadAction: 'staff',
  removeStaffUploadAction: 'staff',
  // lib/i18n/actions.ts, lib/kiosk/actions.ts: anyone (the language; the end of one's own kiosk visit)
  setLocale: 'public',
  endKioskVisitAction: 'public',
  // lib/notifications/actions.ts, lib/payments/actions.ts
  markAllReadAction: 'citizen',
  startOnlinePaymentAction: 'citizen',
  startTaxPaymentAction: 'citizen',
  testProviderAction: 'citizen',
  // lib/payments/admin-actions.ts
  refundPaymentAction: 'staff',
  // lib/requests/actions/*.ts
  saveDraftAction: 'citizen',
  discardDraftAction: 'citizen',
  submitRequestAction: 'citizen',
  messageCityHallAction: 'citizen',
  provideInfoAction: 'citizen',
  paymentProofAction: 'citizen',
  withdrawAction: 'citizen',
  lookupStatusAction: 'public',
  takeAction: 'staff',
  assignAction: 'staff',
  noteAction: 'staff',
  messageAction: 'staff',
  requestInfoAction: 'staff',
  requestFeeAction: 'staff',
  confirmPaymentAction: 'staff',
  rejectPaymentAction: 'staff',
  approveAction: 'staff',
  rejectAction: 'staff',
  extendAction: 'staff',
  revealIdNumberAction: 'staff',
  previewAnswerDocumentAction: 'staff',
  // lib/staff/actions.ts
  createStaffAction: 'admin',
  updateStaffAction: 'admin',
  disableStaffAction: 'admin',
  enableStaffAction: 'admin',
  resendInviteAction: 'admin',
  acceptInviteAction: 'public',
  // lib/issued/actions.ts: anyone, no session (/verify: a file's hash against the issued documents)
  verifyHashAction: 'public',
  // lib/departments/actions.ts, lib/categories/actions.ts
  createDepartmentAction: 'admin',
  updateDepartmentAction: 'admin',
  deactivateDepartmentAction: 'admin',
  reactivateDepartmentAction: 'admin',
  deleteDepartmentAction: 'admin',
  addDepartmentMemberAction: 'admin',
  removeDepartmentMemberAction: 'admin',
  moveServiceAction: 'admin',
  createCategoryAction: 'admin',
  renameCategoryAction: 'admin',
  moveCategoryAction: 'admin',
  deleteCategoryAction: 'admin',
  // lib/calendar/actions.ts
  addCalendarDayAction: 'admin',
  removeCalendarDayAction: 'admin',
  // lib/services/admin/actions.ts
  createServiceAction: 'admin',
  updateServiceAction: 'admin',
  showServiceAction: 'admin',
  hideServiceAction: 'admin',
  archiveServiceAction: 'admin',
  restoreServiceAction: 'admin',
  importServiceAction: 'admin',
  // lib/templates/actions.ts
  saveAnswerTemplateAction: 'admin',
  // lib/news/actions.ts
  createNewsAction: 'admin',
  updateNewsAction: 'admin',
  publishNewsAction: 'admin',
  scheduleNewsAction: 'admin',
  unpublishNewsAction: 'admin',
  deleteNewsAction: 'admin',
  startNewsImageAction: 'admin',
  confirmNewsImageAction: 'admin',
  removeNewsImageAction: 'admin',
  // lib/services/admin/form-actions.ts
  saveWorkingCopyAction: 'admin',
  publishServiceFormAction: 'admin',
  discardWorkingCopyAction: 'admin',
  // lib/settings/actions.ts
  updateMunicipalitySettingsAction: 'admin',
  // lib/content/actions.ts
  publishContentPageAction: 'admin',
  previewContentPageAction: 'admin',
  acceptTermsAction: 'citizen',
  // lib/taxes/actions.ts: staff, of them the tax office only (checked inside: tests/integration/tax-import.test.ts)
  importTaxFileAction: 'staff',
};

const MAY: Record<TAccess, readonly TWho[]> = {
  public: ['anonymous', 'citizen', 'clerk', 'admin'],
  authenticated: ['citizen', 'clerk', 'admin'],
  citizen: ['citizen'],
  staff: ['clerk', 'admin'],
  admin: ['admin'],
};

type TAction = (...args: unknown[]) => Promise<unknown>;

/** Every `'use server'` module under lib/, and what it exports. */
async function discoverActions(): Promise<Map<string, TAction>> {
  const root = path.resolve(import.meta.dirname, '../../lib');
  const files = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('generated'))
    .map((file) => path.join(root, file))
    .filter((file) => /^\s*(['"])use server\1/.test(fs.readFileSync(file, 'utf8')));
  const actions = new Map<string, TAction>();
  for (const file of files) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') actions.set(name, value as TAction);
  }
  return actions;
}

/** Calls an action the way its form does: a plain object, or FormData for the progressive-enhancement forms. */
async function call(name: string, action: TAction, input: Record<string, unknown>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) form.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  try {
    // (previousState, formData) for useActionState forms; (formData) for plain forms; (input) for the rest.
    if (action.length === 2) return { result: await action(null, form) };
    return { result: await action(FORM_ACTIONS.has(name) ? form : input) };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && /^NEXT_/.test(digest)) return { control: digest };
    throw error;
  }
}
/** The plain forms that post their FormData (also without JavaScript). */
const FORM_ACTIONS = new Set(['setLocale', 'markAllReadAction']);
/** Forms posted without JavaScript that show no result: a refusal is a redirect, a 403, or doing nothing. */
const PLAIN_FORMS = new Set(['markAllReadAction', 'setLocale', 'endKioskVisitAction']);

describe('every server action checks who is asking', () => {
  let world: TRequestWorld;
  let storage: TStorage;
  let actions: Map<string, TAction>;
  const users: Record<TWho, TSessionUser | null> = { anonymous: null, citizen: null, clerk: null, admin: null };
  let foreignCitizen: TSessionUser;
  let foreignClerk: TSessionUser;
  /** Another citizen's draft and filed request (in review), and their uploaded document. */
  const theirs = { draftId: '', requestId: '', version: 0, documentId: '', obligationId: '', paymentId: '' };

  const asSession = (user: TApplicant | { id: string; email: string; role: TSessionUser['role'] }): TSessionUser => ({
    id: user.id,
    email: user.email,
    role: user.role,
    accountType: 'accountType' in user ? user.accountType : 'STAFF',
    locale: 'ro',
    displayName: user.email,
  });

  beforeAll(async () => {
    world = await startRequestWorld();
    storage = world.storage;
    actions = await discoverActions();
    const { prisma } = world.database;
    const staff = async (email: string) => asSession(await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, role: true } }));
    const owner = await createApplicant(prisma);
    users.citizen = asSession(await createApplicant(prisma));
    foreignCitizen = users.citizen;
    users.clerk = await staff('clerk.urbanism@demo.local');
    foreignClerk = users.clerk;
    users.admin = await staff('admin@demo.local');

    theirs.requestId = await readyDraft(owner, storage);
    await submitRequest(owner, theirs.requestId);
    const clerk: TStaffContext = world.clerk;
    const filed = await prisma.serviceRequest.findUniqueOrThrow({ where: { id: theirs.requestId }, select: { version: true } });
    const { version } = await takeRequest(clerk, { requestId: theirs.requestId, version: filed.version });
    theirs.version = version;
    theirs.draftId = await readyDraft(owner, storage);
    theirs.documentId = (await prisma.document.findFirstOrThrow({ where: { requestId: theirs.draftId }, select: { id: true } })).id;
    // A tax obligation of theirs (by a CNP of their own) and an online payment of it.
    await prisma.personProfile.update({ where: { userId: owner.id }, data: { cnp: '2900101270016' } });
    const taxImport = await prisma.taxImport.create({ data: { fileName: 'x.csv', sha256: '0'.repeat(64), rowCount: 1, exportedAt: new Date() } });
    const obligation = await prisma.taxObligation.create({
      data: { externalId: `sa-${crypto.randomUUID()}`, taxpayerCode: '2900101270016', taxpayerName: 'Altcineva', year: 2026, kind: 'LAND', description: 'Teren', principalBani: 1000, dueAt: new Date('2026-09-30'), importId: taxImport.id, syncedAt: new Date() },
    });
    theirs.obligationId = obligation.id;
    theirs.paymentId = (
      await prisma.payment.create({
        data: { payerId: owner.id, provider: 'test', providerPaymentId: 'test_sa', status: 'PENDING', amountBani: 1000, description: 'x', idempotencyKey: crypto.randomUUID(), returnPath: '/taxes', expiresAt: new Date(Date.now() + 3_600_000) },
      })
    ).id;
    // Staff have notifications of their own too: "mark all as read" by a clerk must leave them unread.
    await prisma.notification.create({ data: { userId: users.clerk!.id, kind: 'request.message', params: {} } });
  });
  afterAll(() => stopRequestWorld(world));

  /** Everything an action could write, in one row: counts, versions and last changes. */
  const fingerprint = async () =>
    world.database.prisma.$queryRaw<unknown[]>`
      SELECT (SELECT count(*) FROM "ServiceRequest")::int AS requests,
             (SELECT coalesce(sum(version), 0) FROM "ServiceRequest")::int AS versions,
             (SELECT max("updatedAt") FROM "ServiceRequest") AS "requestsChanged",
             (SELECT count(*) FROM "RequestEvent")::int AS events,
             (SELECT count(*) FROM "Document")::int AS documents,
             (SELECT md5(coalesce(string_agg(id || state::text || coalesce("eventId", '') || coalesce("deletedAt"::text, ''), ',' ORDER BY id), '')) FROM "Document") AS "documentStates",
             (SELECT count(*) FROM "Fee")::int AS fees,
             (SELECT count(*) FROM "Notification")::int AS notifications,
             (SELECT count(*) FROM "Notification" WHERE "readAt" IS NOT NULL)::int AS "notificationsRead",
             (SELECT count(*) FROM "EmailOutbox")::int AS emails,
             (SELECT count(*) FROM "AuditLog")::int AS audits,
             (SELECT count(*) FROM "User")::int AS users,
             (SELECT max("updatedAt") FROM "User") AS "usersChanged"`;

  it('lists who may call every exported action', () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it('refuses every action to anyone its role does not allow, writing nothing', async () => {
    const before = await fingerprint();
    const refusals: string[] = [];
    for (const [name, action] of actions) {
      for (const who of Object.keys(users) as TWho[]) {
        if (MAY[ACCESS[name]!].includes(who)) continue;
        current = users[who];
        const outcome = await call(name, action, {});
        const result = outcome.result as { ok?: boolean; formError?: string } | undefined;
        const refused =
          // A plain form (no result to show) that did nothing: the fingerprint below proves it wrote nothing.
          (outcome.result === undefined && outcome.control === undefined && PLAIN_FORMS.has(name)) ||
          (result?.ok === false && result.formError === (who === 'anonymous' ? 'unauthenticated' : 'forbidden')) ||
          // Plain forms send an anonymous visitor to sign in, and staff away from the citizen's pages.
          outcome.control?.startsWith('NEXT_REDIRECT') ||
          outcome.control?.startsWith('NEXT_HTTP_ERROR_FALLBACK;403');
        if (!refused) refusals.push(`${name} as ${who}: ${JSON.stringify(outcome)}`);
      }
    }
    current = null;
    expect(refusals).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it("answers \"not found\" to a citizen or clerk acting on a request that is not theirs, writing nothing", async () => {
    const target = { requestId: theirs.requestId, version: theirs.version };
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const FOREIGN: Record<string, { who: 'citizen' | 'clerk'; input: Record<string, unknown> }> = {
      saveDraftAction: { who: 'citizen', input: { serviceSlug: 'certificat-atestare-fiscala-persoane-fizice', draftKey: crypto.randomUUID(), requestId: theirs.draftId, answers: {} } },
      discardDraftAction: { who: 'citizen', input: { requestId: theirs.draftId } },
      submitRequestAction: { who: 'citizen', input: { requestId: theirs.draftId } },
      messageCityHallAction: { who: 'citizen', input: { ...target, body: 'Bună ziua' } },
      provideInfoAction: { who: 'citizen', input: { ...target, answers: {} } },
      paymentProofAction: { who: 'citizen', input: { ...target } },
      withdrawAction: { who: 'citizen', input: { ...target } },
      startOnlinePaymentAction: { who: 'citizen', input: { ...target, idempotencyKey: crypto.randomUUID() } },
      startTaxPaymentAction: { who: 'citizen', input: { obligationIds: [theirs.obligationId], idempotencyKey: crypto.randomUUID() } },
      testProviderAction: { who: 'citizen', input: { orderId: theirs.paymentId, outcome: 'paid' } },
      startUploadAction: { who: 'citizen', input: { requestId: theirs.draftId, requirementKey: 'identityDocument', fileName: 'a.pdf', contentType: 'application/pdf', sizeBytes: PDF.length } },
      confirmUploadAction: { who: 'citizen', input: { documentId: theirs.documentId } },
      removeUploadAction: { who: 'citizen', input: { documentId: theirs.documentId } },
      takeAction: { who: 'clerk', input: target },
      assignAction: { who: 'clerk', input: { ...target, assigneeId: foreignClerk.id } },
      noteAction: { who: 'clerk', input: { ...target, body: 'Notă' } },
      messageAction: { who: 'clerk', input: { ...target, body: 'Mesaj' } },
      requestInfoAction: { who: 'clerk', input: { ...target, body: 'Vă rugăm', fields: ['address'], dueDate: inDays(10) } },
      requestFeeAction: { who: 'clerk', input: { ...target, amount: '10', legalBasis: 'HCL 1/2026', dueDate: inDays(10) } },
      confirmPaymentAction: { who: 'clerk', input: target },
      rejectPaymentAction: { who: 'clerk', input: { ...target, body: 'Nu' } },
      approveAction: { who: 'clerk', input: { ...target, body: 'Aprobat' } },
      rejectAction: { who: 'clerk', input: { ...target, body: 'Respins' } },
      extendAction: { who: 'clerk', input: { ...target, days: 5, body: 'Prelungire' } },
      revealIdNumberAction: { who: 'clerk', input: { requestId: theirs.requestId } },
      previewAnswerDocumentAction: { who: 'clerk', input: { requestId: theirs.requestId, kind: 'APPROVAL', body: 'Aprobat' } },
      startStaffUploadAction: { who: 'clerk', input: { requestId: theirs.requestId, purpose: 'RESPONSE', fileName: 'r.pdf', contentType: 'application/pdf', sizeBytes: PDF.length } },
      confirmStaffUploadAction: { who: 'clerk', input: { documentId: theirs.documentId } },
      removeStaffUploadAction: { who: 'clerk', input: { documentId: theirs.documentId } },
    };
    // Every action that takes a request or a document is tried.
    const targeted = [...actions.keys()].filter((name) => ACCESS[name] === 'citizen' || ACCESS[name] === 'staff');
    // Marking one's notifications read and accepting the new terms take no request or document; a
    // refund takes a payment, refused to a clerk outside the tax office (tests/integration/payments-admin.test.ts), as is the
    // tax file import, which takes a file (tests/integration/tax-import.test.ts).
    expect(targeted.filter((name) => !FOREIGN[name] && name !== 'markAllReadAction' && name !== 'acceptTermsAction' && name !== 'refundPaymentAction' && name !== 'importTaxFileAction')).toEqual([]);

    const before = await fingerprint();
    const answers: string[] = [];
    for (const [name, { who, input }] of Object.entries(FOREIGN)) {
      current = who === 'citizen' ? foreignCitizen : foreignClerk;
      const outcome = await call(name, actions.get(name)!, input);
      const result = outcome.result as { ok?: boolean; formError?: string; fieldErrors?: unknown } | undefined;
      if (!(result?.ok === false && /notFound$/.test(result.formError ?? ''))) answers.push(`${name}: ${JSON.stringify(outcome)}`);
    }
    current = null;
    expect(answers).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});
