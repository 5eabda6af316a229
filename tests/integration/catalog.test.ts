import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCatalog, getCatalogService } from '@/lib/services/catalog';
import { seedDemo } from '@/prisma/seed';
import { seedCatalog } from '@/prisma/seed/catalog';
import { SEED_CATEGORIES } from '@/prisma/seed/categories';
import { SEED_SERVICES } from '@/prisma/seed/services';
import { setupTestDatabase } from './support';

const DEMO_CATALOG = { categories: SEED_CATEGORIES, services: SEED_SERVICES };

describe('service catalog', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  beforeAll(async () => {
    database = await setupTestDatabase();
    await seedDemo(database.prisma);
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('is seeded idempotently: a second run adds no version; a changed form becomes version 2, the first stays as it was', async () => {
    const before = await database.prisma.serviceVersion.count();
    expect(before).toBe(SEED_SERVICES.length);
    await seedCatalog(database.prisma, DEMO_CATALOG);
    expect(await database.prisma.serviceVersion.count()).toBe(before);

    const seed = SEED_SERVICES[0] as (typeof SEED_SERVICES)[number];
    const original = structuredClone(seed.definition);
    const field = seed.definition.fields[0] as { help?: { ro: string; en: string } };
    field.help = { ro: 'Text de ajutor nou', en: 'New help text' };
    try {
      await seedCatalog(database.prisma, DEMO_CATALOG);
    } finally {
      seed.definition = original;
    }
    const versions = await database.prisma.serviceVersion.findMany({ where: { service: { slug: seed.slug } }, orderBy: { number: 'asc' } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(JSON.stringify(versions[0]?.definition)).not.toContain('Text de ajutor nou');
    expect(JSON.stringify(versions[1]?.definition)).toContain('Text de ajutor nou');
    expect((await getCatalogService(seed.slug, 'ro'))?.versionId).toBe(versions[1]?.id);
  });

  it('search ignores case and diacritics and needs every word', async () => {
    const titles = async (query: string) => (await listCatalog({ locale: 'ro', query })).groups.flatMap((g) => g.services.map((s) => s.title));
    expect((await titles('certificat fiscal')).join('\n')).toMatch(/[Cc]ertificat.*fiscal/);
    expect((await titles('URBANISM')).join('\n')).toMatch(/Certificat de urbanism/);
    expect((await titles('declaratie impunere')).join('\n')).toMatch(/Declarație/);
    expect(await titles('certificat zzzz')).toEqual([]);
    const all = await listCatalog({ locale: 'en', query: '' });
    expect(all.count).toBe(SEED_SERVICES.length);
    expect(all.groups.length).toBeGreaterThan(1);
  });

  it('an inactive service leaves the catalog and its page', async () => {
    const before = (await listCatalog({ locale: 'ro' })).count;
    const slug = 'acord-de-functionare';
    await database.prisma.service.update({ where: { slug }, data: { active: false } });
    try {
      expect((await listCatalog({ locale: 'ro' })).count).toBe(before - 1);
      expect(await getCatalogService(slug, 'ro')).toBeNull();
    } finally {
      await database.prisma.service.update({ where: { slug }, data: { active: true } });
    }
  });

  it('loads any list of service seeds through the same function, into categories loaded before', async () => {
    const demo = SEED_SERVICES[0] as (typeof SEED_SERVICES)[number];
    const slug = 'serviciu-incarcat-separat';
    try {
      await seedCatalog(database.prisma, { services: [{ ...demo, slug, titleRo: 'Serviciu încărcat separat' }] });
      const loaded = await database.prisma.service.findUniqueOrThrow({
        where: { slug },
        select: { titleRo: true, category: { select: { slug: true } }, versions: { select: { number: true } } },
      });
      expect(loaded).toEqual({ titleRo: 'Serviciu încărcat separat', category: { slug: demo.category }, versions: [{ number: 1 }] });
    } finally {
      await database.prisma.serviceVersion.deleteMany({ where: { service: { slug } } });
      await database.prisma.service.deleteMany({ where: { slug } });
    }
  });
});
