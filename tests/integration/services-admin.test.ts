/**
 * Service administration against the real PostgreSQL: creating (hidden, no form), editing the
 * metadata (audited before → after, a stale page refused, drafts following a new department),
 * showing with its refusals, hiding, archiving and restoring, the version list and diff, export →
 * import round-trip, an import onto an existing slug going to the working copy only, invalid files
 * refused with every problem, the demo data loaded through the same loader, and a clerk or a
 * citizen refused by every function.
 */
import { describe, expect, it } from 'vitest';
import type { TPrismaClient } from '@/lib/db';
import { serviceEditValues, ZCreateServiceSchema, ZImportServiceSchema, ZUpdateServiceSchema, type TCreateServiceInput } from '@/lib/services/admin/schemas';
import {
  archiveService,
  createService,
  exportService,
  getServiceAdmin,
  getServiceFormOptions,
  getServiceVersionDiff,
  hideService,
  importService,
  listServicesAdmin,
  listServiceVersions,
  restoreService,
  showService,
  updateService,
} from '@/lib/services/admin/services';
import { getCatalogService, listCatalog } from '@/lib/services/catalog';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { seedCatalog } from '@/prisma/seed/catalog';
import { SEED_CATEGORIES } from '@/prisma/seed/categories';
import { SEED_SERVICES } from '@/prisma/seed/services';
import { adminActors, createApplicant, readyDraft, SERVICE, useRequestWorld } from './request-fixtures';
import { uniqueName } from './support';

