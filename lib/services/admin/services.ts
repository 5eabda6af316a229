/**
 * Service administration: the catalog's services, their metadata, whether they are shown, archived,
 * their published versions, and their files (export / import). Administrators only: every function
 * checks the caller's role itself; every change is one transaction with its audit row (before → after).
 *
 * Rules: a new service is created hidden and without a form (it is made in the builder, then
 * published). It is shown only with a published version, not archived, in an active department.
 * Archiving takes it out of the catalog and of the default list; its requests stay; it can be
 * restored (hidden). An imported file never touches a published version.
 */
import 'server-only';
import crypto from 'node:crypto';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TTermUnit } from '@/lib/requests/terms';
import { DRAFT } from '@/lib/requests/workflow';
import { buildServicePackage, loadServicePackage, readServicePackage, ServicePackageError, serviceSearchText, type TPackageProblem, type TServicePackageInput } from '@/lib/services/admin/package';
import { APPLICANT_TYPES, type TCreateService, type TImportService, type TServiceStatus, type TUpdateService } from '@/lib/services/admin/schemas';
import { parseServiceDefinition, type TServiceDefinition } from '@/lib/services/form/definition';
import { diffDefinitions, type TDefinitionDiff } from '@/lib/services/form/diff';
import { searchTokens } from '@/lib/services/search-text';
import { displayNameOrNull, nameSelect } from '@/lib/accounts/display-name';

type TContext = { actor: TActor; request?: TRequestInfo };

export const SERVICES_PAGE_SIZE = 20;

const METADATA_KEYS = [
  'titleRo',
  'titleEn',
  'summaryRo',
  'summaryEn',
  'descriptionRo',
  'descriptionEn',
  'categoryId',
  'departmentId',
  'applicantTypes',
  'legalTermDays',
  'legalTermUnit',
  'maxExtensionDays',
  'legalBasisRo',
  'legalBasisEn',
  'suspendOnInfo',
  'suspendOnFee',
  'tacitApproval',
  'tacitApprovalBasisRo',
  'tacitApprovalBasisEn',
  'feeAmountBani',
  'feeInfoRo',
  'feeInfoEn',
  'position',
] as const;
type TMetadata = {
  titleRo: string;
  titleEn: string;
  summaryRo: string;
  summaryEn: string;
  descriptionRo: string;
  descriptionEn: string;
  categoryId: string;
  departmentId: string;
  applicantTypes: ('PERSON' | 'COMPANY' | 'INSTITUTION' | 'STAFF')[];
  legalTermDays: number;
  legalTermUnit: TTermUnit;
  maxExtensionDays: number;
  legalBasisRo: string | null;
  legalBasisEn: string | null;
  suspendOnInfo: boolean;
  suspendOnFee: boolean;
  tacitApproval: boolean;
  tacitApprovalBasisRo: string | null;
  tacitApprovalBasisEn: string | null;
  feeAmountBani: number | null;
  feeInfoRo: string | null;
  feeInfoEn: string | null;
  position: number;
};

const metadataSelect = Object.fromEntries(METADATA_KEYS.map((key) => [key, true])) as { [K in (typeof METADATA_KEYS)[number]]: true };

/** A fingerprint of the metadata the page showed: a change made meanwhile in another tab shows as a different one. */
function metadataRevision(metadata: TMetadata): string {
  const ordered = METADATA_KEYS.map((key) => metadata[key]);
  return crypto.createHash('sha256').update(JSON.stringify(ordered)).digest('base64url').slice(0, 24);
}

/** The metadata of an input, as the database holds it. */
function metadataOf(input: TCreateService | TUpdateService): TMetadata {
  return {
    titleRo: input.titleRo,
    titleEn: input.titleEn,
    summaryRo: input.summaryRo,
    summaryEn: input.summaryEn,
    descriptionRo: input.descriptionRo,
    descriptionEn: input.descriptionEn,
    categoryId: input.categoryId,
    departmentId: input.departmentId,
    applicantTypes: input.applicantTypes,
    legalTermDays: input.legalTermDays,
    legalTermUnit: input.legalTermUnit,
    maxExtensionDays: input.maxExtensionDays,
    legalBasisRo: input.legalBasisRo,
    legalBasisEn: input.legalBasisEn,
    suspendOnInfo: input.suspendOnInfo,
    suspendOnFee: input.suspendOnFee,
    tacitApproval: input.tacitApproval,
    tacitApprovalBasisRo: input.tacitApprovalBasisRo,
    tacitApprovalBasisEn: input.tacitApprovalBasisEn,
    feeAmountBani: input.fee,
    feeInfoRo: input.feeInfoRo,
    feeInfoEn: input.feeInfoEn,
    position: input.position,
  };
}

