/**
 * A service as a file: its metadata and its published form definition, so that another city hall
 * can reuse it. The same loader puts a file's service in the database for the administrators'
 * import and for the demo data (prisma/seed/catalog.ts): one code path, two rules for a slug that
 * exists already (see `loadServicePackage`).
 *
 * No `server-only` here: the seed runs it from the command line, with its own Prisma client.
 */
import { z } from 'zod';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { TERM_UNITS } from '@/lib/requests/terms';
import { APPLICANT_TYPES, requireTacitBasis, zServiceSlug } from '@/lib/services/admin/schemas';
import { SLUG_PATTERN } from '@/lib/slug';
import { ZServiceDefinitionSchema, type TServiceDefinition } from '@/lib/services/form/definition';
import { toSearchText } from '@/lib/services/search-text';

export const SERVICE_PACKAGE_FORMAT = 'portal-primarie.service';
export const SERVICE_PACKAGE_VERSION = 1;

const zRequired = (min: number, max: number) => z.string().trim().min(min).max(max);
const zOptional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);
const zSlug = z.string().trim().min(1).max(80).regex(SLUG_PATTERN);

const ZPackageServiceSchema = z
  .object({
    slug: zServiceSlug,
    titleRo: zRequired(3, 200),
    titleEn: zRequired(3, 200),
    summaryRo: zRequired(10, 500),
    summaryEn: zRequired(10, 500),
    descriptionRo: zRequired(10, 10_000),
    descriptionEn: zRequired(10, 10_000),
    category: z.object({ slug: zSlug, nameRo: zRequired(2, 120), nameEn: zRequired(2, 120) }).strict(),
    /** The department is named by its slug; the names help an administrator map it to one of theirs. */
    department: z.object({ slug: zSlug, nameRo: zOptional(120), nameEn: zOptional(120) }).strict(),
    applicantTypes: z
      .array(z.enum(APPLICANT_TYPES))
      .min(1)
      .transform((types) => APPLICANT_TYPES.filter((type) => types.includes(type))),
    legalTermDays: z.number().int().min(1).max(365),
    // The term's rules came later than the format: a file without them reads as before (calendar days, suspended while the applicant owes something).
    legalTermUnit: z.enum(TERM_UNITS).default('CALENDAR_DAYS'),
    maxExtensionDays: z.number().int().min(0).max(365).default(0),
    legalBasisRo: zOptional(2000),
    legalBasisEn: zOptional(2000),
    suspendOnInfo: z.boolean().default(true),
    suspendOnFee: z.boolean().default(true),
    tacitApproval: z.boolean().default(false),
    tacitApprovalBasisRo: zOptional(2000),
    tacitApprovalBasisEn: zOptional(2000),
    /** In bani (1 leu = 100 bani); null: no fixed fee. */
    feeAmountBani: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
    feeInfoRo: zOptional(2000),
    feeInfoEn: zOptional(2000),
    position: z.number().int().min(0).max(9999).default(0),
  })
  .strict()
  .superRefine(requireTacitBasis);

/** The file's one schema: the envelope, the service's metadata, and the definition as a published version holds it. */
export const ZServicePackageSchema = z
  .object({
    format: z.literal(SERVICE_PACKAGE_FORMAT),
    formatVersion: z.literal(SERVICE_PACKAGE_VERSION),
    exportedAt: z.string().max(40).optional(),
    /** The version of the exporting portal the definition comes from (for the reader; not imported). */
    sourceVersion: z.object({ number: z.number().int().min(1), publishedAt: z.string().max(40).nullable() }).strict().optional(),
    service: ZPackageServiceSchema,
    definition: ZServiceDefinitionSchema,
  })
  .strict();
export type TServicePackageInput = z.input<typeof ZServicePackageSchema>;
export type TServicePackage = z.output<typeof ZServicePackageSchema>;

/** One problem of a file: where (a dotted path; empty for the whole file), the kind, and the validator's words. */
export type TPackageProblem = { path: string; code: string; message: string; params?: Record<string, string> };

/** A file that cannot be loaded, with every problem found. */
export class ServicePackageError extends Error {
  constructor(readonly problems: TPackageProblem[]) {
    super(`Invalid service file:\n${problems.map((p) => `  - ${p.path || '(file)'}: ${p.message}`).join('\n')}`);
  }
}

/** Checks a value against the file's schema; throws ServicePackageError listing every problem. */
export function parseServicePackage(value: unknown): TServicePackage {
  const result = ZServicePackageSchema.safeParse(value);
  if (result.success) return result.data;
  throw new ServicePackageError(
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
      message: issue.message,
      ...(issue.code === 'unrecognized_keys' ? { params: { keys: issue.keys.join(', ') } } : {}),
    })),
  );
}

