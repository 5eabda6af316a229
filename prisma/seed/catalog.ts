/**
 * Loads a catalog of services (categories, services and their published form versions), upserted
 * by slug. A changed form definition becomes a new version: published versions are never edited,
 * so requests keep the form they were filed with. The demo data (prisma/seed/services/) is one
 * such catalog.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parseServiceDefinition, type TServiceDefinitionInput } from '@/lib/services/form/definition';
import { toSearchText } from '@/lib/services/search-text';

export type TSeedCategory = { slug: string; nameRo: string; nameEn: string; position: number };
export type TSeedService = {
  slug: string;
  /** Category slug. */
  category: string;
  /** Department slug (see prisma/seed/index.ts). */
  department: string;
  titleRo: string;
  titleEn: string;
  summaryRo: string;
  summaryEn: string;
  descriptionRo: string;
  descriptionEn: string;
  applicantTypes: ('PERSON' | 'COMPANY' | 'INSTITUTION')[];
  legalTermDays: number;
  /** Days by which the law lets the term be extended, once (OG 27/2002: 15; Legea 544/2001: 20). */
  maxExtensionDays?: number;
  legalBasisRo: string;
  legalBasisEn: string;
  /** Fee in bani; null when there is no fixed fee (see feeInfo). */
  feeAmountBani: number | null;
  feeInfoRo: string;
  feeInfoEn: string;
  /** Order within its category. */
  position: number;
  definition: TServiceDefinitionInput;
};

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Upserts the categories, then each service in list order. Services may also name categories
 * loaded before; their departments must exist already.
 */
export async function seedCatalog(prisma: PrismaClient, { categories = [], services }: { categories?: TSeedCategory[]; services: TSeedService[] }) {
  for (const category of categories) {
    // Created once: administrators rename and order the categories afterwards (/admin/categories).
    await prisma.serviceCategory.upsert({ where: { slug: category.slug }, create: category, update: {}, select: { id: true } });
  }
  const categoryIds = new Map((await prisma.serviceCategory.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const departments = new Map((await prisma.department.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));

  for (const seed of services) {
    const { slug, category, department, definition, ...fields } = seed;
    const categoryId = categoryIds.get(category);
    const departmentId = departments.get(department);
    if (!categoryId || !departmentId) throw new Error(`service ${slug}: unknown category ${category} or department ${department}`);
    const parsed = parseServiceDefinition(definition);
    const updatable = { ...fields, searchText: toSearchText(fields.titleRo, fields.titleEn, fields.summaryRo, fields.summaryEn) };
    // The department and category are the administrators' once the service exists (/admin/departments).
    const service = await prisma.service.upsert({ where: { slug }, create: { slug, ...updatable, categoryId, departmentId }, update: updatable, select: { id: true } });
    const latest = await prisma.serviceVersion.findFirst({ where: { serviceId: service.id }, orderBy: { number: 'desc' }, select: { number: true, definition: true } });
    if (!latest || canonical(latest.definition) !== canonical(parsed)) {
      await prisma.serviceVersion.create({ data: { serviceId: service.id, number: (latest?.number ?? 0) + 1, definition: parsed, publishedAt: new Date() } });
    }
  }
}
