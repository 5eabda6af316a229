/**
 * A service's form in the back-office: the working copy the builder saves on every change, and
 * "Publică", which turns it into the next immutable ServiceVersion. Administrators only; every
 * change is one transaction with its audit row, on the service's row locked, so that two tabs or
 * two administrators queue: a save or publish naming an older revision than the stored one is
 * refused as "changed meanwhile", and two publishes cannot both take the same version number.
 * Versions are never edited: requests filed and drafts started keep the version they name.
 */
import 'server-only';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { db, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { ZWorkingCopySchema, type TWorkingCopy } from '@/lib/services/admin/form-schemas';
import { startingCopy, validateWorkingCopy, type TBuilderErrors } from '@/lib/services/form/builder';
import { ZServiceDefinitionSchema } from '@/lib/services/form/definition';
import { displayNameOrNull, nameSelect } from '@/lib/accounts/display-name';

type TContext = { actor: TActor; request?: TRequestInfo };


/** Locks the service's row for the rest of the transaction: saves and publishes of one form queue. */
async function lockService(tx: TTransaction, serviceId: string) {
  const rows = await tx.$queryRaw<TLockedService[]>`
    SELECT id, slug, "workingCopy", "workingCopyRevision", "workingCopyUpdatedAt" FROM "Service" WHERE id = ${serviceId} FOR UPDATE`;
  const service = rows[0];
  if (!service) throw new AppError('serviceBuilder.notFound');
  return service;
}
type TLockedService = { id: string; slug: string; workingCopy: unknown; workingCopyRevision: number; workingCopyUpdatedAt: Date | null };

/** "Stale" with the stored revision when the page's `revision` is not it (someone saved meanwhile); null when it is. */
const staleOf = (service: TLockedService, revision: number): TStale | null =>
  service.workingCopyRevision === revision ? null : { status: 'stale', revision: service.workingCopyRevision, updatedAt: service.workingCopyUpdatedAt };

/** Clears the working copy (published or discarded) and moves the revision on; returns the new revision. */
async function clearWorkingCopy(tx: TTransaction, service: TLockedService, actorId: string): Promise<number> {
  const revision = service.workingCopyRevision + 1;
  await tx.service.update({
    where: { id: service.id },
    data: { workingCopy: Prisma.DbNull, workingCopyRevision: revision, workingCopyUpdatedAt: new Date(), workingCopyUpdatedById: actorId },
  });
  return revision;
}

/** A stored working copy as the builder edits it; one that no longer fits the builder's shape (hand-edited) is not offered. */
function asWorkingCopy(value: unknown): TWorkingCopy | null {
  const parsed = ZWorkingCopySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The form of a service for the builder: its working copy, or else the latest published
 * definition, or else a one-field starting form; with the revision to save against and the
 * latest version's number. Null when the service does not exist.
 */
export async function getServiceForm(actor: TActor, serviceId: string) {
  assertAdmin(actor);
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      slug: true,
      titleRo: true,
      titleEn: true,
      active: true,
      archivedAt: true,
      workingCopy: true,
      workingCopyRevision: true,
      workingCopyUpdatedAt: true,
      workingCopyUpdatedById: true,
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: 'desc' }, take: 1, select: { number: true, definition: true, publishedAt: true } },
    },
  });
  if (!service) return null;
  const latest = service.versions[0] ?? null;
  const working = service.workingCopy === null ? null : asWorkingCopy(service.workingCopy);
  // A version as published (its defaults filled in, as the citizen's form reads it).
  const published = latest ? asWorkingCopy(ZServiceDefinitionSchema.safeParse(latest.definition).data ?? latest.definition) : null;
  const updatedBy = service.workingCopyUpdatedById
    ? await db.user.findUnique({ where: { id: service.workingCopyUpdatedById }, select: nameSelect })
    : null;
  return {
    service: { id: service.id, slug: service.slug, titleRo: service.titleRo, titleEn: service.titleEn, active: service.active, archived: service.archivedAt !== null },
    copy: working ?? published ?? startingCopy(),
    /** Whether `copy` is unpublished work (false: it is the latest version, or the starting form). */
    hasWorkingCopy: working !== null,
    revision: service.workingCopyRevision,
    updatedAt: service.workingCopy === null ? null : service.workingCopyUpdatedAt,
    updatedBy: service.workingCopy === null ? null : displayNameOrNull(updatedBy),
    latestVersion: latest ? { number: latest.number, publishedAt: latest.publishedAt } : null,
  };
}
export type TServiceForm = NonNullable<Awaited<ReturnType<typeof getServiceForm>>>;

/** What a save or a publish found when the page's revision was stale: the stored one, to say so and reload. */
export type TStale = { status: 'stale'; revision: number; updatedAt: Date | null };

type TFieldKeys = { fields: string[]; documents: string[] };
const keysOf = (copy: TWorkingCopy | null): TFieldKeys | null => (copy ? { fields: copy.fields.map((f) => f.key), documents: copy.documents.map((d) => d.key) } : null);

