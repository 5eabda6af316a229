/**
 * News administration: posts written in Romanian and English, kept as drafts, published now or at
 * a date and time, unpublished back to drafts. Administrators only: every function checks the
 * actor itself, and every change is one transaction with its audit row (before → after).
 *
 * A post's state is its `publishedAt` alone (null: draft; future: scheduled; past: published), so a
 * scheduled post appears on the public pages at its time with nothing else to run. Two tabs editing
 * the same post: each change carries the `updatedAt` its page showed; a stale one is refused.
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import type { TSessionUser } from '@/lib/auth/session-user';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TCreateNews, TUpdateNews } from '@/lib/news/schemas';
import { fromLocalDateTime, newsStatus } from '@/lib/news/schedule';
import { slugFrom, uniqueSlug } from '@/lib/slug';
import { sweepNewsImages } from '@/lib/news/image-sweep';
import { getStorage, type TStorage } from '@/lib/storage';
import { displayNameOrNull } from '@/lib/accounts/display-name';

export type TNewsActor = Pick<TSessionUser, 'id' | 'role'>;
/** `now` is the clock (tests pass one). */
export type TNewsContext = { actor: TNewsActor; request?: TRequestInfo; now?: Date };

const ADMIN_NEWS_PAGE_SIZE = 20;

export function assertNewsAdmin(actor: TNewsActor) {
  if (actor.role !== 'ADMIN') throw new AppError('forbidden');
}

type TLockedPost = { id: string; slug: string; publishedAt: Date | null; updatedAt: Date; imageKey: string | null };

/**
 * Locks the post's row for the rest of the transaction (two changes of it queue), and refuses a
 * change made from a page older than the post (`expectedUpdatedAt`, when given).
 */
export async function lockNewsPost(tx: TTransaction, postId: string, expectedUpdatedAt?: string): Promise<TLockedPost> {
  const rows = await tx.$queryRaw<TLockedPost[]>`SELECT id, slug, "publishedAt", "updatedAt", "imageKey" FROM "NewsPost" WHERE id = ${postId} FOR UPDATE`;
  const post = rows[0];
  if (!post) throw new AppError('news.notFound');
  if (expectedUpdatedAt !== undefined && post.updatedAt.getTime() !== Date.parse(expectedUpdatedAt)) throw new AppError('news.stale');
  return post;
}

/** Every post, newest first, one page at a time, with its state at `now`. */
export async function listNewsForAdmin(actor: TNewsActor, { page = 1, pageSize = ADMIN_NEWS_PAGE_SIZE, now = new Date() }: { page?: number; pageSize?: number; now?: Date } = {}) {
  assertNewsAdmin(actor);
  const [rows, total] = await Promise.all([
    db.newsPost.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, slug: true, titleRo: true, titleEn: true, publishedAt: true, updatedAt: true, imageKey: true },
    }),
    db.newsPost.count(),
  ]);
  return {
    items: rows.map(({ imageKey, ...row }) => ({ ...row, hasImage: imageKey !== null, status: newsStatus(row.publishedAt, now) })),
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
export type TAdminNewsItem = Awaited<ReturnType<typeof listNewsForAdmin>>['items'][number];

/** One post with everything its edit page shows; null when it does not exist. */
export async function getNewsForAdmin(actor: TNewsActor, postId: string, now: Date = new Date()) {
  assertNewsAdmin(actor);
  const post = await db.newsPost.findUnique({
    where: { id: postId },
    select: {
      id: true,
      slug: true,
      titleRo: true,
      titleEn: true,
      excerptRo: true,
      excerptEn: true,
      bodyRo: true,
      bodyEn: true,
      imageKey: true,
      imageAltRo: true,
      imageAltEn: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { email: true, personProfile: { select: { firstName: true, lastName: true } } } },
    },
  });
  if (!post) return null;
  const { author, ...rest } = post;
  const authorName = displayNameOrNull(author);
  return { ...rest, authorName, status: newsStatus(post.publishedAt, now) };
}