/** Locks the service's row for the rest of the transaction, so that two changes of it queue. */
async function lockService(tx: TTransaction, serviceId: string) {
  const rows = await tx.$queryRaw<{ id: string; slug: string; active: boolean; archivedAt: Date | null; departmentId: string }[]>`
    SELECT id, slug, active, "archivedAt", "departmentId" FROM "Service" WHERE id = ${serviceId} FOR UPDATE`;
  const service = rows[0];
  if (!service) throw new AppError('servicesAdmin.notFound');
  return service;
}

/** The department a service is put in: it must exist and be active (locked, so that it is not deactivated meanwhile). */
async function lockActiveDepartment(tx: TTransaction, departmentId: string) {
  const rows = await tx.$queryRaw<{ id: string; slug: string; active: boolean }[]>`SELECT id, slug, active FROM "Department" WHERE id = ${departmentId} FOR SHARE`;
  const department = rows[0];
  if (!department) throw new AppError('servicesAdmin.departmentRequired', { field: 'departmentId' });
  if (!department.active) throw new AppError('servicesAdmin.departmentInactive', { field: 'departmentId' });
  return department;
}

async function categorySlug(tx: TTransaction, categoryId: string) {
  const category = await tx.serviceCategory.findUnique({ where: { id: categoryId }, select: { slug: true } });
  if (!category) throw new AppError('servicesAdmin.categoryRequired', { field: 'categoryId' });
  return category.slug;
}

const statusWhere = (status: TServiceStatus | undefined): Prisma.ServiceWhereInput =>
  status === 'archived' ? { archivedAt: { not: null } } : status === 'shown' ? { archivedAt: null, active: true } : status === 'hidden' ? { archivedAt: null, active: false } : { archivedAt: null };

/**
 * The services for the administrators' list: every word of `query` in the title or summary
 * (diacritics-insensitive) or the slug; `status` shown / hidden / archived (default: all but the
 * archived ones); a page of SERVICES_PAGE_SIZE in catalog order.
 */
export async function listServicesAdmin(actor: TActor, { query = '', status, page = 1 }: { query?: string; status?: TServiceStatus; page?: number } = {}) {
  assertAdmin(actor);
  const tokens = searchTokens(query);
  const where: Prisma.ServiceWhereInput = {
    ...statusWhere(status),
    AND: tokens.map((token) => ({ OR: [{ searchText: { contains: token } }, { slug: { contains: token } }] })),
  };
  const total = await db.service.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SERVICES_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const rows = await db.service.findMany({
    where,
    orderBy: [{ category: { position: 'asc' } }, { position: 'asc' }, { titleRo: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * SERVICES_PAGE_SIZE,
    take: SERVICES_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      titleRo: true,
      titleEn: true,
      active: true,
      archivedAt: true,
      workingCopy: true,
      category: { select: { nameRo: true, nameEn: true } },
      department: { select: { nameRo: true, nameEn: true, active: true } },
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: 'desc' }, take: 1, select: { number: true } },
    },
  });
  return {
    total,
    page: current,
    pageCount,
    rows: rows.map(({ versions, archivedAt, workingCopy, ...row }) => ({
      ...row,
      status: (archivedAt ? 'archived' : row.active ? 'shown' : 'hidden') as TServiceStatus,
      latestVersion: versions[0]?.number ?? null,
      hasWorkingCopy: workingCopy !== null,
    })),
  };
}
export type TServiceListRow = Awaited<ReturnType<typeof listServicesAdmin>>['rows'][number];

