/**
 * News administration against the real PostgreSQL and S3 server: creating, editing, publishing now
 * or at a date and time (Romanian time), unpublishing and deleting, with the refusals (stale page,
 * taken address, past date, a published post deleted); scheduled posts reach the public list at
 * their time; Markdown saved by the administrator is rendered clean on the public page; the image
 * upload checks what really landed; a clerk and a citizen are refused by every function; each
 * change has its audit row (before → after).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/content/markdown';
import type { TPrismaClient } from '@/lib/db';
import { createNews, deleteNews, getNewsForAdmin, listNewsForAdmin, publishNews, scheduleNews, unpublishNews, updateNews, type TNewsActor } from '@/lib/news/admin';
import { sweepNewsImages } from '@/lib/news/image-sweep';
import { confirmNewsImage, readNewsImage, removeNewsImage, startNewsImageUpload } from '@/lib/news/images';
import { getPublishedNewsPost, listPublishedNews } from '@/lib/news/queries';
import { fromLocalDateTime } from '@/lib/news/schedule';
import { ZCreateNewsSchema, ZScheduleNewsSchema, ZUpdateNewsSchema, type TUpdateNewsInput } from '@/lib/news/schemas';
import type { TStorage } from '@/lib/storage';
import { createApplicant, PDF, post, useRequestWorld } from './request-fixtures';
import { uniqueName } from './support';

const REQUEST = { ip: '198.51.100.41', userAgent: 'vitest' };
const HOUR = 60 * 60 * 1000;

/** The smallest valid PNG (1×1), and bytes that only claim to be one. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TEXT = Buffer.from('nu sunt o imagine, doar text\n');

describe('news administration', () => {
  let prisma: TPrismaClient;
  let storage: TStorage;
  let admin: TNewsActor;
  let clerk: TNewsActor;
  let citizen: TNewsActor;
  const ctx = (now?: Date) => ({ actor: admin, request: REQUEST, now });

  useRequestWorld(async (world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    clerk = { id: world.clerk.user.id, role: 'CLERK' };
    admin = { id: '', role: 'ADMIN' };
    citizen = { id: '', role: 'CITIZEN' };
  });

  const ready = async () => {
    if (!admin.id) admin.id = (await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.local' }, select: { id: true } })).id;
    if (!citizen.id) citizen.id = (await createApplicant(prisma)).id;
  };
  const draft = async (titleRo = `Anunț de probă ${uniqueName('n')}`, body = 'Primul paragraf.\n\nAl doilea paragraf.') => {
    await ready();
    return createNews(ZCreateNewsSchema.parse({ titleRo, titleEn: 'Trial notice', excerptRo: 'Un rezumat scurt al anunțului.', excerptEn: 'A short summary of the notice.', bodyRo: body, bodyEn: 'First paragraph.' }), ctx());
  };
  const token = async (postId: string) => ({ postId, updatedAt: (await prisma.newsPost.findUniqueOrThrow({ where: { id: postId }, select: { updatedAt: true } })).updatedAt.toISOString() });
  const editInput = async (postId: string, changes: Partial<TUpdateNewsInput> = {}) => {
    const p = await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } });
    return ZUpdateNewsSchema.parse({
      ...(await token(postId)),
      slug: p.slug,
      titleRo: p.titleRo,
      titleEn: p.titleEn,
      excerptRo: p.excerptRo,
      excerptEn: p.excerptEn,
      bodyRo: p.bodyRo,
      bodyEn: p.bodyEn,
      hasImage: p.imageKey !== null,
      imageAltRo: p.imageAltRo ?? '',
      imageAltEn: p.imageAltEn ?? '',
      ...changes,
    });
  };
  const audits = (entityId: string) => prisma.auditLog.findMany({ where: { entityType: 'NewsPost', entityId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, ip: true, details: true } });
  const publicSlugs = async (now?: Date) => (await listPublishedNews({ locale: 'ro', pageSize: 100, now })).items.map((item) => item.slug);
  /** Uploads bytes through a presigned POST for the post's image, as the browser does, then asks for the check. */
  const uploadImage = async (postId: string, bytes: Buffer, contentType = 'image/png') => {
    const started = await startNewsImageUpload(admin, { postId, fileName: 'poza.png', contentType, sizeBytes: bytes.length }, storage);
    await post(started, bytes, contentType);
    return started.key;
  };
  const alt = { imageAltRo: 'Clădirea primăriei', imageAltEn: 'The city hall building' };

  it('refuses a clerk and a citizen every function, writing nothing', async () => {
    const { postId } = await draft();
    const ref = await token(postId);
    const before = { posts: await prisma.newsPost.count(), audits: await prisma.auditLog.count(), post: await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } }) };
    const create = ZCreateNewsSchema.parse({ titleRo: 'Titlu nou', titleEn: 'New title', excerptRo: 'Rezumatul anunțului.', excerptEn: 'Summary of it.', bodyRo: 'Text', bodyEn: 'Text' });
    for (const actor of [clerk, citizen]) {
      const as = { actor, request: REQUEST };
      const calls: [string, () => Promise<unknown>][] = [
        ['listNewsForAdmin', () => listNewsForAdmin(actor)],
        ['getNewsForAdmin', () => getNewsForAdmin(actor, postId)],
        ['createNews', () => createNews(create, as)],
        ['updateNews', async () => updateNews(await editInput(postId, { titleRo: 'Schimbat de altcineva' }), as)],
        ['publishNews', () => publishNews(ref, as)],
        ['scheduleNews', () => scheduleNews({ ...ref, publishAt: '2031-01-05T10:00' }, as)],
        ['unpublishNews', () => unpublishNews(ref, as)],
        ['deleteNews', () => deleteNews(ref, as, storage)],
        ['startNewsImageUpload', () => startNewsImageUpload(actor, { postId, fileName: 'a.png', contentType: 'image/png', sizeBytes: PNG.length }, storage)],
        ['confirmNewsImage', () => confirmNewsImage({ postId, key: `news/${postId}/00000000-0000-4000-8000-000000000000.png`, ...alt }, as, storage)],
        ['removeNewsImage', () => removeNewsImage(postId, as, storage)],
      ];
      for (const [name, call] of calls) await expect(call(), `${name} as ${actor.role}`).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await prisma.newsPost.count()).toBe(before.posts);
    expect(await prisma.auditLog.count()).toBe(before.audits);
    expect(await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).toEqual(before.post);
  });

  it('creates a draft whose address comes from the Romanian title, unique, with its audit row', async () => {
    const title = `Întâlnire cu cetățenii ${uniqueName('x')}`;
    const first = await draft(title);
    const second = await draft(title);
    expect(first.slug).toMatch(/^intalnire-cu-cetatenii-x-[0-9a-f]{10}$/);
    expect(second.slug).toBe(`${first.slug}-2`);
    const created = await getNewsForAdmin(admin, first.postId);
    expect(created).toMatchObject({ status: 'draft', publishedAt: null, titleRo: title });
    expect(await publicSlugs()).not.toContain(first.slug);
    const [audit] = await audits(first.postId);
    expect(audit).toMatchObject({ action: 'news.create', actorId: admin.id, ip: REQUEST.ip, details: { slug: first.slug, titleRo: { from: null, to: title } } });
    const listed = await listNewsForAdmin(admin, { pageSize: 2 });
    // Newest first.
    expect(listed.items.map((item) => item.id)).toEqual([second.postId, first.postId]);
  });

  it('edits the texts and the address (before → after), refuses a taken address and a stale page', async () => {
    const { postId } = await draft();
    const other = await draft();
    const stale = await editInput(postId, { titleRo: 'Titlul din fila veche' });
    const slug = `adresa-noua-${uniqueName('s').replace('_', '-')}`;
    expect(await updateNews(await editInput(postId, { titleRo: 'Titlul corectat', slug }), ctx())).toEqual({ changed: true });
    const audit = (await audits(postId)).at(-1);
    expect(audit).toMatchObject({ action: 'news.update', details: { titleRo: { to: 'Titlul corectat' }, slug: expect.anything() } });
    expect((audit?.details as Record<string, unknown>).bodyRo).toBeUndefined();

    await expect(updateNews(stale, ctx())).rejects.toMatchObject({ code: 'news.stale' });
    await expect(updateNews(await editInput(postId, { slug: other.slug }), ctx())).rejects.toMatchObject({ code: 'news.slugTaken', details: { field: 'slug' } });
    expect(await updateNews(await editInput(postId), ctx())).toEqual({ changed: false });
    expect(ZUpdateNewsSchema.safeParse({ ...(await editInput(postId)), slug: 'Cu Spații' }).success).toBe(false);
    expect((await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).slug).toBe(slug);
  });

  it('publishes now, keeps an edited post published, unpublishes back to a draft', async () => {
    const { postId, slug } = await draft();
    await publishNews(await token(postId), ctx());
    expect(await publicSlugs()).toContain(slug);
    expect((await listPublishedNews({ locale: 'ro', pageSize: 3 })).items[0]?.slug).toBe(slug);
    await expect(publishNews(await token(postId), ctx())).rejects.toMatchObject({ code: 'news.alreadyPublished' });
    await expect(deleteNews(await token(postId), ctx(), storage)).rejects.toMatchObject({ code: 'news.notDraft' });

    const publishedAt = (await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).publishedAt;
    await updateNews(await editInput(postId, { bodyRo: 'Text nou, după publicare.' }), ctx());
    expect((await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).publishedAt).toEqual(publishedAt);
    expect((await getPublishedNewsPost(slug, 'ro'))?.body).toBe('Text nou, după publicare.');

    await unpublishNews(await token(postId), ctx());
    expect(await publicSlugs()).not.toContain(slug);
    expect(await getPublishedNewsPost(slug, 'ro', new Date(Date.now() + 1000))).toBeNull();
    await expect(unpublishNews(await token(postId), ctx())).rejects.toMatchObject({ code: 'news.alreadyDraft' });
    const actions = (await audits(postId)).map((a) => a.action);
    expect(actions).toEqual(['news.create', 'news.publish', 'news.update', 'news.unpublish']);
    const unpublish = (await audits(postId)).at(-1)!.details as { publishedAt: { from: string; to: null } };
    expect(unpublish.publishedAt).toEqual({ from: publishedAt!.toISOString(), to: null });
  });

  it('schedules at a date and time in Romanian time: not listed before it, listed from it', async () => {
    const { postId, slug } = await draft();
    const now = new Date('2030-06-30T12:00:00Z');
    // 1 July 2030, 09:30 in Romania is 06:30 UTC (summer time, UTC+3); 8 December, 09:30 is 07:30 UTC.
    expect(fromLocalDateTime('2030-07-01T09:30')?.toISOString()).toBe('2030-07-01T06:30:00.000Z');
    expect(fromLocalDateTime('2030-12-08T09:30')?.toISOString()).toBe('2030-12-08T07:30:00.000Z');
    expect(ZScheduleNewsSchema.safeParse({ ...(await token(postId)), publishAt: '2030-02-30T09:00' }).success).toBe(false);
    await expect(scheduleNews({ ...(await token(postId)), publishAt: '2030-06-30T14:00' }, ctx(now))).rejects.toMatchObject({ code: 'news.publishAtPast', details: { field: 'publishAt' } });

    await scheduleNews({ ...(await token(postId)), publishAt: '2030-07-01T09:30' }, ctx(now));
    const at = new Date('2030-07-01T06:30:00Z');
    expect(await getNewsForAdmin(admin, postId, now)).toMatchObject({ status: 'scheduled', publishedAt: at });
    expect(await publicSlugs(new Date(at.getTime() - 1000))).not.toContain(slug);
    expect(await getPublishedNewsPost(slug, 'ro', new Date(at.getTime() - 1000))).toBeNull();
    expect(await publicSlugs(at)).toContain(slug);
    expect(await getPublishedNewsPost(slug, 'en', new Date(at.getTime() + HOUR))).toMatchObject({ title: 'Trial notice' });
    // And today: not yet (2030 is far off).
    expect(await publicSlugs()).not.toContain(slug);
    expect((await audits(postId)).at(-1)).toMatchObject({ action: 'news.schedule', details: { publishedAt: { from: null, to: at.toISOString() } } });

    // A scheduled post can be published at once.
    await publishNews(await token(postId), ctx());
    expect(await publicSlugs()).toContain(slug);
  });

  it('renders Markdown with <script>, javascript: links and onerror= clean on the public page', async () => {
    const body = [
      '## Program de sărbători',
      '',
      'Ghișeele sunt <script>alert("x")</script> deschise.',
      '',
      '- luni',
      '- marți',
      '',
      '<img src=x onerror="alert(2)">',
      '',
      '[Detalii](javascript:alert(3)) și [site](https://primariaroman.ro) <a href="JAVASCRIPT:alert(4)" onclick="y()">b</a>',
    ].join('\n');
    const { postId, slug } = await draft(undefined, body);
    await publishNews(await token(postId), ctx());
    const published = await getPublishedNewsPost(slug, 'ro');
    // Saved as written (the source stays editable); cleaned when rendered.
    expect(published?.body).toBe(body);
    const html = renderToStaticMarkup(createElement(Markdown, { source: published!.body }));
    expect(html).not.toMatch(/<script|alert|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('<h2>Program de sărbători</h2>');
    expect(html).toContain('<li>marți</li>');
    expect(html).toContain('<a href="https://primariaroman.ro" rel="noopener noreferrer nofollow">site</a>');
  });

  it('accepts a PNG checked by its first bytes, replaces it, and serves it only once the post is published', async () => {
    const { postId } = await draft();
    await expect(startNewsImageUpload(admin, { postId, fileName: 'a.gif', contentType: 'image/gif', sizeBytes: 10 }, storage)).rejects.toMatchObject({ code: 'news.imageWrongType' });
    await expect(startNewsImageUpload(admin, { postId, fileName: 'a.png', contentType: 'image/png', sizeBytes: 5 * 1024 * 1024 + 1 }, storage)).rejects.toMatchObject({ code: 'news.imageTooLarge' });

    const first = await uploadImage(postId, PNG);
    expect(first).toMatch(new RegExp(`^news/${postId}/[0-9a-f-]{36}\\.png$`));
    await confirmNewsImage({ postId, key: first, ...alt }, ctx(), storage);
    expect(await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).toMatchObject({ imageKey: first, ...alt });
    // A draft's image: not for a visitor, nor for a clerk; an administrator previews it.
    expect(await readNewsImage(postId, null, { storage })).toBeNull();
    expect(await readNewsImage(postId, clerk, { storage })).toBeNull();
    const preview = await readNewsImage(postId, admin, { storage });
    expect(preview).toMatchObject({ contentType: 'image/png', published: false });
    expect(Buffer.from(await new Response(preview!.body).arrayBuffer())).toEqual(PNG);

    // The descriptions are required while there is an image, whatever the page said.
    await expect(updateNews(await editInput(postId, { hasImage: false, imageAltRo: '' }), ctx())).rejects.toMatchObject({ code: 'news.imageAltRequired', details: { field: 'imageAltRo' } });
    expect(ZUpdateNewsSchema.safeParse(await editInput(postId).then((input) => ({ ...input, imageAltEn: '' }))).success).toBe(false);

    const second = await uploadImage(postId, PNG);
    await confirmNewsImage({ postId, key: second, imageAltRo: 'Piața Roman-Vodă', imageAltEn: 'Roman-Vodă square' }, ctx(), storage);
    expect(await storage.head(first)).toBeNull();
    expect(await storage.head(second)).not.toBeNull();

    // Scheduled: still not public until its time, public from it.
    const now = new Date();
    const later = new Date(now.getTime() + 2 * HOUR);
    await prisma.newsPost.update({ where: { id: postId }, data: { publishedAt: later } });
    expect(await readNewsImage(postId, null, { now, storage })).toBeNull();
    expect(await readNewsImage(postId, null, { now: later, storage })).toMatchObject({ contentType: 'image/png', published: true });
    await prisma.newsPost.update({ where: { id: postId }, data: { publishedAt: null } });

    await publishNews(await token(postId), ctx());
    const slug = (await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).slug;
    expect((await getPublishedNewsPost(slug, 'en'))?.image).toEqual({ src: `/news-images/${postId}?v=${second.split('/')[2]!.slice(0, 8)}`, alt: 'Roman-Vodă square' });
    const served = await readNewsImage(postId, null, { storage });
    expect(served).toMatchObject({ contentType: 'image/png', published: true, key: second });
    expect(Buffer.from(await new Response(served!.body).arrayBuffer())).toEqual(PNG);

    const actions = (await audits(postId)).map((a) => a.action);
    expect(actions).toEqual(['news.create', 'news.setImage', 'news.setImage', 'news.publish']);
    expect((await audits(postId))[2]?.details).toMatchObject({ imageKey: { from: first, to: second }, imageAltRo: { from: alt.imageAltRo, to: 'Piața Roman-Vodă' } });

    await removeNewsImage(postId, ctx(), storage);
    expect(await storage.head(second)).toBeNull();
    expect(await readNewsImage(postId, admin, { storage })).toBeNull();
    expect(await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).toMatchObject({ imageKey: null, imageAltRo: null, imageAltEn: null });
    await expect(removeNewsImage(postId, ctx(), storage)).rejects.toMatchObject({ code: 'news.noImage' });
  });

  it('refuses and deletes a file that claims to be a PNG but is a PDF or text, or is too big', async () => {
    const { postId } = await draft();
    for (const bytes of [PDF, TEXT]) {
      const key = await uploadImage(postId, bytes);
      await expect(confirmNewsImage({ postId, key, ...alt }, ctx(), storage)).rejects.toMatchObject({ code: 'news.imageWrongType' });
      expect(await storage.head(key)).toBeNull();
    }
    // The test store does not enforce the POST's size limit: the check after the upload does.
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const startedBig = await startNewsImageUpload(admin, { postId, fileName: 'mare.png', contentType: 'image/png', sizeBytes: PNG.length }, storage);
    await post(startedBig, big, 'image/png');
    await expect(confirmNewsImage({ postId, key: startedBig.key, ...alt }, ctx(), storage)).rejects.toMatchObject({ code: 'news.imageTooLarge' });
    expect(await storage.head(startedBig.key)).toBeNull();
    // A key that is not this post's own.
    const other = await draft();
    const foreign = await uploadImage(other.postId, PNG);
    await expect(confirmNewsImage({ postId, key: foreign, ...alt }, ctx(), storage)).rejects.toMatchObject({ code: 'news.imageNotFound' });
    expect(await prisma.newsPost.findUniqueOrThrow({ where: { id: postId } })).toMatchObject({ imageKey: null });
    expect((await audits(postId)).map((a) => a.action)).toEqual(['news.create']);
  });

  it('sweeps uploads never confirmed, but not one that may still be in progress', async () => {
    const { postId } = await draft();
    const abandoned = await uploadImage(postId, PNG);
    const key = await uploadImage(postId, PNG);
    await confirmNewsImage({ postId, key, ...alt }, ctx(), storage);
    // Just uploaded: another tab may confirm it in a moment.
    expect(await storage.head(abandoned)).not.toBeNull();
    expect(await sweepNewsImages(storage, postId, { keep: key, olderThan: new Date(Date.now() + 60_000) })).toEqual({ removed: 1 });
    expect(await storage.head(abandoned)).toBeNull();
    expect(await storage.head(key)).not.toBeNull();
  });

  it('deletes a draft with its image and any upload never confirmed, with its audit row', async () => {
    const { postId, slug } = await draft();
    const key = await uploadImage(postId, PNG);
    await confirmNewsImage({ postId, key, ...alt }, ctx(), storage);
    const abandoned = await uploadImage(postId, PNG);
    await expect(deleteNews({ postId, updatedAt: new Date(0).toISOString() }, ctx(), storage)).rejects.toMatchObject({ code: 'news.stale' });
    await deleteNews(await token(postId), ctx(), storage);
    expect(await prisma.newsPost.findUnique({ where: { id: postId } })).toBeNull();
    expect(await storage.head(key)).toBeNull();
    expect(await storage.head(abandoned)).toBeNull();
    expect((await audits(postId)).at(-1)).toMatchObject({ action: 'news.delete', details: { slug, imageKey: { from: key, to: null } } });
    await expect(getNewsForAdmin(admin, postId)).resolves.toBeNull();
  });
});
