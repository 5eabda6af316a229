/**
 * A news post's optional image, uploaded like the applicants' documents (see ARCHITECTURE.md,
 * Uploads): the bytes go from the browser straight to the store with a presigned POST; the server
 * only decides, signs and checks.
 *   start   → a key of the post's own (`news/<postId>/<uuid>.<ext>`) and a POST limited to it, the
 *             declared type and 5 MB;
 *   confirm → HeadObject (size) and the first bytes (real type) of what landed: the image of the
 *             post, with its text alternatives, or refused and deleted. Not every store enforces the
 *             POST policy (s3rver does not), so this check is the one that protects us;
 *   remove  → the post has no image anymore and the object is gone.
 * The image a post had before is deleted once the new one is in place; files uploaded but never
 * confirmed (a closed tab) are swept from the post's folder at its next image change or its deletion.
 * Administrators only.
 */
import 'server-only';
import crypto from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { writeAudit } from '@/lib/audit/write';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertNewsAdmin, lockNewsPost, type TNewsActor, type TNewsContext } from '@/lib/news/admin';
import { newsStatus, publishedBy } from '@/lib/news/schedule';
import { NEWS_UPLOAD_EXPIRY_SECONDS, sweepNewsImages } from '@/lib/news/image-sweep';
import { detectNewsImageType, isNewsImageType, NEWS_IMAGE_EXTENSIONS, newsImageTypeOf } from '@/lib/news/image-type';
import { NEWS_IMAGE_MAX_MB, type TStartNewsImage } from '@/lib/news/schemas';
import { getStorage, type TStorage } from '@/lib/storage';

const MB = 1024 * 1024;
const NEWS_IMAGE_MAX_BYTES = NEWS_IMAGE_MAX_MB * MB;

/** Checks the declared type and size, and signs a POST for a new key of the post. */
export async function startNewsImageUpload(actor: TNewsActor, input: TStartNewsImage, storage: TStorage = getStorage()) {
  assertNewsAdmin(actor);
  const post = await db.newsPost.findUnique({ where: { id: input.postId }, select: { id: true } });
  if (!post) throw new AppError('news.notFound');
  if (!isNewsImageType(input.contentType)) throw new AppError('news.imageWrongType');
  if (input.sizeBytes === 0) throw new AppError('upload.empty');
  if (input.sizeBytes > NEWS_IMAGE_MAX_BYTES) throw new AppError('news.imageTooLarge');
  const key = `news/${post.id}/${crypto.randomUUID()}.${NEWS_IMAGE_EXTENSIONS[input.contentType]}`;
  const presigned = await storage.presignUpload({ key, contentType: input.contentType, maxBytes: NEWS_IMAGE_MAX_BYTES, expiresInSeconds: NEWS_UPLOAD_EXPIRY_SECONDS });
  return { key, url: presigned.url, fields: presigned.fields };
}

/**
 * Checks what landed under `key` and makes it the post's image, with its text alternatives, in one
 * transaction with the audit row; the previous image is deleted afterwards. A file that is not
 * what it claimed, or too large, is deleted and refused.
 */