/** What changed between two copies, small enough for the audit log: keys before → after, and the keys whose settings changed. */
function copyChanges(before: TWorkingCopy | null, after: TWorkingCopy | null) {
  const changed = (list: 'fields' | 'documents') => {
    if (!before || !after) return [];
    const old = new Map<string, string>(before[list].map((item) => [item.key, JSON.stringify(item)]));
    return after[list].filter((item) => old.has(item.key) && old.get(item.key) !== JSON.stringify(item)).map((item) => item.key);
  };
  return {
    keys: { from: keysOf(before), to: keysOf(after) } as unknown as Prisma.InputJsonObject,
    changedFields: changed('fields'),
    changedDocuments: changed('documents'),
    ...(before?.delivery !== after?.delivery ? { delivery: { from: before?.delivery ?? null, to: after?.delivery ?? null } } : {}),
  };
}

/**
 * Saves the builder's working copy when `revision` is the stored one, and moves the revision on;
 * otherwise changes nothing and answers "stale" with the stored revision (someone saved meanwhile:
 * the builder says so and offers to reload, or to save again over it).
 */
export async function saveWorkingCopy(input: { serviceId: string; revision: number; copy: TWorkingCopy }, { actor, request }: TContext): Promise<{ status: 'saved'; revision: number; updatedAt: Date } | TStale> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, input.serviceId);
    const stale = staleOf(service, input.revision);
    if (stale) return stale;
    const updatedAt = new Date();
    const revision = service.workingCopyRevision + 1;
    await tx.service.update({
      where: { id: service.id },
      data: { workingCopy: input.copy as unknown as Prisma.InputJsonObject, workingCopyRevision: revision, workingCopyUpdatedAt: updatedAt, workingCopyUpdatedById: actor.id },
    });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'service.form.save',
        entityType: 'Service',
        entityId: service.id,
        request,
        details: { slug: service.slug, revision: { from: input.revision, to: revision }, ...copyChanges(asWorkingCopy(service.workingCopy), input.copy) },
      },
      tx,
    );
    return { status: 'saved', revision, updatedAt };
  });
}

/**
 * Publishes the working copy as version N+1 (N: the highest number so far), validated with the
 * same schema as the seeded definitions; the working copy is then cleared. An invalid copy is
 * refused with its errors at the builder's paths and nothing is written.
 */
export async function publishServiceForm(
  input: { serviceId: string; revision: number },
  { actor, request }: TContext,
): Promise<{ status: 'published'; version: number; versionId: string; revision: number } | { status: 'invalid'; errors: TBuilderErrors } | TStale> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, input.serviceId);
    const stale = staleOf(service, input.revision);
    if (stale) return stale;
    if (service.workingCopy === null) throw new AppError('serviceBuilder.nothingToPublish');
    const copy = asWorkingCopy(service.workingCopy);
    if (!copy) return { status: 'invalid', errors: { form: ['invalid'] } };
    const checked = validateWorkingCopy(copy);
    if (!checked.ok) return { status: 'invalid', errors: checked.errors };
    // The row lock above makes this read and the insert one step: a second publish waits and takes N+2.
    const last = await tx.serviceVersion.findFirst({ where: { serviceId: service.id }, orderBy: { number: 'desc' }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.serviceVersion.create({
      data: { serviceId: service.id, number, definition: checked.definition as unknown as Prisma.InputJsonObject, publishedAt: new Date(), createdById: actor.id },
      select: { id: true },
    });
    const revision = await clearWorkingCopy(tx, service, actor.id);
    await writeAudit(
      {
        actorId: actor.id,
        action: 'service.form.publish',
        entityType: 'Service',
        entityId: service.id,
        request,
        details: { slug: service.slug, version: { from: last?.number ?? null, to: number }, versionId: version.id, fields: checked.definition.fields.map((f) => f.key), documents: checked.definition.documents.map((d) => d.key) },
      },
      tx,
    );
    return { status: 'published', version: number, versionId: version.id, revision };
  });
}

/** Drops the working copy (the builder goes back to the latest published version), when `revision` is the stored one. */
export async function discardWorkingCopy(input: { serviceId: string; revision: number }, { actor, request }: TContext): Promise<{ status: 'discarded'; revision: number } | TStale> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const service = await lockService(tx, input.serviceId);
    const stale = staleOf(service, input.revision);
    if (stale) return stale;
    if (service.workingCopy === null) return { status: 'discarded', revision: service.workingCopyRevision };
    const revision = await clearWorkingCopy(tx, service, actor.id);
    await writeAudit(
      {
        actorId: actor.id,
        action: 'service.form.discard',
        entityType: 'Service',
        entityId: service.id,
        request,
        details: { slug: service.slug, revision: { from: input.revision, to: revision }, ...copyChanges(asWorkingCopy(service.workingCopy), null) },
      },
      tx,
    );
    return { status: 'discarded', revision };
  });
}