/** Reads a file's text: JSON first, then the schema; throws ServicePackageError. */
export function readServicePackage(text: string): TServicePackage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ServicePackageError([{ path: '', code: 'json', message: error instanceof Error ? error.message : 'invalid JSON' }]);
  }
  return parseServicePackage(value);
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order, so two equal definitions compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The catalog search text of a service: titles and summaries, lower-case, without diacritics. */
export const serviceSearchText = (s: { titleRo: string; titleEn: string; summaryRo: string; summaryEn: string }) => toSearchText(s.titleRo, s.titleEn, s.summaryRo, s.summaryEn);

type TClient = Prisma.TransactionClient | PrismaClient;

export type TLoadOptions = {
  /** Who loads it (null: the demo data). */
  actorId: string | null;
  /**
   * `import`: a new slug becomes a hidden service with version 1; an existing slug keeps its
   * metadata and its published versions, and the file's definition becomes its working copy.
   * `seed`: a new slug becomes a shown service with version 1; an existing slug keeps what the
   * administrators set, and gets a new version from the file only while every version it has came
   * from the seed itself (none published by a person), no working copy is open and it is not archived.
   */
  mode: 'import' | 'seed';
  /** The department to put a new service in, instead of the one the file names. */
  departmentId?: string;
};

export type TLoadResult =
  | { status: 'created'; serviceId: string; slug: string; versionNumber: 1; categoryCreated: boolean; departmentSlug: string }
  | { status: 'workingCopy'; serviceId: string; slug: string; revision: number }
  | { status: 'published'; serviceId: string; slug: string; versionNumber: number }
  | { status: 'unchanged'; serviceId: string; slug: string };

async function resolveCategory(tx: TClient, category: TServicePackage['service']['category']) {
  const found = await tx.serviceCategory.findUnique({ where: { slug: category.slug }, select: { id: true } });
  if (found) return { id: found.id, created: false };
  // Every category locked, as /admin/categories does, so that positions stay 1, 2, 3… under concurrent changes.
  const all = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ServiceCategory" ORDER BY position, id FOR UPDATE`;
  const created = await tx.serviceCategory.create({ data: { slug: category.slug, nameRo: category.nameRo, nameEn: category.nameEn, position: all.length + 1 }, select: { id: true } });
  return { id: created.id, created: true };
}

async function resolveDepartment(tx: TClient, pkg: TServicePackage, departmentId: string | undefined) {
  const department = departmentId
    ? await tx.department.findUnique({ where: { id: departmentId }, select: { id: true, slug: true, active: true } })
    : await tx.department.findUnique({ where: { slug: pkg.service.department.slug }, select: { id: true, slug: true, active: true } });
  if (!department) {
    throw new ServicePackageError([
      departmentId
        ? { path: 'departmentId', code: 'department.notFound', message: 'the chosen department does not exist' }
        : { path: 'service.department.slug', code: 'department.unknown', message: `no department ${pkg.service.department.slug}`, params: { slug: pkg.service.department.slug } },
    ]);
  }
  if (!department.active) {
    throw new ServicePackageError([{ path: departmentId ? 'departmentId' : 'service.department.slug', code: 'department.inactive', message: `department ${department.slug} is inactive`, params: { slug: department.slug } }]);
  }
  return department;
}

/**
 * Loads one service file inside the caller's transaction (see TLoadOptions for what happens to a
 * slug that exists already). Throws ServicePackageError when the department cannot be found.
 */