export async function confirmNewsImage(
  input: { postId: string; key: string; imageAltRo: string; imageAltEn: string },
  { actor, request }: TNewsContext,
  storage: TStorage = getStorage(),
): Promise<{ imageKey: string }> {
  assertNewsAdmin(actor);
  const declared = newsImageTypeOf(input.key);
  // Only a key made by `startNewsImageUpload` for this very post.
  if (!declared || !input.key.startsWith(`news/${input.postId}/`)) throw new AppError('news.imageNotFound');
  const exists = await db.newsPost.findUnique({ where: { id: input.postId }, select: { id: true } });
  if (!exists) throw new AppError('news.notFound');
  const head = await storage.head(input.key);
  if (!head) throw new AppError('upload.missing');
  const reject = async (code: string): Promise<never> => {
    await storage.remove(input.key);
    throw new AppError(code);
  };
  if (head.size === 0) return reject('upload.empty');
  if (head.size > NEWS_IMAGE_MAX_BYTES) return reject('news.imageTooLarge');
  if (detectNewsImageType(await storage.readStart(input.key, 12)) !== declared) return reject('news.imageWrongType');

  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      const post = await lockNewsPost(tx, input.postId);
      const before = await tx.newsPost.findUniqueOrThrow({ where: { id: post.id }, select: { imageAltRo: true, imageAltEn: true } });
      if (post.imageKey === input.key) return null;
      await tx.newsPost.update({ where: { id: post.id }, data: { imageKey: input.key, imageAltRo: input.imageAltRo, imageAltEn: input.imageAltEn } });
      await writeAudit(
        {
          actorId: actor.id,
          action: 'news.setImage',
          entityType: 'NewsPost',
          entityId: post.id,
          request,
          details: {
            slug: post.slug,
            imageKey: { from: post.imageKey, to: input.key },
            sizeBytes: head.size,
            imageAltRo: { from: before.imageAltRo, to: input.imageAltRo },
            imageAltEn: { from: before.imageAltEn, to: input.imageAltEn },
          },
        },
        tx,
      );
      return post.imageKey;
    });
  } catch (error) {
    // The post was deleted meanwhile: its image must not stay behind.
    if (error instanceof AppError && error.code === 'news.notFound') await storage.remove(input.key);
    throw error;
  }
  if (previous) await storage.remove(previous).catch((error: unknown) => console.error('[news] previous image not removed', previous, error));
  await sweepNewsImages(storage, input.postId, { keep: input.key }).catch((error: unknown) => console.error('[news] abandoned uploads not swept', input.postId, error));
  return { imageKey: input.key };
}

/** The post has no image anymore (nor text alternatives); the object is deleted. */
export async function removeNewsImage(postId: string, { actor, request }: TNewsContext, storage: TStorage = getStorage()): Promise<void> {
  assertNewsAdmin(actor);
  const key = await db.$transaction(async (tx) => {
    const post = await lockNewsPost(tx, postId);
    if (!post.imageKey) throw new AppError('news.noImage');
    const before = await tx.newsPost.findUniqueOrThrow({ where: { id: post.id }, select: { imageAltRo: true, imageAltEn: true } });
    await tx.newsPost.update({ where: { id: post.id }, data: { imageKey: null, imageAltRo: null, imageAltEn: null } });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'news.removeImage',
        entityType: 'NewsPost',
        entityId: post.id,
        request,
        details: { slug: post.slug, imageKey: { from: post.imageKey, to: null }, imageAltRo: { from: before.imageAltRo, to: null }, imageAltEn: { from: before.imageAltEn, to: null } },
      },
      tx,
    );
    return post.imageKey;
  });
  await storage.remove(key).catch((error: unknown) => console.error('[news] image not removed', key, error));
}

/**
 * The bytes of a post's current image, for the image route: anyone gets a published post's, an
 * administrator (previewing) any post's; null otherwise. The rule is in the query: a draft's or a
 * scheduled post's image is not even read for anyone else. Read through the portal, so that pages
 * keep `img-src 'self'` and an unpublished post's image is never reachable by a guessed link.
 */
export async function readNewsImage(postId: string, viewer: TNewsActor | null, { now = new Date(), storage = getStorage() }: { now?: Date; storage?: TStorage } = {}) {
  const admin = viewer?.role === 'ADMIN';
  const post = await db.newsPost.findFirst({
    where: { id: postId, imageKey: { not: null }, ...(admin ? {} : publishedBy(now)) },
    select: { imageKey: true, publishedAt: true },
  });
  const contentType = post?.imageKey ? newsImageTypeOf(post.imageKey) : null;
  if (!post?.imageKey || !contentType) return null;
  const out = await storage.client.send(new GetObjectCommand({ Bucket: storage.bucket, Key: post.imageKey })).catch((error: unknown) => {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
    throw error;
  });
  if (!out?.Body) return null;
  return { body: out.Body.transformToWebStream(), contentType, size: out.ContentLength, key: post.imageKey, published: newsStatus(post.publishedAt, now) === 'published' };
}

/** The address of a post's image: the key's name in it makes a new image a new address (long caching is safe). */
export function newsImageSrc(post: { id: string; imageKey: string | null }): string | null {
  if (!post.imageKey) return null;
  const version = post.imageKey.split('/').pop()!.slice(0, 8);
  return `/news-images/${post.id}?v=${version}`;
}
