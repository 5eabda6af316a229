/**
 * Administration of the public pages (about, terms, privacy, accessibility, contact). Each page is
 * a list of immutable versions; publishing adds version N+1 and never edits N. Publishing the terms
 * or the privacy notice also creates the TermsVersion every citizen is asked to accept, in the same
 * transaction. Administrators only; every publish is one transaction with its audit row.
 */
import 'server-only';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { DEFAULT_PAGES_DATE, defaultPageText, defaultVersionText } from '@/lib/content/blocks';
import { renderMarkdown } from '@/lib/content/markdown';
import { CONTENT_PAGE_KEYS, isTermsPage, TERMS_PAGES, type TContentPageKey, type TPublishContentPage } from '@/lib/content/schemas';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { startOfDayInRomania, todayInRomania } from '@/lib/time';
import { displayNameOrNull } from '@/lib/accounts/display-name';

type TContext = { actor: TActor; request?: TRequestInfo };


const publisherSelect = { select: { email: true, personProfile: { select: { firstName: true, lastName: true } } } } as const;

const versionFields = { number: true, titleRo: true, titleEn: true, leadRo: true, leadEn: true, bodyRo: true, bodyEn: true, reviewedAt: true, publishedAt: true } as const;

/** The five pages with their current version: number, when and by whom it was published (null: the embedded default). */
export async function listContentPages(actor: TActor) {
  assertAdmin(actor);
  const latest = await Promise.all(
    CONTENT_PAGE_KEYS.map((key) =>
      db.contentPageVersion.findFirst({
        where: { pageKey: key },
        orderBy: { number: 'desc' },
        select: { number: true, titleRo: true, publishedAt: true, publishedBy: publisherSelect, termsVersion: { select: { version: true } } },
      }),
    ),
  );
  return CONTENT_PAGE_KEYS.map((key, index) => {
    const version = latest[index];
    return {
      key,
      title: version?.titleRo ?? defaultPageText(key, 'ro').title,
      number: version?.number ?? null,
      publishedAt: version?.publishedAt ?? null,
      publishedBy: displayNameOrNull(version?.publishedBy ?? null),
      termsVersion: version?.termsVersion?.version ?? null,
    };
  });
}
export type TContentPageOverview = Awaited<ReturnType<typeof listContentPages>>[number];

/**
 * What the edit page needs: the latest version's text (or the embedded default), the version it
 * is (0: the default), and the history, newest first, with who published each and when.
 */
export async function getContentPageEditor(actor: TActor, key: TContentPageKey) {
  assertAdmin(actor);
  const versions = await db.contentPageVersion.findMany({
    where: { pageKey: key },
    orderBy: { number: 'desc' },
    select: { ...versionFields, publishedBy: publisherSelect, termsVersion: { select: { version: true, _count: { select: { acceptances: true } } } } },
  });
  const latest = versions[0];
  const text = latest
    ? { titleRo: latest.titleRo, titleEn: latest.titleEn, leadRo: latest.leadRo, leadEn: latest.leadEn, bodyRo: latest.bodyRo, bodyEn: latest.bodyEn }
    : defaultVersionText(key);
  const reviewedAt = latest ? (latest.reviewedAt ?? latest.publishedAt) : DEFAULT_PAGES_DATE;
  return {
    key,
    baseNumber: latest?.number ?? 0,
    text,
    reviewedAt: key === 'accessibility' ? todayInRomania(reviewedAt) : null,
    history: versions.map((v) => ({
      number: v.number,
      titleRo: v.titleRo,
      publishedAt: v.publishedAt,
      publishedBy: displayNameOrNull(v.publishedBy),
      reviewedAt: key === 'accessibility' ? v.reviewedAt : null,
      termsVersion: v.termsVersion ? { version: v.termsVersion.version, acceptances: v.termsVersion._count.acceptances } : null,
    })),
  };
}
export type TContentPageEditor = Awaited<ReturnType<typeof getContentPageEditor>>;

/** One published version of a page, as it was; null when it does not exist. */
export async function getContentPageVersion(actor: TActor, key: TContentPageKey, number: number) {
  assertAdmin(actor);
  const version = await db.contentPageVersion.findUnique({
    where: { pageKey_number: { pageKey: key, number } },
    select: { ...versionFields, publishedBy: publisherSelect, termsVersion: { select: { version: true } } },
  });
  if (!version) return null;
  const { publishedBy, termsVersion, ...rest } = version;
  return { key, ...rest, publishedBy: displayNameOrNull(publishedBy), termsVersion: termsVersion?.version ?? null };
}