/** The categories and the active departments a service's form offers. */
export async function getServiceFormOptions(actor: TActor) {
  assertAdmin(actor);
  const [categories, departments] = await Promise.all([
    db.serviceCategory.findMany({ select: { id: true, nameRo: true, nameEn: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    db.department.findMany({ where: { active: true }, select: { id: true, slug: true, nameRo: true, nameEn: true }, orderBy: { nameRo: 'asc' } }),
  ]);
  return { categories, departments };
}

/** Why a service cannot be shown now, if it cannot (the message key). */
function showRefusal(service: { archivedAt: Date | null; department: { active: boolean }; publishedVersions: number }): string | null {
  if (service.archivedAt) return 'servicesAdmin.showArchived';
  if (service.publishedVersions === 0) return 'servicesAdmin.showNoVersion';
  if (!service.department.active) return 'servicesAdmin.showDepartmentInactive';
  return null;
}

/** One service for its administration page (metadata, state, latest version, delivery); null when it does not exist. */
export async function getServiceAdmin(actor: TActor, serviceId: string) {
  assertAdmin(actor);
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      slug: true,
      ...metadataSelect,
      active: true,
      archivedAt: true,
      workingCopy: true,
      workingCopyUpdatedAt: true,
      category: { select: { nameRo: true, nameEn: true } },
      department: { select: { id: true, nameRo: true, nameEn: true, active: true } },
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: 'desc' }, take: 1, select: { number: true, publishedAt: true, definition: true } },
      _count: { select: { versions: { where: { publishedAt: { not: null } } } } },
    },
  });
  if (!service) return null;
  const { versions, _count, workingCopy, ...rest } = service;
  const latest = versions[0];
  const definition = latest ? parseServiceDefinition(latest.definition) : null;
  const metadata = Object.fromEntries(METADATA_KEYS.map((key) => [key, service[key]])) as TMetadata;
  return {
    ...rest,
    status: (service.archivedAt ? 'archived' : service.active ? 'shown' : 'hidden') as TServiceStatus,
    revision: metadataRevision(metadata),
    latestVersion: latest ? { number: latest.number, publishedAt: latest.publishedAt } : null,
    publishedVersions: _count.versions,
    delivery: definition?.delivery ?? null,
    hasWorkingCopy: workingCopy !== null,
    showRefusal: showRefusal({ archivedAt: service.archivedAt, department: service.department, publishedVersions: _count.versions }),
  };
}
export type TServiceAdmin = NonNullable<Awaited<ReturnType<typeof getServiceAdmin>>>;

/** The audit's before → after of each changed value. */
function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): Prisma.InputJsonObject {
  const changes: Record<string, Prisma.InputJsonValue> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = { from: (before[key] ?? null) as Prisma.InputJsonValue, to: (after[key] ?? null) as Prisma.InputJsonValue };
  }
  return changes;
}

/** The audit names the category and the department by slug, not by id. */
function withoutIds<T extends Record<string, unknown>>(values: T): Omit<T, 'categoryId' | 'departmentId'> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'categoryId' && key !== 'departmentId')) as Omit<T, 'categoryId' | 'departmentId'>;
}

/** Creates a hidden service without a form: its form is made in the builder, then published. */
export async function createService(input: TCreateService, { actor, request }: TContext): Promise<{ serviceId: string; slug: string }> {
  assertAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.service.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new AppError('servicesAdmin.slugTaken', { field: 'slug' });
      const department = await lockActiveDepartment(tx, input.departmentId);
      const category = await categorySlug(tx, input.categoryId);
      const metadata = metadataOf(input);
      const service = await tx.service.create({
        data: { slug: input.slug, ...metadata, applicantTypes: input.applicantTypes, searchText: serviceSearchText(input), active: false },
        select: { id: true },
      });
      const rest = withoutIds(metadata);
      await writeAudit(
        {
          actorId: actor.id,
          action: 'service.create',
          entityType: 'Service',
          entityId: service.id,
          request,
          details: { slug: input.slug, ...changesOf({}, { ...rest, category, department: department.slug }) },
        },
        tx,
      );
      return { serviceId: service.id, slug: input.slug };
    });
  } catch (error) {
    // The same slug created meanwhile by another administrator.
    if (isPrismaError(error, 'P2002')) throw new AppError('servicesAdmin.slugTaken', { field: 'slug' });
    throw error;
  }
}

/**
 * Changes a service's metadata. A change of department moves its drafts along (like moving it from
 * /admin/departments); filed requests stay with their department. Refused when the metadata
 * changed since the page was shown (`revision`).
 */
