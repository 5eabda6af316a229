/**
 * Loads a catalog of services (categories, services and their published form versions) through
 * the administrators' import (lib/services/admin/package.ts): each service becomes a service file
 * and is loaded by the same function. Created once by slug: what administrators set afterwards
 * (metadata, shown or hidden, archived, the forms they publish) is never overwritten. While every
 * version of a service still comes from the seed and no working copy is open, a changed definition
 * in code becomes a new version: published versions are never edited, so requests keep the form
 * they were filed with. The demo data (prisma/seed/services/) is one such catalog.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { TTermUnit } from '@/lib/requests/terms';
import { loadServicePackage, parseServicePackage, SERVICE_PACKAGE_FORMAT, SERVICE_PACKAGE_VERSION } from '@/lib/services/admin/package';
import type { TServiceDefinitionInput } from '@/lib/services/form/definition';

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
  /** How the law counts the term (default: calendar days, the last day rolled to a working day). */
  legalTermUnit?: TTermUnit;
  /** Days by which the law lets the term be extended, once, in the same unit (OG 27/2002: 15; Legea 544/2001: 20). */
  maxExtensionDays?: number;
  legalBasisRo: string;
  legalBasisEn: string;
  /** Whether the term stands still while the city hall waits for more information (default: yes). */
  suspendOnInfo?: boolean;
  /** Whether it stands still while a fee is awaited (default: yes; no for a service without a fee). */
  suspendOnFee?: boolean;
  /** Silence past the term means approval (OUG 27/2003), with the legal text that says so. */
  tacitApproval?: boolean;
  tacitApprovalBasisRo?: string;
  tacitApprovalBasisEn?: string;
  /** Fee in bani; null when there is no fixed fee (see feeInfo). */
  feeAmountBani: number | null;
  feeInfoRo: string;
  feeInfoEn: string;
  /** Order within its category. */
  position: number;
  definition: TServiceDefinitionInput;
};

/**
 * Upserts the categories (created once), then loads each service in list order as a service file.
 * Services may also name categories loaded before; their departments must exist already.
 */
export async function seedCatalog(prisma: PrismaClient, { categories = [], services }: { categories?: TSeedCategory[]; services: TSeedService[] }) {
  for (const category of categories) {
    // Created once: administrators rename and order the categories afterwards (/admin/categories).
    await prisma.serviceCategory.upsert({ where: { slug: category.slug }, create: category, update: {}, select: { id: true } });
  }
  const known = new Map((await prisma.serviceCategory.findMany({ select: { slug: true, nameRo: true, nameEn: true } })).map((c) => [c.slug, c]));

  for (const seed of services) {
    const { slug, category, department, definition, ...fields } = seed;
    const names = known.get(category);
    if (!names) throw new Error(`service ${slug}: unknown category ${category}`);
    const pkg = parseServicePackage({
      format: SERVICE_PACKAGE_FORMAT,
      formatVersion: SERVICE_PACKAGE_VERSION,
      service: { slug, ...fields, category: names, department: { slug: department } },
      definition,
    });
    await prisma.$transaction((tx) => loadServicePackage(tx, pkg, { actorId: null, mode: 'seed' }));
  }
}
