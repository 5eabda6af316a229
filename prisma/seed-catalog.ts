/**
 * The catalog of services (categories, services and their published form versions), upserted by
 * slug. A changed form definition becomes a new version: published versions are never edited, so
 * requests keep the form they were filed with.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { toSearchText } from '@/lib/services/search-text';
import { SEED_CATEGORIES, SEED_SERVICES } from '@/prisma/seed-services';

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

export async function seedCatalog(prisma: PrismaClient) {
  const categoryIds = new Map<string, string>();
  for (const category of SEED_CATEGORIES) {
    const { slug, ...data } = category;
    const saved = await prisma.serviceCategory.upsert({ where: { slug }, create: category, update: data, select: { id: true } });
    categoryIds.set(slug, saved.id);
  }
  const departments = new Map((await prisma.department.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));

  for (const seed of SEED_SERVICES) {
    const { slug, category, department, definition, ...fields } = seed;
    const categoryId = categoryIds.get(category);
    const departmentId = departments.get(department);
    if (!categoryId || !departmentId) throw new Error(`service ${slug}: unknown category ${category} or department ${department}`);
    const parsed = parseServiceDefinition(definition);
    const data = { ...fields, categoryId, departmentId, searchText: toSearchText(fields.titleRo, fields.titleEn, fields.summaryRo, fields.summaryEn) };
    const service = await prisma.service.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
    const latest = await prisma.serviceVersion.findFirst({ where: { serviceId: service.id }, orderBy: { number: 'desc' }, select: { number: true, definition: true } });
    if (!latest || canonical(latest.definition) !== canonical(parsed)) {
      await prisma.serviceVersion.create({ data: { serviceId: service.id, number: (latest?.number ?? 0) + 1, definition: parsed, publishedAt: new Date() } });
    }
  }
}
