/**
 * Version 1 of the public pages from their embedded defaults, for the demo seed (no server-only
 * import: the seed runs outside Next.js too).
 */
import { DEFAULT_PAGES_DATE, defaultVersionText } from '@/lib/content/blocks';
import { CONTENT_PAGE_KEYS, isTermsPage, TERMS_PAGES } from '@/lib/content/schemas';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Version 1 of every page from the embedded defaults, for a database that has none (the seed):
 * never overwrites. Version 1 of the terms and of the privacy notice becomes the text of the
 * TermsVersion `termsVersionLabel` (created if missing), so that accounts that accepted it stay accepted.
 */
export async function seedContentPages(prisma: PrismaClient, { termsVersionLabel, publishedAt = DEFAULT_PAGES_DATE }: { termsVersionLabel: string; publishedAt?: Date }) {
  for (const key of CONTENT_PAGE_KEYS) {
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "ContentPage" (key) VALUES (${key}) ON CONFLICT (key) DO NOTHING`;
      await tx.$queryRaw`SELECT key FROM "ContentPage" WHERE key = ${key} FOR UPDATE`;
      if ((await tx.contentPageVersion.count({ where: { pageKey: key } })) > 0) return;
      const version = await tx.contentPageVersion.create({
        data: { pageKey: key, number: 1, ...defaultVersionText(key), reviewedAt: key === 'accessibility' ? publishedAt : null, publishedAt },
        select: { id: true },
      });
      if (!isTermsPage(key)) return;
      const kind = TERMS_PAGES[key];
      await tx.termsVersion.upsert({
        where: { kind_version: { kind, version: termsVersionLabel } },
        create: { kind, version: termsVersionLabel, publishedAt, contentPageVersionId: version.id },
        update: {},
      });
      // Linked only when no other page version claimed it (contentPageVersionId is unique).
      await tx.termsVersion.updateMany({ where: { kind, version: termsVersionLabel, contentPageVersionId: null }, data: { contentPageVersionId: version.id } });
    });
  }
}