const CONTENT_KEYS = ['titleRo', 'titleEn', 'excerptRo', 'excerptEn', 'bodyRo', 'bodyEn'] as const;

/** Creates a draft; its slug comes from the Romanian title, without diacritics, made unique. */
export async function createNews(input: TCreateNews, { actor, request }: TNewsContext): Promise<{ postId: string; slug: string }> {
  assertNewsAdmin(actor);
  const base = slugFrom(input.titleRo);
  // A slug taken between the read and the insert (two administrators at once): the second try sees it.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const taken = await tx.newsPost.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        const slug = uniqueSlug(base, new Set(taken.map((p) => p.slug)));
        const post = await tx.newsPost.create({ data: { slug, ...pick(input), authorId: actor.id, publishedAt: null }, select: { id: true } });
        const details = Object.fromEntries(CONTENT_KEYS.map((key) => [key, { from: null, to: input[key] }]));
        await writeAudit({ actorId: actor.id, action: 'news.create', entityType: 'NewsPost', entityId: post.id, request, details: { slug, ...details } }, tx);
        return { postId: post.id, slug };
      });
    } catch (error) {
      if (attempt < 2 && isPrismaError(error, 'P2002')) continue;
      throw error;
    }
  }
}

const pick = (input: Pick<TCreateNews, (typeof CONTENT_KEYS)[number]>) => Object.fromEntries(CONTENT_KEYS.map((key) => [key, input[key]])) as Pick<TCreateNews, (typeof CONTENT_KEYS)[number]>;

/**
 * Saves the texts, the address and the image's text alternatives; a published post stays published.
 * The audit row holds each changed value before → after.
 */
export async function updateNews(input: TUpdateNews, { actor, request }: TNewsContext): Promise<{ changed: boolean }> {
  assertNewsAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockNewsPost(tx, input.postId, input.updatedAt);
      const before: Record<string, string | null> = await tx.newsPost.findUniqueOrThrow({
        where: { id: input.postId },
        select: { slug: true, titleRo: true, titleEn: true, excerptRo: true, excerptEn: true, bodyRo: true, bodyEn: true, imageAltRo: true, imageAltEn: true },
      });
      // The stored post decides whether it has an image, not what the page believed.
      const hasImage = locked.imageKey !== null;
      if (hasImage && !input.imageAltRo) throw new AppError('news.imageAltRequired', { field: 'imageAltRo' });
      if (hasImage && !input.imageAltEn) throw new AppError('news.imageAltRequired', { field: 'imageAltEn' });
      const after: Record<string, string | null> = {
        slug: input.slug,
        ...pick(input),
        imageAltRo: hasImage ? input.imageAltRo : null,
        imageAltEn: hasImage ? input.imageAltEn : null,
      };
      const changes = Object.fromEntries(Object.keys(after).filter((key) => before[key] !== after[key]).map((key) => [key, { from: before[key] ?? null, to: after[key] ?? null }]));
      if (Object.keys(changes).length === 0) return { changed: false };
      if (after.slug !== locked.slug && (await tx.newsPost.count({ where: { slug: input.slug, id: { not: input.postId } } })) > 0) throw new AppError('news.slugTaken', { field: 'slug' });
      await tx.newsPost.update({ where: { id: input.postId }, data: after });
      await writeAudit({ actorId: actor.id, action: 'news.update', entityType: 'NewsPost', entityId: input.postId, request, details: { slug: locked.slug, ...changes } }, tx);
      return { changed: true };
    });
  } catch (error) {
    // The same address taken by another post between the check and the write.
    if (isPrismaError(error, 'P2002')) throw new AppError('news.slugTaken', { field: 'slug' });
    throw error;
  }
}

/** Sets the publication moment of a post (null: back to a draft), with its audit row. */
async function setPublishedAt(
  tx: TTransaction,
  post: TLockedPost,
  publishedAt: Date | null,
  action: 'news.publish' | 'news.schedule' | 'news.unpublish',
  { actor, request }: TNewsContext,
) {
  await tx.newsPost.update({ where: { id: post.id }, data: { publishedAt } });
  await writeAudit(
    { actorId: actor.id, action, entityType: 'NewsPost', entityId: post.id, request, details: { slug: post.slug, publishedAt: { from: post.publishedAt?.toISOString() ?? null, to: publishedAt?.toISOString() ?? null } } },
    tx,
  );
}

