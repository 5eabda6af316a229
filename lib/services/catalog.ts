import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { pick, type TLocale } from '@/lib/i18n/config';
import { TERM_SNAPSHOT_SELECT, termSnapshotOf, type TTermUnit } from '@/lib/requests/terms';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { searchTokens } from '@/lib/services/search-text';

/** Active services grouped by category, filtered by every word of the query (diacritics-insensitive). */
export async function listCatalog({ locale, query = '' }: { locale: TLocale; query?: string }) {
  const tokens = searchTokens(query);
  const services = await db.service.findMany({
    where: { active: true, AND: tokens.map((token) => ({ searchText: { contains: token } })) },
    orderBy: [{ category: { position: 'asc' } }, { position: 'asc' }, { titleRo: 'asc' }],
    select: {
      slug: true,
      titleRo: true,
      titleEn: true,
      summaryRo: true,
      summaryEn: true,
      legalTermDays: true,
      legalTermUnit: true,
      tacitApproval: true,
      category: { select: { slug: true, nameRo: true, nameEn: true } },
    },
  });
  const groups = new Map<string, { slug: string; name: string; services: { slug: string; title: string; summary: string; legalTermDays: number; legalTermUnit: TTermUnit; tacitApproval: boolean }[] }>();
  for (const service of services) {
    const group = groups.get(service.category.slug) ?? { slug: service.category.slug, name: pick(locale, service.category.nameRo, service.category.nameEn), services: [] };
    group.services.push({ slug: service.slug, title: pick(locale, service.titleRo, service.titleEn), summary: pick(locale, service.summaryRo, service.summaryEn),
      legalTermDays: service.legalTermDays,
      legalTermUnit: service.legalTermUnit,
      tacitApproval: service.tacitApproval,
    });
    groups.set(service.category.slug, group);
  }
  return { groups: [...groups.values()], count: services.length };
}

/** One active service with its current published form definition. */
export const getCatalogService = cache(async (slug: string, locale: TLocale) => {
  const service = await db.service.findFirst({
    where: { slug, active: true },
    select: {
      slug: true,
      titleRo: true,
      titleEn: true,
      summaryRo: true,
      summaryEn: true,
      descriptionRo: true,
      descriptionEn: true,
      applicantTypes: true,
      ...TERM_SNAPSHOT_SELECT,
      feeAmountBani: true,
      feeInfoRo: true,
      feeInfoEn: true,
      department: { select: { nameRo: true, nameEn: true } },
      category: { select: { nameRo: true, nameEn: true } },
      versions: { where: { publishedAt: { not: null } }, orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, definition: true } },
    },
  });
  const version = service?.versions[0];
  if (!service || !version) return null;
  const { legalBasisRo, legalBasisEn, tacitApprovalBasisRo, tacitApprovalBasisEn, ...rules } = termSnapshotOf(service);
  return {
    slug: service.slug,
    title: pick(locale, service.titleRo, service.titleEn),
    summary: pick(locale, service.summaryRo, service.summaryEn),
    description: pick(locale, service.descriptionRo, service.descriptionEn),
    applicantTypes: service.applicantTypes,
    legalBasis: pick(locale, legalBasisRo, legalBasisEn),
    /** The term as the law counts it (as a request filed now keeps it); the extension in the same unit; a tacit approval with its legal text. */
    term: { ...rules, tacitApprovalBasis: pick(locale, tacitApprovalBasisRo, tacitApprovalBasisEn) },
    feeAmountBani: service.feeAmountBani,
    feeInfo: pick(locale, service.feeInfoRo, service.feeInfoEn),
    department: pick(locale, service.department.nameRo, service.department.nameEn),
    category: pick(locale, service.category.nameRo, service.category.nameEn),
    versionId: version.id,
    definition: parseServiceDefinition(version.definition),
  };
});