/** The Markdown of the form rendered and sanitized exactly as the public page will show it. */
export function previewContentPage(actor: TActor, body: string): { html: string } {
  assertAdmin(actor);
  return { html: renderMarkdown(body) };
}

const AUDITED_TEXT = ['titleRo', 'titleEn', 'leadRo', 'leadEn'] as const;
const BODIES = ['bodyRo', 'bodyEn'] as const;

/**
 * Publishes version N+1 of a page from the text of the form, which was filled from version
 * `baseNumber`: if someone published meanwhile, it is refused ("changed meanwhile"). For the terms
 * and the privacy notice, the TermsVersion that citizens must accept is created with it.
 */
export async function publishContentPage(input: TPublishContentPage, { actor, request }: TContext): Promise<{ number: number; termsVersion: string | null }> {
  assertAdmin(actor);
  const { key } = input;
  return db.$transaction(async (tx) => {
    // The page's row, created at its first publish, is the lock two publishes of it queue on.
    await tx.$executeRaw`INSERT INTO "ContentPage" (key) VALUES (${key}) ON CONFLICT (key) DO NOTHING`;
    await tx.$queryRaw`SELECT key FROM "ContentPage" WHERE key = ${key} FOR UPDATE`;
    const previous = await tx.contentPageVersion.findFirst({ where: { pageKey: key }, orderBy: { number: 'desc' }, select: { ...versionFields, id: true } });
    if ((previous?.number ?? 0) !== input.baseNumber) throw new AppError('contentPages.stale');

    const number = (previous?.number ?? 0) + 1;
    const termsKind = isTermsPage(key) ? TERMS_PAGES[key] : null;
    const lastTerms = termsKind ? await tx.termsVersion.findFirst({ where: { kind: termsKind }, orderBy: { publishedAt: 'desc' }, select: { publishedAt: true } }) : null;
    // Strictly after the versions before it: "the latest" is the one published last, even within a millisecond.
    const after = Math.max(previous?.publishedAt.getTime() ?? 0, lastTerms?.publishedAt.getTime() ?? 0);
    const publishedAt = new Date(Math.max(Date.now(), after + 1));
    const reviewedAt = key === 'accessibility' && input.reviewedAt ? startOfDayInRomania(input.reviewedAt.trim()) : null;

    const text = { titleRo: input.titleRo, titleEn: input.titleEn, leadRo: input.leadRo, leadEn: input.leadEn, bodyRo: input.bodyRo, bodyEn: input.bodyEn };
    const version = await tx.contentPageVersion.create({ data: { pageKey: key, number, ...text, reviewedAt, publishedAt, publishedById: actor.id }, select: { id: true } });
    const termsVersion = termsKind
      ? (
          await tx.termsVersion.create({
            data: { kind: termsKind, version: `${todayInRomania(publishedAt)}-v${number}`, publishedAt, contentPageVersionId: version.id },
            select: { version: true },
          })
        ).version
      : null;

    const before = previous ?? { ...defaultVersionText(key), reviewedAt: null };
    const changes = Object.fromEntries(AUDITED_TEXT.filter((field) => before[field] !== text[field]).map((field) => [field, { from: before[field], to: text[field] }]));
    // The bodies are kept whole in the versions themselves (immutable): the audit names them.
    const bodies = Object.fromEntries(BODIES.filter((field) => before[field] !== text[field]).map((field) => [field, { from: previous ? `v${previous.number}` : 'default', to: `v${number}` }]));
    const reviewed =
      key === 'accessibility'
        ? { reviewedAt: { from: previous?.reviewedAt ? todayInRomania(previous.reviewedAt) : null, to: reviewedAt ? todayInRomania(reviewedAt) : null } }
        : {};
    await writeAudit(
      {
        actorId: actor.id,
        action: 'contentPage.publish',
        entityType: 'ContentPage',
        entityId: key,
        request,
        details: { page: key, version: { from: previous?.number ?? null, to: number }, ...changes, ...bodies, ...reviewed, ...(termsVersion ? { termsVersion } : {}) },
      },
      tx,
    );
    return { number, termsVersion };
  });
}