export async function updateService(input: TUpdateService, { actor, request }: TContext): Promise<{ changed: boolean; revision: string }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { slug } = await lockService(tx, input.serviceId);
    const current = await tx.service.findUniqueOrThrow({ where: { id: input.serviceId }, select: { ...metadataSelect, active: true, category: { select: { slug: true } }, department: { select: { slug: true } } } });
    const before = Object.fromEntries(METADATA_KEYS.map((key) => [key, current[key]])) as TMetadata;
    if (metadataRevision(before) !== input.revision) throw new AppError('servicesAdmin.stale');
    const after = metadataOf(input);
    const revision = metadataRevision(after);
    // The same applicants in another order are no change (the form sends them in a fixed order).
    const changes = changesOf({ ...before, applicantTypes: APPLICANT_TYPES.filter((type) => before.applicantTypes.includes(type)) }, after);
    if (Object.keys(changes).length === 0) return { changed: false, revision };

    const details: Record<string, Prisma.InputJsonValue> = { slug, ...withoutIds(changes as Record<string, Prisma.InputJsonValue>) };
    if (before.categoryId !== after.categoryId) details.category = { from: current.category.slug, to: await categorySlug(tx, input.categoryId) };
    let draftsMoved = 0;
    if (before.departmentId !== after.departmentId) {
      const target = await lockActiveDepartment(tx, input.departmentId);
      details.department = { from: current.department.slug, to: target.slug };
      draftsMoved = (await tx.serviceRequest.updateMany({ where: { status: DRAFT, serviceVersion: { serviceId: input.serviceId } }, data: { departmentId: target.id } })).count;
      if (draftsMoved > 0) details.draftsMoved = draftsMoved;
    }
    await tx.service.update({ where: { id: input.serviceId }, data: { ...after, applicantTypes: input.applicantTypes, searchText: serviceSearchText(input) } });
    await writeAudit({ actorId: actor.id, action: 'service.update', entityType: 'Service', entityId: input.serviceId, request, details }, tx);
    return { changed: true, revision };
  });
}

