/**
 * The categories of the public catalog: created, renamed, ordered and deleted by administrators.
 * Positions are kept consecutive (1, 2, 3…) in every change, under a lock on the whole list, so
 * that two administrators ordering at once cannot leave gaps or ties. Every change is one
 * transaction with its audit row.
 */
import 'server-only';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import type { TCreateCategory, TMoveCategory, TRenameCategory } from '@/lib/categories/schemas';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { slugFrom, uniqueSlug } from '@/lib/slug';

type TContext = { actor: TActor; request?: TRequestInfo };


/** The categories in catalog order, locked for the rest of the transaction. */
async function lockCategories(tx: TTransaction) {
  return tx.$queryRaw<{ id: string; slug: string; position: number }[]>`SELECT id, slug, position FROM "ServiceCategory" ORDER BY position, id FOR UPDATE`;
}

/** Writes positions 1…n in the given order, touching only the rows whose position changes. */
async function writePositions(tx: TTransaction, ordered: { id: string; position: number }[]) {
  for (const [index, category] of ordered.entries()) {
    if (category.position !== index + 1) await tx.serviceCategory.update({ where: { id: category.id }, data: { position: index + 1 } });
  }
}

/** Every category in catalog order, with how many services (active or not) it holds. */
export async function listCategories(actor: TActor) {
  assertAdmin(actor);
  const rows = await db.serviceCategory.findMany({
    select: { id: true, slug: true, nameRo: true, nameEn: true, position: true, _count: { select: { services: true } } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, services: _count.services }));
}
export type TCategoryRow = Awaited<ReturnType<typeof listCategories>>[number];

/** A new category, last in the catalog; its slug comes from the Romanian name. */
export async function createCategory(input: TCreateCategory, { actor, request }: TContext): Promise<{ categoryId: string; slug: string }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const categories = await lockCategories(tx);
    // Every category is locked, so no other insert can take the slug meanwhile.
    await writePositions(tx, categories);
    const taken = await tx.serviceCategory.findMany({ where: { slug: { startsWith: slugFrom(input.nameRo) } }, select: { slug: true } });
    const slug = uniqueSlug(slugFrom(input.nameRo), new Set(taken.map((c) => c.slug)));
    const position = categories.length + 1;
    const category = await tx.serviceCategory.create({ data: { slug, nameRo: input.nameRo, nameEn: input.nameEn, position }, select: { id: true } });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'category.create',
        entityType: 'ServiceCategory',
        entityId: category.id,
        request,
        details: { slug, nameRo: { from: null, to: input.nameRo }, nameEn: { from: null, to: input.nameEn }, position },
      },
      tx,
    );
    return { categoryId: category.id, slug };
  });
}

export async function renameCategory(input: TRenameCategory, { actor, request }: TContext): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; slug: string; nameRo: string; nameEn: string }[]>`
      SELECT id, slug, "nameRo", "nameEn" FROM "ServiceCategory" WHERE id = ${input.categoryId} FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new AppError('categories.notFound');
    const changes: Prisma.InputJsonObject = {
      ...(before.nameRo !== input.nameRo ? { nameRo: { from: before.nameRo, to: input.nameRo } } : {}),
      ...(before.nameEn !== input.nameEn ? { nameEn: { from: before.nameEn, to: input.nameEn } } : {}),
    };
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.serviceCategory.update({ where: { id: before.id }, data: { nameRo: input.nameRo, nameEn: input.nameEn } });
    await writeAudit({ actorId: actor.id, action: 'category.rename', entityType: 'ServiceCategory', entityId: before.id, request, details: { slug: before.slug, ...changes } }, tx);
    return { changed: true };
  });
}

/** Moves a category one place up or down in the catalog; the first cannot go up, nor the last down. */
export async function moveCategory(input: TMoveCategory, { actor, request }: TContext): Promise<{ position: number }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const categories = await lockCategories(tx);
    const index = categories.findIndex((c) => c.id === input.categoryId);
    if (index === -1) throw new AppError('categories.notFound');
    const other = input.direction === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= categories.length) throw new AppError(input.direction === 'up' ? 'categories.alreadyFirst' : 'categories.alreadyLast');
    const ordered = [...categories];
    [ordered[index], ordered[other]] = [ordered[other]!, ordered[index]!];
    await writePositions(tx, ordered);
    const moved = categories[index]!;
    await writeAudit(
      { actorId: actor.id, action: 'category.move', entityType: 'ServiceCategory', entityId: moved.id, request, details: { slug: moved.slug, position: { from: index + 1, to: other + 1 } } },
      tx,
    );
    return { position: other + 1 };
  });
}

/** Deletes a category with no service in it (hidden ones count); the others close up. */
export async function deleteCategory(categoryId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  try {
    await db.$transaction(async (tx) => {
      const categories = await lockCategories(tx);
      const category = categories.find((c) => c.id === categoryId);
      if (!category) throw new AppError('categories.notFound');
      if ((await tx.service.count({ where: { categoryId } })) > 0) throw new AppError('categories.notEmpty');
      const names = await tx.serviceCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { nameRo: true, nameEn: true } });
      await tx.serviceCategory.delete({ where: { id: categoryId } });
      await writePositions(
        tx,
        categories.filter((c) => c.id !== categoryId),
      );
      await writeAudit(
        {
          actorId: actor.id,
          action: 'category.delete',
          entityType: 'ServiceCategory',
          entityId: categoryId,
          request,
          details: { slug: category.slug, nameRo: { from: names.nameRo, to: null }, nameEn: { from: names.nameEn, to: null } },
        },
        tx,
      );
    });
  } catch (error) {
    // A service put in it while the delete ran: the foreign key refuses.
    if (isPrismaError(error, 'P2003')) throw new AppError('categories.notEmpty');
    throw error;
  }
}