/** Publishes a draft or a scheduled post now. */
export async function publishNews(input: { postId: string; updatedAt: string }, ctx: TNewsContext): Promise<{ publishedAt: Date }> {
  assertNewsAdmin(ctx.actor);
  const now = ctx.now ?? new Date();
  return db.$transaction(async (tx) => {
    const post = await lockNewsPost(tx, input.postId, input.updatedAt);
    if (newsStatus(post.publishedAt, now) === 'published') throw new AppError('news.alreadyPublished');
    await setPublishedAt(tx, post, now, 'news.publish', ctx);
    return { publishedAt: now };
  });
}

/**
 * Schedules a draft (or moves a scheduled post) to a moment typed in Romanian time, which must be
 * in the future; the post appears on the public pages from then on. A published post is
 * unpublished first (it would otherwise vanish until then without anyone saying so).
 */
export async function scheduleNews(input: { postId: string; updatedAt: string; publishAt: string }, ctx: TNewsContext): Promise<{ publishedAt: Date }> {
  assertNewsAdmin(ctx.actor);
  const now = ctx.now ?? new Date();
  const at = fromLocalDateTime(input.publishAt);
  if (!at) throw new AppError('news.publishAtInvalid', { field: 'publishAt' });
  if (at.getTime() <= now.getTime()) throw new AppError('news.publishAtPast', { field: 'publishAt' });
  return db.$transaction(async (tx) => {
    const post = await lockNewsPost(tx, input.postId, input.updatedAt);
    if (newsStatus(post.publishedAt, now) === 'published') throw new AppError('news.alreadyPublished');
    await setPublishedAt(tx, post, at, 'news.schedule', ctx);
    return { publishedAt: at };
  });
}

/** Takes a published or scheduled post off the public pages: it is a draft again. */
export async function unpublishNews(input: { postId: string; updatedAt: string }, ctx: TNewsContext): Promise<void> {
  assertNewsAdmin(ctx.actor);
  await db.$transaction(async (tx) => {
    const post = await lockNewsPost(tx, input.postId, input.updatedAt);
    if (post.publishedAt === null) throw new AppError('news.alreadyDraft');
    await setPublishedAt(tx, post, null, 'news.unpublish', ctx);
  });
}

/** Deletes a draft (a published or scheduled post is unpublished first) and its image. */
export async function deleteNews(input: { postId: string; updatedAt: string }, ctx: TNewsContext, storage: TStorage = getStorage()): Promise<void> {
  assertNewsAdmin(ctx.actor);
  const { actor, request } = ctx;
  const imageKey = await db.$transaction(async (tx) => {
    const post = await lockNewsPost(tx, input.postId, input.updatedAt);
    if (post.publishedAt !== null) throw new AppError('news.notDraft');
    const full = await tx.newsPost.findUniqueOrThrow({ where: { id: post.id }, select: { titleRo: true, titleEn: true } });
    await tx.newsPost.delete({ where: { id: post.id } });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'news.delete',
        entityType: 'NewsPost',
        entityId: post.id,
        request,
        details: { slug: post.slug, titleRo: { from: full.titleRo, to: null }, titleEn: { from: full.titleEn, to: null }, ...(post.imageKey ? { imageKey: { from: post.imageKey, to: null } } : {}) },
      },
      tx,
    );
    return post.imageKey;
  });
  // Once the post is gone: an object left by a failed delete is harmless, a post without its image is not.
  if (imageKey) await storage.remove(imageKey).catch((error: unknown) => console.error('[news] image not removed', imageKey, error));
  // Uploads never confirmed, too: nothing can confirm them anymore.
  await sweepNewsImages(storage, input.postId, { olderThan: new Date() }).catch((error: unknown) => console.error('[news] uploads not swept', input.postId, error));
}