const REQUEST = { ip: '198.51.100.77', userAgent: 'vitest' };
type TActor = { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN' };

describe('service administration', () => {
  let prisma: TPrismaClient;
  let storage: Parameters<typeof readyDraft>[1];
  let admin: TActor;
  let clerk: TActor;
  const ctx = () => ({ actor: admin, request: REQUEST });

  useRequestWorld((world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    ({ admin, clerk } = adminActors(world));
  });

  const idOf = {
    department: async (slug: string) => (await prisma.department.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id,
    category: async (slug: string) => (await prisma.serviceCategory.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id,
    service: async (slug: string) => (await prisma.service.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id,
  };
  const lastAudit = (action: string, entityId: string) => prisma.auditLog.findFirst({ where: { action, entityId }, orderBy: { createdAt: 'desc' } });

  async function newServiceInput(overrides: Partial<TCreateServiceInput> = {}): Promise<TCreateServiceInput> {
    return {
      slug: uniqueName('serviciu-test').toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      titleRo: 'Adeverință de probă',
      titleEn: 'Trial certificate',
      summaryRo: 'Eliberarea unei adeverințe de probă pentru teste.',
      summaryEn: 'Issuing a trial certificate for the tests.',
      descriptionRo: 'O descriere suficient de lungă a serviciului de probă.',
      descriptionEn: 'A long enough description of the trial service.',
      categoryId: await idOf.category('relatia-cu-cetatenii'),
      departmentId: await idOf.department('registratura'),
      applicantTypes: ['COMPANY', 'PERSON'],
      legalTermDays: '30',
      legalTermUnit: 'CALENDAR_DAYS',
      maxExtensionDays: '15',
      legalBasisRo: 'OG nr. 27/2002',
      legalBasisEn: '',
      suspendOnInfo: true,
      suspendOnFee: true,
      tacitApproval: false,
      tacitApprovalBasisRo: '',
      tacitApprovalBasisEn: '',
      fee: '125,50',
      feeInfoRo: 'Se plătește la ghișeu.',
      feeInfoEn: '',
      position: '9',
      ...overrides,
    };
  }
  const create = async (overrides: Partial<TCreateServiceInput> = {}) => {
    return createService(ZCreateServiceSchema.parse(await newServiceInput(overrides)), ctx());
  };
  const editInput = async (serviceId: string, changes: Record<string, unknown>) => {
    const service = (await getServiceAdmin(admin, serviceId))!;
    // The values the edit form starts with, as the page gives them.
    return ZUpdateServiceSchema.parse({ ...serviceEditValues(service, 'ro'), ...changes });
  };
  const importText = async (content: string, departmentId?: string) => importService(ZImportServiceSchema.parse({ content, departmentId }), ctx());

  it('refuses a clerk and a citizen every function, writing nothing', async () => {
    const citizen = await createApplicant(prisma);
    const serviceId = await idOf.service(SERVICE);
    const input = ZCreateServiceSchema.parse(await newServiceInput());
    const update = await editInput(serviceId, { titleRo: 'Alt titlu' });
    const file = JSON.stringify(await exportService(admin, serviceId));
    const before = { audits: await prisma.auditLog.count(), services: await prisma.service.count(), updated: (await prisma.service.findUniqueOrThrow({ where: { id: serviceId } })).updatedAt };
    for (const actor of [clerk, { id: citizen.id, role: 'CITIZEN' as const }]) {
      const as = { actor, request: REQUEST };
      const calls: [string, () => Promise<unknown>][] = [
        ['listServicesAdmin', () => listServicesAdmin(actor)],
        ['getServiceFormOptions', () => getServiceFormOptions(actor)],
        ['getServiceAdmin', () => getServiceAdmin(actor, serviceId)],
        ['createService', () => createService(input, as)],
        ['updateService', () => updateService(update, as)],
        ['showService', () => showService(serviceId, as)],
        ['hideService', () => hideService(serviceId, as)],
        ['archiveService', () => archiveService(serviceId, as)],
        ['restoreService', () => restoreService(serviceId, as)],
        ['listServiceVersions', () => listServiceVersions(actor, serviceId)],
        ['getServiceVersionDiff', () => getServiceVersionDiff(actor, serviceId, 1, 1)],
        ['exportService', () => exportService(actor, serviceId)],
        ['importService', () => importService({ content: file, departmentId: undefined }, as)],
      ];
      for (const [name, call] of calls) await expect(call(), `${name} as ${actor.role}`).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await prisma.auditLog.count()).toBe(before.audits);
    expect(await prisma.service.count()).toBe(before.services);
    expect((await prisma.service.findUniqueOrThrow({ where: { id: serviceId } })).updatedAt).toEqual(before.updated);
  });

  it('creates a service hidden and without a form, fee in bani, audited with the IP; a taken slug and bad input are refused next to their fields', async () => {
    const { serviceId, slug } = await create();
    const saved = await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, include: { versions: true } });
    expect(saved).toMatchObject({ slug, active: false, archivedAt: null, feeAmountBani: 12550, legalTermDays: 30, maxExtensionDays: 15, legalBasisEn: null, applicantTypes: ['PERSON', 'COMPANY'], position: 9 });
    expect(saved.versions).toEqual([]);
    expect(saved.searchText).toContain('adeverinta de proba');
    const audit = await lastAudit('service.create', serviceId);
    expect(audit).toMatchObject({ actorId: admin.id, entityType: 'Service', ip: REQUEST.ip });
    expect(audit?.details).toMatchObject({ slug, titleRo: { from: null, to: 'Adeverință de probă' }, feeAmountBani: { from: null, to: 12550 }, category: { from: null, to: 'relatia-cu-cetatenii' }, department: { from: null, to: 'registratura' } });

    await expect(create({ slug })).rejects.toMatchObject({ code: 'servicesAdmin.slugTaken', details: { field: 'slug' } });
    const deactivated = await prisma.department.create({ data: { slug: uniqueName('inchis').toLowerCase(), nameRo: 'Compartiment închis', nameEn: 'Closed', active: false } });
    await expect(create({ departmentId: deactivated.id })).rejects.toMatchObject({ code: 'servicesAdmin.departmentInactive', details: { field: 'departmentId' } });

    const refused = ZCreateServiceSchema.safeParse(await newServiceInput({ slug: 'Certificat Nou', titleRo: ' ', applicantTypes: [], legalTermDays: '0', fee: '12,345', position: 'x' }));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([
        ['slug', 'servicesAdmin.slugInvalid'],
        ['titleRo', 'servicesAdmin.titleRequired'],
        ['applicantTypes', 'servicesAdmin.applicantTypesRequired'],
        ['legalTermDays', 'servicesAdmin.legalTermInvalid'],
        ['fee', 'servicesAdmin.feeInvalid'],
        ['position', 'servicesAdmin.positionInvalid'],
      ]),
    );
    // An empty fee is "no fixed fee"; "1.250,00" is read as the city hall writes it.
    expect(ZCreateServiceSchema.parse(await newServiceInput({ fee: '' })).fee).toBeNull();
    expect(ZCreateServiceSchema.parse(await newServiceInput({ fee: '1.250,00' })).fee).toBe(125_000);
  });

  it('edits the metadata: before → after in the audit, search text updated, a stale page refused, nothing changed writes nothing', async () => {
    const { serviceId, slug } = await create();
    const stale = await editInput(serviceId, { titleRo: 'Titlu din fereastra veche' });
    const input = await editInput(serviceId, { titleRo: 'Adeverință de domiciliu fiscal', fee: '', legalTermDays: '10', applicantTypes: ['INSTITUTION'] });
    const result = await updateService(input, ctx());
    expect(result.changed).toBe(true);
    const saved = await prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(saved).toMatchObject({ titleRo: 'Adeverință de domiciliu fiscal', feeAmountBani: null, legalTermDays: 10, applicantTypes: ['INSTITUTION'], slug });
    expect(saved.searchText).toContain('adeverinta de domiciliu fiscal');
    expect((await lastAudit('service.update', serviceId))?.details).toEqual({
      slug,
      titleRo: { from: 'Adeverință de probă', to: 'Adeverință de domiciliu fiscal' },
      feeAmountBani: { from: 12550, to: null },
      legalTermDays: { from: 30, to: 10 },
      applicantTypes: { from: ['PERSON', 'COMPANY'], to: ['INSTITUTION'] },
    });
    expect((await listServicesAdmin(admin, { query: 'domiciliu FISCAL', status: 'hidden' })).rows.map((r) => r.id)).toEqual([serviceId]);

    // The other tab still shows the old values: refused, nothing overwritten.
    await expect(updateService(stale, ctx())).rejects.toMatchObject({ code: 'servicesAdmin.stale' });
    expect((await prisma.service.findUniqueOrThrow({ where: { id: serviceId } })).titleRo).toBe('Adeverință de domiciliu fiscal');
    const audits = await prisma.auditLog.count();
    expect(await updateService(await editInput(serviceId, {}), ctx())).toMatchObject({ changed: false });
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it('edits the term as the law counts it: unit, suspensions and tacit approval with its legal text, audited; the catalog and the service page show it', async () => {
    const { serviceId, slug } = await create({ legalTermDays: '2', legalTermUnit: 'WORKING_DAYS', maxExtensionDays: '0', suspendOnFee: false });
    expect(await prisma.service.findUniqueOrThrow({ where: { id: serviceId } })).toMatchObject({ legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', maxExtensionDays: 0, suspendOnInfo: true, suspendOnFee: false, tacitApproval: false });

    // Tacit approval needs its legal text in both languages, said next to each box.
    const refused = ZUpdateServiceSchema.safeParse({ ...serviceEditValues((await getServiceAdmin(admin, serviceId))!, 'ro'), tacitApproval: true, tacitApprovalBasisRo: ' ', tacitApprovalBasisEn: '' });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tacitApprovalBasisRo', 'servicesAdmin.tacitApprovalBasisRequired'],
      ['tacitApprovalBasisEn', 'servicesAdmin.tacitApprovalBasisRequired'],
    ]);
    expect(ZCreateServiceSchema.safeParse(await newServiceInput({ legalTermUnit: 'HOURS' as never })).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['legalTermUnit', 'servicesAdmin.legalTermUnitRequired']]);

    const basisRo = 'OUG nr. 27/2003 privind procedura aprobării tacite, art. 2 alin. (1)';
    const basisEn = 'Government Emergency Ordinance No. 27/2003 on tacit approval, Article 2(1)';
    await updateService(await editInput(serviceId, { legalTermDays: '30', legalTermUnit: 'CALENDAR_DAYS', maxExtensionDays: '15', suspendOnInfo: false, tacitApproval: true, tacitApprovalBasisRo: basisRo, tacitApprovalBasisEn: basisEn }), ctx());
    const saved = await prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(saved).toMatchObject({ legalTermDays: 30, legalTermUnit: 'CALENDAR_DAYS', maxExtensionDays: 15, suspendOnInfo: false, suspendOnFee: false, tacitApproval: true, tacitApprovalBasisRo: basisRo, tacitApprovalBasisEn: basisEn });
    expect((await lastAudit('service.update', serviceId))?.details).toEqual({
      slug,
      legalTermDays: { from: 2, to: 30 },
      legalTermUnit: { from: 'WORKING_DAYS', to: 'CALENDAR_DAYS' },
      maxExtensionDays: { from: 0, to: 15 },
      suspendOnInfo: { from: true, to: false },
      tacitApproval: { from: false, to: true },
      tacitApprovalBasisRo: { from: null, to: basisRo },
      tacitApprovalBasisEn: { from: null, to: basisEn },
    });
    // The edit form starts from what was saved.
    expect(serviceEditValues((await getServiceAdmin(admin, serviceId))!, 'ro')).toMatchObject({ legalTermUnit: 'CALENDAR_DAYS', suspendOnInfo: false, suspendOnFee: false, tacitApproval: true, tacitApprovalBasisRo: basisRo });

    // The catalog and the service page read the term of a shown service.
    const fiscal = await getCatalogService(SERVICE, 'ro');
    expect(fiscal?.term).toMatchObject({ days: 2, unit: 'WORKING_DAYS', maxExtensionDays: 0, tacitApproval: false });
    const licence = await getCatalogService('acord-de-functionare', 'en');
    expect(licence?.term).toMatchObject({ days: 30, unit: 'CALENDAR_DAYS', tacitApproval: true, tacitApprovalBasis: expect.stringContaining('27/2003') });
    const { groups } = await listCatalog({ locale: 'ro' });
    const listed = groups.flatMap((g) => g.services);
    expect(listed.find((s) => s.slug === SERVICE)).toMatchObject({ legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', tacitApproval: false });
    expect(listed.find((s) => s.slug === 'informatii-de-interes-public')).toMatchObject({ legalTermDays: 10, legalTermUnit: 'CALENDAR_DAYS' });
  });

  it('moving a service to another department through its edit form moves its drafts, and refuses an inactive department', async () => {
    const serviceId = await idOf.service(SERVICE);
    const applicant = await createApplicant(prisma);
    const draftId = await readyDraft(applicant, storage);
    const urbanism = await idOf.department('urbanism');
    await updateService(await editInput(serviceId, { departmentId: urbanism }), ctx());
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: draftId } })).departmentId).toBe(urbanism);
    expect((await lastAudit('service.update', serviceId))?.details).toMatchObject({ department: { from: 'taxe-impozite', to: 'urbanism' }, draftsMoved: 1 });
    const closed = await prisma.department.create({ data: { slug: uniqueName('inchis').toLowerCase(), nameRo: 'Compartiment închis', nameEn: 'Closed', active: false } });
    await expect(updateService(await editInput(serviceId, { departmentId: closed.id }), ctx())).rejects.toMatchObject({ code: 'servicesAdmin.departmentInactive' });
    await updateService(await editInput(serviceId, { departmentId: await idOf.department('taxe-impozite') }), ctx());
  });

  it('shows a service only with a published version, not archived, in an active department; hides, archives and restores, audited', async () => {
    const { serviceId, slug } = await create();
    await expect(showService(serviceId, ctx())).rejects.toMatchObject({ code: 'servicesAdmin.showNoVersion' });
    const definition = parseServiceDefinition(SEED_SERVICES[0]!.definition);
    await prisma.serviceVersion.create({ data: { serviceId, number: 1, definition, publishedAt: new Date(), createdById: admin.id } });

    // Its department deactivated (no active service): refused with that reason.
    const department = await prisma.department.create({ data: { slug: uniqueName('temporar').toLowerCase(), nameRo: 'Compartiment temporar', nameEn: 'Temporary' } });
    await updateService(await editInput(serviceId, { departmentId: department.id }), ctx());
    await prisma.department.update({ where: { id: department.id }, data: { active: false } });
    await expect(showService(serviceId, ctx())).rejects.toMatchObject({ code: 'servicesAdmin.showDepartmentInactive' });
    expect((await getServiceAdmin(admin, serviceId))?.showRefusal).toBe('servicesAdmin.showDepartmentInactive');
    await prisma.department.update({ where: { id: department.id }, data: { active: true } });

    await showService(serviceId, ctx());
    expect((await lastAudit('service.show', serviceId))?.details).toEqual({ slug, active: { from: false, to: true } });
    expect((await getCatalogService(slug, 'ro'))?.title).toBe('Adeverință de probă');
    await expect(showService(serviceId, ctx())).rejects.toMatchObject({ code: 'servicesAdmin.alreadyShown' });

    await hideService(serviceId, ctx());
    expect((await lastAudit('service.hide', serviceId))?.details).toEqual({ slug, active: { from: true, to: false } });
    expect((await listCatalog({ locale: 'ro', query: 'adeverinta de proba' })).count).toBe(0);

    await showService(serviceId, ctx());
    await archiveService(serviceId, ctx());
    const archived = await prisma.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(archived.active).toBe(false);
    expect(archived.archivedAt).not.toBeNull();
    expect((await lastAudit('service.archive', serviceId))?.details).toMatchObject({ slug, active: { from: true, to: false }, archivedAt: { from: null } });
    await expect(showService(serviceId, ctx())).rejects.toMatchObject({ code: 'servicesAdmin.showArchived' });
    // Out of the default list, in the archived one.
    expect((await listServicesAdmin(admin, { query: slug })).rows).toEqual([]);
    expect((await listServicesAdmin(admin, { query: slug, status: 'archived' })).rows.map((r) => [r.id, r.status])).toEqual([[serviceId, 'archived']]);

    await restoreService(serviceId, ctx());
    expect(await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, select: { active: true, archivedAt: true } })).toEqual({ active: false, archivedAt: null });
    expect((await lastAudit('service.restore', serviceId))?.details).toMatchObject({ slug, archivedAt: { to: null } });
    await expect(restoreService(serviceId, ctx())).rejects.toMatchObject({ code: 'servicesAdmin.notArchived' });
  });

  it('lists the services paginated with their latest version, and the versions with who published them and a diff', async () => {
    const all = await listServicesAdmin(admin, { page: 1 });
    expect(all.total).toBeGreaterThanOrEqual(SEED_SERVICES.length);
    expect(all.rows.length).toBeLessThanOrEqual(20);
    const serviceId = await idOf.service('petitie-sesizare');
    expect(all.rows.find((r) => r.id === serviceId)).toMatchObject({ status: 'shown', latestVersion: 1, category: { nameRo: 'Relația cu cetățenii' } });
    expect((await listServicesAdmin(admin, { page: 999 })).page).toBe(all.pageCount);

    const first = await prisma.serviceVersion.findFirstOrThrow({ where: { serviceId, number: 1 } });
    const definition = parseServiceDefinition(first.definition);
    const next = { ...definition, delivery: 'counter' as const, fields: definition.fields.filter((f) => f.key !== 'phone') };
    await prisma.serviceVersion.create({ data: { serviceId, number: 2, definition: next, publishedAt: new Date(), createdById: admin.id } });
    const versions = await listServiceVersions(admin, serviceId);
    expect(versions?.versions.map((v) => [v.number, v.publishedBy])).toEqual([
      [2, 'Ana Popescu'],
      [1, null],
    ]);
    const diff = await getServiceVersionDiff(admin, serviceId, 1, 2);
    expect(diff?.delivery).toEqual({ from: definition.delivery, to: 'counter' });
    expect(diff?.fields.removed.map((f) => f.key)).toEqual(['phone']);
    expect(await getServiceVersionDiff(admin, serviceId, 1, 7)).toBeNull();
    expect((await listServicesAdmin(admin, { query: 'petitie' })).rows.find((r) => r.id === serviceId)?.latestVersion).toBe(2);
  });

  it('exports a service and imports the file into a fresh slug: hidden, version 1 with the same definition, a missing category created', async () => {
    const sourceId = await idOf.service('certificat-de-urbanism');
    const file = (await exportService(admin, sourceId))!;
    expect(file).toMatchObject({ format: 'portal-primarie.service', formatVersion: 1, service: { slug: 'certificat-de-urbanism', department: { slug: 'urbanism' }, category: { slug: 'urbanism-si-constructii' } } });
    const source = await prisma.serviceVersion.findFirstOrThrow({ where: { serviceId: sourceId }, orderBy: { number: 'desc' } });

    const slug = uniqueName('certificat-importat').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const categorySlug = uniqueName('categorie-importata').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const copy = { ...file, service: { ...file.service, slug, category: { slug: categorySlug, nameRo: 'Categorie importată', nameEn: 'Imported category' } } };
    const outcome = await importText(JSON.stringify(copy));
    expect(outcome).toMatchObject({ status: 'created', slug });
    const imported = await prisma.service.findUniqueOrThrow({ where: { slug }, include: { versions: true, category: true, department: true } });
    expect(imported).toMatchObject({ active: false, titleRo: file.service.titleRo, department: { slug: 'urbanism' }, category: { nameRo: 'Categorie importată' } });
    expect(imported.versions.map((v) => [v.number, v.createdById, v.publishedAt !== null])).toEqual([[1, admin.id, true]]);
    expect(imported.versions[0]?.definition).toEqual(source.definition);
    expect((await lastAudit('service.import', imported.id))?.details).toMatchObject({ slug, department: 'urbanism', category: categorySlug, categoryCreated: true, versionNumber: 1 });
    // Exported again, it is the same service.
    const again = (await exportService(admin, imported.id))!;
    expect({ ...again.service, slug: 'x', category: null }).toEqual({ ...file.service, slug: 'x', category: null });
    expect(again.definition).toEqual(file.definition);
  });

  it('exports the term with the service; a file from before the term fields still imports, with the defaults', async () => {
    const licence = (await exportService(admin, await idOf.service('acord-de-functionare')))!;
    expect(licence.service).toMatchObject({ legalTermDays: 30, legalTermUnit: 'CALENDAR_DAYS', tacitApproval: true, tacitApprovalBasisRo: expect.stringContaining('27/2003') });
    const fiscal = (await exportService(admin, await idOf.service(SERVICE)))!;
    expect(fiscal.service).toMatchObject({ legalTermDays: 2, legalTermUnit: 'WORKING_DAYS', tacitApproval: false });

    const TERM_FIELDS = ['legalTermUnit', 'suspendOnInfo', 'suspendOnFee', 'tacitApproval', 'tacitApprovalBasisRo', 'tacitApprovalBasisEn'];
    const old = Object.fromEntries(Object.entries(fiscal.service).filter(([key]) => !TERM_FIELDS.includes(key)));
    const slug = uniqueName('fisier-vechi').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    expect(await importText(JSON.stringify({ ...fiscal, service: { ...old, slug } }))).toMatchObject({ status: 'created', slug });
    expect(await prisma.service.findUniqueOrThrow({ where: { slug } })).toMatchObject({ legalTermDays: 2, legalTermUnit: 'CALENDAR_DAYS', suspendOnInfo: true, suspendOnFee: true, tacitApproval: false, tacitApprovalBasisRo: null });

    // Tacit approval without its legal text is a problem of the file.
    const outcome = await importText(JSON.stringify({ ...fiscal, service: { ...fiscal.service, slug: `${slug}-tacit`, tacitApproval: true, tacitApprovalBasisEn: null } }));
    expect(outcome.status === 'invalid' ? outcome.problems.map((p) => [p.path, p.message]) : outcome).toEqual([
      ['service.tacitApprovalBasisRo', 'servicesAdmin.tacitApprovalBasisRequired'],
      ['service.tacitApprovalBasisEn', 'servicesAdmin.tacitApprovalBasisRequired'],
    ]);
  });

  it('an import onto an existing slug only fills its working copy: published versions and metadata stay', async () => {
    const serviceId = await idOf.service('petitie-sesizare');
    const file = (await exportService(admin, serviceId))!;
    const before = await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, include: { versions: { orderBy: { number: 'asc' } } } });
    const changed = { ...file, service: { ...file.service, titleRo: 'Titlu schimbat în fișier' }, definition: { ...file.definition, delivery: 'counter' } };
    const outcome = await importText(JSON.stringify(changed));
    expect(outcome).toEqual({ status: 'workingCopy', serviceId, slug: 'petitie-sesizare' });
    const after = await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, include: { versions: { orderBy: { number: 'asc' } } } });
    expect(after.versions).toEqual(before.versions);
    expect(after.titleRo).toBe(before.titleRo);
    expect(after.workingCopyRevision).toBe(before.workingCopyRevision + 1);
    expect(after.workingCopyUpdatedById).toBe(admin.id);
    expect((after.workingCopy as { delivery: string }).delivery).toBe('counter');
    expect((await lastAudit('service.importWorkingCopy', serviceId))?.details).toEqual({ slug: 'petitie-sesizare', workingCopyRevision: after.workingCopyRevision });
    // The seed leaves a service with a working copy alone.
    await seedCatalog(prisma, { categories: SEED_CATEGORIES, services: SEED_SERVICES });
    expect(await prisma.serviceVersion.count({ where: { serviceId } })).toBe(before.versions.length);
    await prisma.service.update({ where: { id: serviceId }, data: { workingCopy: null as never } });
  });

  it('refuses an invalid file with every problem listed, writing nothing; an unknown department is named, and can be chosen instead', async () => {
    const file = (await exportService(admin, await idOf.service('certificat-de-urbanism')))!;
    const audits = await prisma.auditLog.count();
    const services = await prisma.service.count();

    expect(await importText('{ nu este json')).toMatchObject({ status: 'invalid', problems: [{ path: '', code: 'json' }] });
    const broken = {
      ...file,
      formatVersion: 2,
      extra: true,
      service: { ...file.service, slug: 'Slug Greșit', applicantTypes: [] },
      definition: { ...file.definition, fields: [...file.definition.fields, file.definition.fields[0]] },
    };
    const outcome = await importText(JSON.stringify(broken));
    expect(outcome.status).toBe('invalid');
    const problems = outcome.status === 'invalid' ? outcome.problems : [];
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['', 'formatVersion', 'service.slug', 'service.applicantTypes', `definition.fields.${file.definition.fields.length}.key`]));
    expect(problems.find((p) => p.path === 'service.slug')?.message).toBe('servicesAdmin.slugInvalid');
    expect(problems.find((p) => p.code === 'unrecognized_keys')?.params).toEqual({ keys: 'extra' });

    const slug = uniqueName('serviciu-strain').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const foreign = { ...file, service: { ...file.service, slug, department: { slug: 'directia-urbanism-bacau', nameRo: 'Direcția Urbanism', nameEn: null } } };
    expect(await importText(JSON.stringify(foreign))).toEqual({
      status: 'invalid',
      problems: [{ path: 'service.department.slug', code: 'department.unknown', message: 'no department directia-urbanism-bacau', params: { slug: 'directia-urbanism-bacau' } }],
    });
    expect(await prisma.auditLog.count()).toBe(audits);
    expect(await prisma.service.count()).toBe(services);

    // Mapped to one of this city hall's departments.
    const registratura = await idOf.department('registratura');
    expect(await importText(JSON.stringify(foreign), registratura)).toMatchObject({ status: 'created', slug });
    expect((await prisma.service.findUniqueOrThrow({ where: { slug } })).departmentId).toBe(registratura);
  });

  it('loads the demo data through the same loader: created once, what administrators set is never overwritten', async () => {
    const seed = SEED_SERVICES.find((s) => s.slug === 'acord-de-functionare')!;
    const serviceId = await idOf.service(seed.slug);
    await updateService(await editInput(serviceId, { titleRo: 'Acord de funcționare (redenumit)' }), ctx());
    await hideService(serviceId, ctx());
    await seedCatalog(prisma, { categories: SEED_CATEGORIES, services: SEED_SERVICES });
    expect(await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, select: { titleRo: true, active: true } })).toEqual({ titleRo: 'Acord de funcționare (redenumit)', active: false });

    // Once an administrator published a version, a changed seed definition is not published over it.
    const latest = await prisma.serviceVersion.findFirstOrThrow({ where: { serviceId }, orderBy: { number: 'desc' } });
    await prisma.serviceVersion.create({ data: { serviceId, number: latest.number + 1, definition: latest.definition as object, publishedAt: new Date(), createdById: admin.id } });
    const original = structuredClone(seed.definition);
    (seed.definition.fields[0] as { help?: object }).help = { ro: 'Ajutor nou din cod', en: 'New help from code' };
    try {
      await seedCatalog(prisma, { categories: SEED_CATEGORIES, services: SEED_SERVICES });
    } finally {
      seed.definition = original;
    }
    expect(await prisma.serviceVersion.count({ where: { serviceId } })).toBe(latest.number + 1);
  });
});
