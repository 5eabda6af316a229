/**
 * Public pages as data against the real PostgreSQL: the seed's version 1 of each page (linked to
 * the seeded terms), publishing version N+1 without touching N, the "changed meanwhile" refusal,
 * the audit row, a new terms version that every citizen must accept again (and filing refused
 * until they do), and clerks and citizens refused by every administration function.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TSessionUser } from '@/lib/auth/session-user';
import { getContentPageEditor, getContentPageVersion, listContentPages, previewContentPage, publishContentPage } from '@/lib/content/admin';
import { defaultPageText } from '@/lib/content/blocks';
import { ZPublishContentPageSchema, type TContentPageKey } from '@/lib/content/schemas';
import { acceptTerms, assertAcceptedTerms, getPendingTerms, latestTermsVersions } from '@/lib/content/terms';
import type { TPrismaClient } from '@/lib/db';
import type { TStorage } from '@/lib/storage';
import { seedDemo, TERMS_VERSION } from '@/prisma/seed';
import { createApplicant, readyDraft, useRequestWorld } from './request-fixtures';

let current: TSessionUser | null = null;
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.9' }) }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/auth/session')>()), getSession: async () => current }));

const REQUEST = { ip: '198.51.100.41', userAgent: 'vitest' };
type TActor = { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN' };

describe('public pages with versions and re-acceptance of the terms', () => {
  let prisma: TPrismaClient;
  let storage: TStorage;
  let admin: TActor;
  let clerk: TActor;

  useRequestWorld(async (world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    clerk = { id: world.clerk.user.id, role: 'CLERK' };
    admin = { id: '', role: 'ADMIN' };
  });
  const adminCtx = async () => {
    if (!admin.id) admin.id = (await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.local' }, select: { id: true } })).id;
    return { actor: admin, request: REQUEST };
  };

  /** The form's input for a new version of `key` based on its latest version, with `change` applied. */
  async function nextVersion(key: TContentPageKey, change: Partial<Record<'titleRo' | 'bodyRo' | 'bodyEn' | 'reviewedAt', string>> = {}) {
    const { actor } = await adminCtx();
    const editor = await getContentPageEditor(actor, key);
    return ZPublishContentPageSchema.parse({ key, baseNumber: editor.baseNumber, ...editor.text, reviewedAt: editor.reviewedAt ?? undefined, ...change });
  }

  it('seeds version 1 of every page from the embedded texts, once, with terms and privacy linked to the seeded terms versions', async () => {
    const versions = await prisma.contentPageVersion.findMany({ orderBy: { pageKey: 'asc' }, include: { termsVersion: true } });
    expect(versions.map((v) => [v.pageKey, v.number])).toEqual([
      ['about', 1],
      ['accessibility', 1],
      ['contact', 1],
      ['privacy', 1],
      ['terms', 1],
    ]);
    const about = versions.find((v) => v.pageKey === 'about')!;
    expect(about.bodyRo).toContain('126260');
    expect(about.bodyRo).toMatch(/^> Proiect cofinanțat/m);
    expect(about.titleEn).toBe(defaultPageText('about', 'en').title);
    expect(versions.find((v) => v.pageKey === 'terms')?.termsVersion).toMatchObject({ kind: 'TERMS', version: TERMS_VERSION });
    expect(versions.find((v) => v.pageKey === 'privacy')?.termsVersion).toMatchObject({ kind: 'PRIVACY', version: TERMS_VERSION });
    // The demo citizen accepted them, as at registration: nothing to accept.
    const citizen = await prisma.user.findUniqueOrThrow({ where: { email: 'citizen@demo.local' }, select: { id: true } });
    expect(await getPendingTerms(citizen.id, 'CITIZEN')).toEqual([]);
    // A second seed changes nothing.
    await seedDemo(prisma);
    expect(await prisma.contentPageVersion.count()).toBe(5);
    expect(await prisma.termsVersion.count()).toBe(2);
  });

  it('publishes version N+1 and never edits N, audited with before → after and the IP', async () => {
    const { actor } = await adminCtx();
    const v1 = await prisma.contentPageVersion.findUniqueOrThrow({ where: { pageKey_number: { pageKey: 'about', number: 1 } } });
    const input = await nextVersion('about', { titleRo: 'Despre proiectul nostru', bodyRo: `${v1.bodyRo}\n\nUn paragraf **nou**.` });
    expect(await publishContentPage(input, await adminCtx())).toEqual({ number: 2, termsVersion: null });

    const v1After = await prisma.contentPageVersion.findUniqueOrThrow({ where: { pageKey_number: { pageKey: 'about', number: 1 } } });
    expect(v1After).toEqual(v1);
    const v2 = await getContentPageVersion(actor, 'about', 2);
    expect(v2).toMatchObject({ number: 2, titleRo: 'Despre proiectul nostru', titleEn: v1.titleEn, publishedBy: 'Ana Popescu', termsVersion: null });
    expect(v2!.publishedAt.getTime()).toBeGreaterThan(v1.publishedAt.getTime());
    expect((await listContentPages(actor)).find((p) => p.key === 'about')).toMatchObject({ number: 2, publishedBy: 'Ana Popescu', title: 'Despre proiectul nostru' });
    expect((await getContentPageEditor(actor, 'about')).history.map((h) => h.number)).toEqual([2, 1]);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'contentPage.publish', entityId: 'about' }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: 'ContentPage', ip: REQUEST.ip });
    expect(audit.details).toEqual({ page: 'about', version: { from: 1, to: 2 }, titleRo: { from: v1.titleRo, to: 'Despre proiectul nostru' }, bodyRo: { from: 'v1', to: 'v2' } });
  });

  it('refuses a publish based on a version someone replaced meanwhile, writing nothing', async () => {
    const stale = await nextVersion('contact', { bodyRo: 'Scrieți-ne oricând la adresa primăriei, vă răspundem.' });
    expect((await publishContentPage(await nextVersion('contact', { titleRo: 'Contactați-ne' }), await adminCtx())).number).toBe(2);
    const [versions, audits] = [await prisma.contentPageVersion.count(), await prisma.auditLog.count()];
    await expect(publishContentPage(stale, await adminCtx())).rejects.toMatchObject({ code: 'contentPages.stale' });
    expect([await prisma.contentPageVersion.count(), await prisma.auditLog.count()]).toEqual([versions, audits]);
  });

  it('keeps the accessibility statement’s review date, required and not in the future', async () => {
    const refused = ZPublishContentPageSchema.safeParse({ ...(await nextVersion('accessibility')), reviewedAt: '' });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reviewedAt', 'contentPages.reviewedAtRequired']]);
    expect(ZPublishContentPageSchema.safeParse({ ...(await nextVersion('accessibility')), reviewedAt: '2999-01-01' }).error?.issues[0]?.message).toBe('contentPages.reviewedAtFuture');
    expect(ZPublishContentPageSchema.safeParse({ ...(await nextVersion('about')), extra: 1 }).success).toBe(false);
    expect(ZPublishContentPageSchema.safeParse({ ...(await nextVersion('about')), key: 'home' }).success).toBe(false);

    await publishContentPage(await nextVersion('accessibility', { reviewedAt: '2026-12-01' }), await adminCtx());
    const { actor } = await adminCtx();
    expect((await getContentPageEditor(actor, 'accessibility')).reviewedAt).toBe('2026-12-01');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'contentPage.publish', entityId: 'accessibility' } });
    expect(audit.details).toMatchObject({ reviewedAt: { from: '2026-11-28', to: '2026-12-01' } });
  });

  it('a new terms version makes a citizen who accepted v1 accept again; filing is refused until then', async () => {
    const citizen = await createApplicant(prisma);
    expect(await getPendingTerms(citizen.id, 'CITIZEN')).toEqual([]);
    const draftId = await readyDraft(citizen, storage);

    const published = await publishContentPage(await nextVersion('terms', { bodyRo: `${defaultPageText('terms', 'ro').body}\n\n## 13. Noutăți\n\nRegulă nouă.` }), await adminCtx());
    expect(published.number).toBe(2);
    const termsVersion = await prisma.termsVersion.findUniqueOrThrow({ where: { kind_version: { kind: 'TERMS', version: published.termsVersion! } }, include: { contentPageVersion: true } });
    expect(termsVersion.contentPageVersion).toMatchObject({ pageKey: 'terms', number: 2 });
    expect((await latestTermsVersions()).map((v) => v.id)).toContain(termsVersion.id);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'contentPage.publish', entityId: 'terms' } });
    expect(audit.details).toMatchObject({ termsVersion: published.termsVersion, bodyRo: { from: 'v1', to: 'v2' } });

    // Needs acceptance of the new terms only (the privacy notice did not change); staff are never asked.
    expect((await getPendingTerms(citizen.id, 'CITIZEN')).map((v) => v.id)).toEqual([termsVersion.id]);
    expect(await getPendingTerms(clerk.id, 'CLERK')).toEqual([]);
    await expect(assertAcceptedTerms(citizen)).rejects.toMatchObject({ code: 'contentPages.termsNotAccepted' });

    // Filing through the action is refused with a clear message, and the draft stays a draft.
    const { submitRequestAction } = await import('@/lib/requests/actions/applicant');
    current = { ...citizen };
    expect(await submitRequestAction({ requestId: draftId })).toEqual({ ok: false, formError: 'contentPages.termsNotAccepted' });
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: draftId } })).status).toBe('DRAFT');

    // Accepting an outdated version is refused; accepting the shown one records it with the IP.
    const old = await prisma.termsVersion.findUniqueOrThrow({ where: { kind_version: { kind: 'TERMS', version: TERMS_VERSION } } });
    await expect(acceptTerms(citizen, { termsVersionIds: [old.id] }, REQUEST)).rejects.toMatchObject({ code: 'contentPages.termsChanged' });
    await expect(acceptTerms({ id: clerk.id, role: 'CLERK' }, { termsVersionIds: [termsVersion.id] }, REQUEST)).rejects.toMatchObject({ code: 'forbidden' });
    // The action re-reads the session and parses its input: signed out, as staff, or without the tick, nothing is recorded.
    const { acceptTermsAction } = await import('@/lib/content/actions');
    current = null;
    expect(await acceptTermsAction({ termsVersionIds: [termsVersion.id], accept: true })).toEqual({ ok: false, formError: 'unauthenticated' });
    current = { ...citizen, id: clerk.id, role: 'CLERK' };
    expect(await acceptTermsAction({ termsVersionIds: [termsVersion.id], accept: true })).toEqual({ ok: false, formError: 'forbidden' });
    current = { ...citizen };
    expect(await acceptTermsAction({ termsVersionIds: [termsVersion.id], accept: false })).toMatchObject({ ok: false, fieldErrors: { accept: ['contentPages.acceptRequired'] } });
    expect(await acceptTermsAction({ termsVersionIds: [termsVersion.id], accept: true, userId: clerk.id } as never)).toMatchObject({ ok: false });
    expect(await prisma.termsAcceptance.count({ where: { termsVersionId: termsVersion.id } })).toBe(0);
    expect(await acceptTerms(citizen, { termsVersionIds: [termsVersion.id] }, REQUEST)).toEqual({ accepted: 1 });
    expect(await prisma.termsAcceptance.findUnique({ where: { userId_termsVersionId: { userId: citizen.id, termsVersionId: termsVersion.id } } })).toMatchObject({ ip: REQUEST.ip });
    expect(await getPendingTerms(citizen.id, 'CITIZEN')).toEqual([]);
    await expect(assertAcceptedTerms(citizen)).resolves.toBeUndefined();
    const filed = await submitRequestAction({ requestId: draftId });
    current = null;
    expect(filed.ok).toBe(true);
  });

  it('refuses a clerk and a citizen every administration function, writing nothing', async () => {
    const citizen = await createApplicant(prisma);
    const input = await nextVersion('privacy', { bodyRo: 'Un text nou al politicii de confidențialitate.' });
    const before = [await prisma.contentPageVersion.count(), await prisma.termsVersion.count(), await prisma.auditLog.count()];
    for (const actor of [clerk, { id: citizen.id, role: 'CITIZEN' as const }]) {
      const calls: [string, () => unknown][] = [
        ['listContentPages', () => listContentPages(actor)],
        ['getContentPageEditor', () => getContentPageEditor(actor, 'terms')],
        ['getContentPageVersion', () => getContentPageVersion(actor, 'terms', 1)],
        ['previewContentPage', async () => previewContentPage(actor, '**x**')],
        ['publishContentPage', () => publishContentPage(input, { actor, request: REQUEST })],
      ];
      for (const [name, call] of calls) await expect(Promise.resolve().then(call), `${name} as ${actor.role}`).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect([await prisma.contentPageVersion.count(), await prisma.termsVersion.count(), await prisma.auditLog.count()]).toEqual(before);
    const { actor } = await adminCtx();
    const { html } = previewContentPage(actor, '## Titlu\n\n<script>alert(1)</script>\n\n**ok**');
    expect(html).toContain('<h2>Titlu</h2>');
    expect(html).toContain('<p><strong>ok</strong></p>');
    expect(html).not.toMatch(/script|alert/);
  });
});