export async function loadServicePackage(tx: TClient, pkg: TServicePackage, { actorId, mode, departmentId }: TLoadOptions): Promise<TLoadResult> {
  const { service: meta, definition } = pkg;
  const rows = await tx.$queryRaw<{ id: string; archivedAt: Date | null; workingCopy: unknown; workingCopyRevision: number }[]>`
    SELECT id, "archivedAt", "workingCopy", "workingCopyRevision" FROM "Service" WHERE slug = ${meta.slug} FOR UPDATE`;
  const existing = rows[0];

  if (existing && mode === 'import') {
    const revision = existing.workingCopyRevision + 1;
    await tx.service.update({
      where: { id: existing.id },
      data: { workingCopy: definition as Prisma.InputJsonObject, workingCopyRevision: revision, workingCopyUpdatedAt: new Date(), workingCopyUpdatedById: actorId },
    });
    return { status: 'workingCopy', serviceId: existing.id, slug: meta.slug, revision };
  }

  if (existing) {
    if (existing.archivedAt || existing.workingCopy !== null) return { status: 'unchanged', serviceId: existing.id, slug: meta.slug };
    const versions = await tx.serviceVersion.findMany({ where: { serviceId: existing.id }, orderBy: { number: 'desc' }, select: { number: true, definition: true, createdById: true } });
    const latest = versions[0];
    const seedOwned = versions.every((v) => v.createdById === null);
    if (!seedOwned || (latest && canonicalJson(latest.definition) === canonicalJson(definition))) return { status: 'unchanged', serviceId: existing.id, slug: meta.slug };
    const number = (latest?.number ?? 0) + 1;
    await tx.serviceVersion.create({ data: { serviceId: existing.id, number, definition: definition as Prisma.InputJsonObject, publishedAt: new Date(), createdById: actorId } });
    return { status: 'published', serviceId: existing.id, slug: meta.slug, versionNumber: number };
  }

  const department = await resolveDepartment(tx, pkg, departmentId);
  const category = await resolveCategory(tx, meta.category);
  const created = await tx.service.create({
    data: {
      slug: meta.slug,
      titleRo: meta.titleRo,
      titleEn: meta.titleEn,
      summaryRo: meta.summaryRo,
      summaryEn: meta.summaryEn,
      descriptionRo: meta.descriptionRo,
      descriptionEn: meta.descriptionEn,
      categoryId: category.id,
      departmentId: department.id,
      applicantTypes: meta.applicantTypes,
      legalTermDays: meta.legalTermDays,
      legalTermUnit: meta.legalTermUnit,
      maxExtensionDays: meta.maxExtensionDays,
      legalBasisRo: meta.legalBasisRo,
      legalBasisEn: meta.legalBasisEn,
      suspendOnInfo: meta.suspendOnInfo,
      suspendOnFee: meta.suspendOnFee,
      tacitApproval: meta.tacitApproval,
      tacitApprovalBasisRo: meta.tacitApprovalBasisRo,
      tacitApprovalBasisEn: meta.tacitApprovalBasisEn,
      feeAmountBani: meta.feeAmountBani,
      feeInfoRo: meta.feeInfoRo,
      feeInfoEn: meta.feeInfoEn,
      position: meta.position,
      searchText: serviceSearchText(meta),
      // An imported service is reviewed before it is shown; the demo data is shown at once.
      active: mode === 'seed',
      versions: { create: { number: 1, definition: definition as Prisma.InputJsonObject, publishedAt: new Date(), createdById: actorId } },
    },
    select: { id: true },
  });
  return { status: 'created', serviceId: created.id, slug: meta.slug, versionNumber: 1, categoryCreated: category.created, departmentSlug: department.slug };
}

/** A service's file: its metadata and `definition` (the latest published one). */
export function buildServicePackage(
  service: Omit<TServicePackage['service'], 'department' | 'category'> & {
    category: { slug: string; nameRo: string; nameEn: string };
    department: { slug: string; nameRo: string; nameEn: string };
  },
  version: { number: number; publishedAt: Date | null; definition: TServiceDefinition },
  now = new Date(),
): TServicePackageInput {
  return {
    format: SERVICE_PACKAGE_FORMAT,
    formatVersion: SERVICE_PACKAGE_VERSION,
    exportedAt: now.toISOString(),
    sourceVersion: { number: version.number, publishedAt: version.publishedAt?.toISOString() ?? null },
    service: {
      slug: service.slug,
      titleRo: service.titleRo,
      titleEn: service.titleEn,
      summaryRo: service.summaryRo,
      summaryEn: service.summaryEn,
      descriptionRo: service.descriptionRo,
      descriptionEn: service.descriptionEn,
      category: { slug: service.category.slug, nameRo: service.category.nameRo, nameEn: service.category.nameEn },
      department: { slug: service.department.slug, nameRo: service.department.nameRo, nameEn: service.department.nameEn },
      applicantTypes: service.applicantTypes,
      legalTermDays: service.legalTermDays,
      legalTermUnit: service.legalTermUnit,
      maxExtensionDays: service.maxExtensionDays,
      legalBasisRo: service.legalBasisRo,
      legalBasisEn: service.legalBasisEn,
      suspendOnInfo: service.suspendOnInfo,
      suspendOnFee: service.suspendOnFee,
      tacitApproval: service.tacitApproval,
      tacitApprovalBasisRo: service.tacitApprovalBasisRo,
      tacitApprovalBasisEn: service.tacitApprovalBasisEn,
      feeAmountBani: service.feeAmountBani,
      feeInfoRo: service.feeInfoRo,
      feeInfoEn: service.feeInfoEn,
      position: service.position,
    },
    definition: version.definition,
  };
}
