/**
 * The bell's data against the real PostgreSQL: notifications written by real request actions, only
 * ever the user's own, counted with a cap, listed newest first with every row exactly once.
 */
import { describe, expect, it } from 'vitest';
import { listNotifications, markAllRead, markRead, unreadCount } from '@/lib/notifications/notifications';
import { ZNotificationCursorSchema } from '@/lib/notifications/schemas';
import { takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { createApplicant, readyDraft, type TRequestWorld, useRequestWorld } from './request-fixtures';

describe('notifications', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;

  useRequestWorld((world) => ({ database, storage, clerk } = world));

  /** A request submitted by the applicant and taken into review by the clerk: two notifications. */
  async function takenRequest() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    const { version } = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } });
    await takeRequest(clerk, { requestId, version });
    return { applicant, requestId };
  }

  /** `count` notifications for the user, `perInstant` of them sharing each createdAt (ties, as in one transaction). */
  async function seedNotifications(userId: string, count: number, perInstant = 1) {
    const start = Date.UTC(2026, 0, 1);
    await database.prisma.notification.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        userId,
        kind: 'request.message',
        params: { registrationNumber: `RMN-2026-${String(i).padStart(6, '0')}` },
        createdAt: new Date(start + Math.floor(i / perInstant) * 60_000),
      })),
    });
  }

  async function readAll(userId: string) {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page = await listNotifications(userId, { cursor: ZNotificationCursorSchema.parse(cursor ?? undefined) });
      pages.push(page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);
    return pages;
  }

  it("counts what real actions wrote, and marks only the user's own read", async () => {
    const { applicant, requestId } = await takenRequest();
    const other = await createApplicant(database.prisma);

    expect(await unreadCount(applicant.id)).toBe(2);
    const { items } = await listNotifications(applicant.id);
    expect(items.map((n) => n.kind)).toEqual(['request.inReview', 'request.submitted']);
    expect(items.every((n) => n.requestId === requestId && n.readAt === null)).toBe(true);
    const [inReview] = items;

    // Another user: sees none of them, and opening or marking them finds nothing.
    expect(await unreadCount(other.id)).toBe(0);
    expect((await listNotifications(other.id)).items).toEqual([]);
    expect(await markRead(other.id, inReview!.id)).toBeNull();
    expect(await markAllRead(other.id)).toBe(0);
    expect(await markRead(applicant.id, 'no-such-notification')).toBeNull();
    expect(await unreadCount(applicant.id)).toBe(2);

    // The owner opens one: it is read, the count drops, and opening it again changes nothing.
    expect(await markRead(applicant.id, inReview!.id)).toEqual({ requestId, kind: 'request.inReview' });
    expect(await unreadCount(applicant.id)).toBe(1);
    const readAt = (await database.prisma.notification.findUniqueOrThrow({ where: { id: inReview!.id } })).readAt;
    expect(readAt).toBeInstanceOf(Date);
    expect(await markRead(applicant.id, inReview!.id)).toEqual({ requestId, kind: 'request.inReview' });
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { id: inReview!.id } })).readAt).toEqual(readAt);

    expect(await markAllRead(applicant.id)).toBe(1);
    expect(await unreadCount(applicant.id)).toBe(0);
    expect((await listNotifications(applicant.id)).items.every((n) => n.readAt !== null)).toBe(true);
  });

  it('a notification about no request opens the list', async () => {
    const user = await createApplicant(database.prisma);
    const created = await database.prisma.notification.create({ data: { userId: user.id, kind: 'system.news' } });
    expect(await markRead(user.id, created.id)).toEqual({ requestId: null, kind: 'system.news' });
  });

  it('a tax payment\'s notification says so, for the route to open /taxes', async () => {
    const user = await createApplicant(database.prisma);
    const created = await database.prisma.notification.create({ data: { userId: user.id, kind: 'payment.paid', params: { registrationNumber: 'CH-2026-000001', amountBani: 1000 } } });
    expect(await markRead(user.id, created.id)).toEqual({ requestId: null, kind: 'payment.paid' });
  });

  it('pages newest first, every row exactly once, even when many share the same instant', async () => {
    const user = await createApplicant(database.prisma);
    const other = await createApplicant(database.prisma);
    await seedNotifications(user.id, 47, 3);
    await seedNotifications(other.id, 30, 2);

    const pages = await readAll(user.id);
    expect(pages.map((p) => p.length)).toEqual([20, 20, 7]);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(47);
    const mine = await database.prisma.notification.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } });
    expect(ids).toEqual(mine.map((n) => n.id));

    // A cursor is only a position: with someone else's, the list is still only the user's own.
    const otherPage = await listNotifications(other.id);
    const fromForeignCursor = await listNotifications(user.id, { cursor: ZNotificationCursorSchema.parse(otherPage.nextCursor!) });
    expect(fromForeignCursor.items.every((n) => mine.some((m) => m.id === n.id))).toBe(true);
  });

  it('counts no further than the bell shows (99+)', async () => {
    const user = await createApplicant(database.prisma);
    await seedNotifications(user.id, 150);
    expect(await unreadCount(user.id)).toBe(100);
    expect(await markAllRead(user.id)).toBe(150);
    expect(await unreadCount(user.id)).toBe(0);
  });
});