/** Shows a service in the catalog: it needs a published version, must not be archived, and its department must be active. */
export async function showService(serviceId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (service.active) throw new AppError('servicesAdmin.alreadyShown');
    // The department too: a deactivation running meanwhile waits, then sees this service active and refuses.
    const department = (await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM "Department" WHERE id = ${service.departmentId} FOR SHARE`)[0]!;
    const publishedVersions = await tx.serviceVersion.count({ where: { serviceId, publishedAt: { not: null } } });
    const refusal = showRefusal({ archivedAt: service.archivedAt, department, publishedVersions });
    if (refusal) throw new AppError(refusal);
    await tx.service.update({ where: { id: serviceId }, data: { active: true } });
    await writeAudit({ actorId: actor.id, action: 'service.show', entityType: 'Service', entityId: serviceId, request, details: { slug: service.slug, active: { from: false, to: true } } }, tx);
  });
}

/** Hides a service: it leaves the catalog and takes no new requests; drafts and filed requests stay. */
export async function hideService(serviceId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (!service.active) throw new AppError('servicesAdmin.alreadyHidden');
    await tx.service.update({ where: { id: serviceId }, data: { active: false } });
    await writeAudit({ actorId: actor.id, action: 'service.hide', entityType: 'Service', entityId: serviceId, request, details: { slug: service.slug, active: { from: true, to: false } } }, tx);
  });
}

/** Archives a service: out of the catalog (hidden) and of the default list; its requests stay. */
export async function archiveService(serviceId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (service.archivedAt) throw new AppError('servicesAdmin.alreadyArchived');
    const archivedAt = new Date();
    await tx.service.update({ where: { id: serviceId }, data: { archivedAt, active: false } });
    await writeAudit(
      {
        actorId: actor.id,
        action: 'service.archive',
        entityType: 'Service',
        entityId: serviceId,
        request,
        details: { slug: service.slug, archivedAt: { from: null, to: archivedAt.toISOString() }, ...(service.active ? { active: { from: true, to: false } } : {}) },
      },
      tx,
    );
  });
}

/** Brings an archived service back, hidden: it is shown again with "Afișează". */
export async function restoreService(serviceId: string, { actor, request }: TContext): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const service = await lockService(tx, serviceId);
    if (!service.archivedAt) throw new AppError('servicesAdmin.notArchived');
    await tx.service.update({ where: { id: serviceId }, data: { archivedAt: null } });
    await writeAudit(
      { actorId: actor.id, action: 'service.restore', entityType: 'Service', entityId: serviceId, request, details: { slug: service.slug, archivedAt: { from: service.archivedAt.toISOString(), to: null } } },
      tx,
    );
  });
}

/** A service's published versions, newest first: number, who published it (null: the demo data) and when. */
export async function listServiceVersions(actor: TActor, serviceId: string) {
  assertAdmin(actor);
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      slug: true,
      titleRo: true,
      titleEn: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { number: 'desc' },
        select: { number: true, publishedAt: true, createdBy: { select: nameSelect }, _count: { select: { requests: true } } },
      },
    },
  });
  if (!service) return null;
  return {
    ...service,
    versions: service.versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt!, publishedBy: displayNameOrNull(v.createdBy), requests: v._count.requests })),
  };
}
export type TServiceVersions = NonNullable<Awaited<ReturnType<typeof listServiceVersions>>>;

/** What changed from version `from` to version `to` of a service; null when either is not a published version of it. */
export async function getServiceVersionDiff(actor: TActor, serviceId: string, from: number, to: number): Promise<TDefinitionDiff | null> {
  assertAdmin(actor);
  const versions = await db.serviceVersion.findMany({ where: { serviceId, number: { in: [from, to] }, publishedAt: { not: null } }, select: { number: true, definition: true } });
  const definitionOf = (n: number) => versions.find((v) => v.number === n)?.definition;
  const a = definitionOf(from);
  const b = definitionOf(to);
  if (a === undefined || b === undefined) return null;
  return diffDefinitions(parseServiceDefinition(a), parseServiceDefinition(b));
}

/** A service's file (metadata and its latest published definition), or null when it does not exist; refused without a published version. */
export async function exportService(actor: TActor, serviceId: string): Promise<TServicePackageInput | null> {
  assertAdmin(actor);
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      slug: true,
      ...metadataSelect,
      category: { select: { slug: true, nameRo: true, nameEn: true } },
      department: { select: { slug: true, nameRo: true, nameEn: true } },
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: 'desc' }, take: 1, select: { number: true, publishedAt: true, definition: true } },
    },
  });
  if (!service) return null;
  const latest = service.versions[0];
  if (!latest) throw new AppError('servicesAdmin.exportNoVersion');
  const definition: TServiceDefinition = parseServiceDefinition(latest.definition);
  return buildServicePackage({ ...service, applicantTypes: service.applicantTypes.filter((t) => t !== 'STAFF') as ('PERSON' | 'COMPANY' | 'INSTITUTION')[] }, { number: latest.number, publishedAt: latest.publishedAt, definition });
}

export type TImportOutcome =
  | { status: 'created'; serviceId: string; slug: string }
  | { status: 'workingCopy'; serviceId: string; slug: string }
  | { status: 'invalid'; problems: TPackageProblem[] };

/**
 * Imports a service file. A new slug becomes a hidden service with version 1 published from the
 * file (a missing category is created from the file's names; the department is the one chosen, or
 * the file's by slug). An existing slug keeps its metadata and published versions: the file's
 * definition becomes its working copy, to review in the builder and publish. A file that does not
 * validate writes nothing and comes back with every problem.
 */
export async function importService(input: TImportService, { actor, request }: TContext): Promise<TImportOutcome> {
  assertAdmin(actor);
  try {
    const pkg = readServicePackage(input.content);
    return await db.$transaction(async (tx) => {
      const result = await loadServicePackage(tx, pkg, { actorId: actor.id, mode: 'import', departmentId: input.departmentId });
      if (result.status === 'created') {
        await writeAudit(
          {
            actorId: actor.id,
            action: 'service.import',
            entityType: 'Service',
            entityId: result.serviceId,
            request,
            details: { slug: result.slug, department: result.departmentSlug, category: pkg.service.category.slug, ...(result.categoryCreated ? { categoryCreated: true } : {}), versionNumber: 1 },
          },
          tx,
        );
        return { status: 'created', serviceId: result.serviceId, slug: result.slug };
      }
      if (result.status === 'workingCopy') {
        await writeAudit(
          { actorId: actor.id, action: 'service.importWorkingCopy', entityType: 'Service', entityId: result.serviceId, request, details: { slug: result.slug, workingCopyRevision: result.revision } },
          tx,
        );
        return { status: 'workingCopy', serviceId: result.serviceId, slug: result.slug };
      }
      throw new Error(`unexpected import result ${result.status}`);
    });
  } catch (error) {
    if (error instanceof ServicePackageError) return { status: 'invalid', problems: error.problems };
    // The same slug imported meanwhile by another administrator: the second one sees it as existing next time.
    if (isPrismaError(error, 'P2002')) throw new AppError('servicesAdmin.importConflict');
    throw error;
  }
}
