/**
 * Department and category administration against the real PostgreSQL: creating, renaming,
 * deactivating and deleting with their refusals, membership rules, moving a service (new
 * submissions follow it, filed requests stay), catalog order kept consecutive, audit rows with
 * before → after, and a clerk refused by every function.
 */
import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createCategory, deleteCategory, listCategories, moveCategory, renameCategory } from '@/lib/categories/categories';
import { ZCreateCategorySchema } from '@/lib/categories/schemas';
import {
  addDepartmentMember,
  createDepartment,
  deactivateDepartment,
  deleteDepartment,
  getDepartmentDetail,
  listDepartmentsOverview,
  moveService,
  reactivateDepartment,
  removeDepartmentMember,
  updateDepartment,
} from '@/lib/departments/departments';
import { ZCreateDepartmentSchema, ZUpdateDepartmentSchema } from '@/lib/departments/schemas';
import type { TPrismaClient } from '@/lib/db';
import { submitRequest } from '@/lib/requests/commands/submit';
import { listDepartments } from '@/lib/staff/staff';
import type { TStorage } from '@/lib/storage';
import { adminActors, createApplicant, readyDraft, SERVICE, useRequestWorld } from './request-fixtures';
import { uniqueName } from './support';

const REQUEST = { ip: '198.51.100.23', userAgent: 'vitest' };

type TActor = { id: string; role: 'CLERK' | 'ADMIN' };

describe('department and category administration', () => {
  let prisma: TPrismaClient;
  let storage: TStorage;
  let admin: TActor;
  let clerk: TActor;
  const ctx = () => ({ actor: admin, request: REQUEST });

  useRequestWorld((world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    ({ admin, clerk } = adminActors(world));
  });

  const departmentId = async (slug: string) => (await prisma.department.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const newDepartment = async (nameRo = `Compartiment ${uniqueName('t')}`) => {
    return createDepartment(ZCreateDepartmentSchema.parse({ nameRo, nameEn: 'Test department', email: '', phone: '' }), ctx());
  };
  const lastAudit = (action: string, entityId: string) => prisma.auditLog.findFirst({ where: { action, entityId }, orderBy: { createdAt: 'desc' } });

  /** An active clerk who is a member of `departmentIds`. */
  async function createClerk(departmentIds: string[], status: 'ACTIVE' | 'DISABLED' = 'ACTIVE') {
    return prisma.user.create({
      data: {
        email: `${uniqueName('clerk')}@primariaroman.ro`,
        passwordHash: await hashPassword('o frază lungă de test 2026'),
        role: 'CLERK',
        accountType: 'STAFF',
        status,
        personProfile: { create: { firstName: 'Ana', lastName: 'Popa' } },
        memberships: { create: departmentIds.map((id) => ({ departmentId: id })) },
      },
      select: { id: true, email: true },
    });
  }

  it('refuses a clerk every function, writing nothing', async () => {
    const someDepartment = await departmentId('urbanism');
    const service = await prisma.service.findFirstOrThrow({ select: { id: true } });
    const category = await prisma.serviceCategory.findFirstOrThrow({ select: { id: true } });
    const as = { actor: clerk, request: REQUEST };
    const before = await prisma.auditLog.count();
    const calls: [string, () => Promise<unknown>][] = [
      ['listDepartmentsOverview', () => listDepartmentsOverview(clerk)],
      ['getDepartmentDetail', () => getDepartmentDetail(clerk, someDepartment)],
      ['createDepartment', () => createDepartment({ nameRo: 'Compartiment nou', nameEn: 'New', email: null, phone: null }, as)],
      ['updateDepartment', () => updateDepartment({ departmentId: someDepartment, nameRo: 'Alt nume', nameEn: 'Other', email: null, phone: null }, as)],
      ['deactivateDepartment', () => deactivateDepartment(someDepartment, as)],
      ['reactivateDepartment', () => reactivateDepartment(someDepartment, as)],
      ['deleteDepartment', () => deleteDepartment(someDepartment, as)],
      ['addDepartmentMember', () => addDepartmentMember({ departmentId: someDepartment, userId: clerk.id }, as)],
      ['removeDepartmentMember', () => removeDepartmentMember({ departmentId: someDepartment, userId: clerk.id }, as)],
      ['moveService', () => moveService({ serviceId: service.id, departmentId: someDepartment }, as)],
      ['listCategories', () => listCategories(clerk)],
      ['createCategory', () => createCategory({ nameRo: 'Categorie', nameEn: 'Category' }, as)],
      ['renameCategory', () => renameCategory({ categoryId: category.id, nameRo: 'Alt nume', nameEn: 'Other' }, as)],
      ['moveCategory', () => moveCategory({ categoryId: category.id, direction: 'down' }, as)],
      ['deleteCategory', () => deleteCategory(category.id, as)],
    ];
    for (const [name, call] of calls) await expect(call(), name).rejects.toMatchObject({ code: 'forbidden' });
    expect(await prisma.auditLog.count()).toBe(before);
  });

  it('creates a department with a unique slug from the Romanian name, audited with before → after and the IP', async () => {
    const first = await newDepartment('Direcția Achiziții Publice');
    expect(first.slug).toBe('directia-achizitii-publice');
    const second = await newDepartment('Direcția achiziții publice');
    expect(second.slug).toBe('directia-achizitii-publice-2');
    const audit = await lastAudit('department.create', first.departmentId);
    expect(audit).toMatchObject({ actorId: admin.id, entityType: 'Department', ip: REQUEST.ip });
    expect(audit?.details).toMatchObject({ slug: 'directia-achizitii-publice', nameRo: { from: null, to: 'Direcția Achiziții Publice' } });
    // The schema refuses an empty name and a malformed email, with the field's message.
    const refused = ZCreateDepartmentSchema.safeParse({ nameRo: ' ', nameEn: 'X', email: 'nu-e-email', phone: '' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([
        ['nameRo', 'departments.nameRequired'],
        ['email', 'email.invalid'],
      ]),
    );
  });

  it('renames a department: before → after in the audit row, the slug stays; nothing changed writes nothing', async () => {
    const { departmentId: id, slug } = await newDepartment();
    const input = ZUpdateDepartmentSchema.parse({ departmentId: id, nameRo: 'Serviciul Resurse Umane', nameEn: 'Human Resources', email: 'HR@primariaroman.ro', phone: '0233 741 119' });
    expect(await updateDepartment(input, ctx())).toEqual({ changed: true });
    const saved = await prisma.department.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ slug, nameRo: 'Serviciul Resurse Umane', email: 'hr@primariaroman.ro' });
    const audit = await lastAudit('department.update', id);
    expect(audit?.details).toMatchObject({ slug, nameRo: { to: 'Serviciul Resurse Umane' }, nameEn: { from: 'Test department', to: 'Human Resources' }, email: { from: null, to: 'hr@primariaroman.ro' } });
    const audits = await prisma.auditLog.count();
    expect(await updateDepartment(input, ctx())).toEqual({ changed: false });
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it('lists every department with its members, services and open requests counted', async () => {
    const overview = await listDepartmentsOverview(admin);
    const taxes = overview.find((d) => d.slug === 'taxe-impozite');
    expect(taxes).toBeDefined();
    expect(taxes?.services).toBe(await prisma.service.count({ where: { department: { slug: 'taxe-impozite' } } }));
    expect(taxes?.members).toBe(await prisma.departmentMember.count({ where: { department: { slug: 'taxe-impozite' } } }));
    expect(taxes?.openRequests).toBe(await prisma.serviceRequest.count({ where: { department: { slug: 'taxe-impozite' }, status: { notIn: ['DRAFT', 'APPROVED', 'REJECTED', 'WITHDRAWN'] } } }));
  });

  it('deactivates only a department without active services; a deactivated one is not offered to staff nor takes members; reactivates', async () => {
    await expect(deactivateDepartment(await departmentId('taxe-impozite'), ctx())).rejects.toMatchObject({ code: 'departments.hasActiveServices' });
    const { departmentId: id } = await newDepartment();
    await deactivateDepartment(id, ctx());
    expect((await lastAudit('department.deactivate', id))?.details).toMatchObject({ active: { from: true, to: false } });
    await expect(deactivateDepartment(id, ctx())).rejects.toMatchObject({ code: 'departments.alreadyInactive' });
    expect((await listDepartments(admin)).map((d) => d.id)).not.toContain(id);
    const member = await createClerk([await departmentId('urbanism')]);
    await expect(addDepartmentMember({ departmentId: id, userId: member.id }, ctx())).rejects.toMatchObject({ code: 'departments.inactive' });
    const service = await prisma.service.findFirstOrThrow({ where: { department: { slug: 'urbanism' } }, select: { id: true } });
    await expect(moveService({ serviceId: service.id, departmentId: id }, ctx())).rejects.toMatchObject({ code: 'departments.inactive' });
    await reactivateDepartment(id, ctx());
    expect((await listDepartments(admin)).map((d) => d.id)).toContain(id);
    expect((await lastAudit('department.reactivate', id))?.details).toMatchObject({ active: { from: false, to: true } });
  });

  it('moves a service: new submissions and pending drafts go to the new department, filed requests stay; a department with requests cannot be deleted', async () => {
    const service = await prisma.service.findUniqueOrThrow({ where: { slug: SERVICE }, select: { id: true, departmentId: true, department: { select: { slug: true } } } });
    const applicant = await createApplicant(prisma);
    const filedId = await readyDraft(applicant, storage);
    await submitRequest(applicant, filedId);
    const draftId = await readyDraft(applicant, storage);

    const { departmentId: target, slug } = await newDepartment();
    expect((await moveService({ serviceId: service.id, departmentId: target }, ctx())).draftsMoved).toBeGreaterThanOrEqual(1);
    expect((await lastAudit('service.move', service.id))?.details).toMatchObject({ slug: SERVICE, department: { from: service.department.slug, to: slug } });
    await expect(moveService({ serviceId: service.id, departmentId: target }, ctx())).rejects.toMatchObject({ code: 'departments.sameDepartment' });

    // Filed before the move: stays. The draft, submitted after it, goes to the new department, as does a brand-new one.
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: filedId } })).departmentId).toBe(service.departmentId);
    await submitRequest(applicant, draftId);
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: draftId } })).departmentId).toBe(target);
    const newId = await readyDraft(applicant, storage);
    await submitRequest(applicant, newId);
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: newId } })).departmentId).toBe(target);

    // The new department now has requests and a service: it cannot be deleted, only deactivated once the service leaves.
    await expect(deleteDepartment(target, ctx())).rejects.toMatchObject({ code: 'departments.hasServices' });
    await moveService({ serviceId: service.id, departmentId: service.departmentId }, ctx());
    await expect(deleteDepartment(target, ctx())).rejects.toMatchObject({ code: 'departments.hasRequests' });
    await deactivateDepartment(target, ctx());
    expect(await prisma.department.findUnique({ where: { id: target }, select: { active: true } })).toEqual({ active: false });
  });

  it('deletes a department nothing refers to, audited; not one that is the only department of a clerk', async () => {
    const { departmentId: id } = await newDepartment();
    const member = await createClerk([id]);
    await expect(deleteDepartment(id, ctx())).rejects.toMatchObject({ code: 'departments.soleDepartmentOfMembers' });
    await addDepartmentMember({ departmentId: await departmentId('urbanism'), userId: member.id }, ctx());
    await deleteDepartment(id, ctx());
    expect(await prisma.department.findUnique({ where: { id } })).toBeNull();
    expect((await lastAudit('department.delete', id))?.details).toMatchObject({ nameRo: { to: null }, members: [member.email] });
    expect(await prisma.departmentMember.count({ where: { userId: member.id } })).toBe(1);
    await expect(deleteDepartment(id, ctx())).rejects.toMatchObject({ code: 'departments.notFound' });
    await expect(deleteDepartment(await departmentId('urbanism'), ctx())).rejects.toMatchObject({ code: 'departments.hasServices' });
  });

  it('adds active clerks only; a clerk keeps at least one department; a removed member’s open requests go back to the queue', async () => {
    const { departmentId: id } = await newDepartment();
    const urbanism = await departmentId('urbanism');
    const member = await createClerk([urbanism]);
    await addDepartmentMember({ departmentId: id, userId: member.id }, ctx());
    expect((await lastAudit('department.addMember', id))?.details).toMatchObject({ member: member.email });
    await expect(addDepartmentMember({ departmentId: id, userId: member.id }, ctx())).rejects.toMatchObject({ code: 'departments.alreadyMember' });
    const disabled = await createClerk([urbanism], 'DISABLED');
    await expect(addDepartmentMember({ departmentId: id, userId: disabled.id }, ctx())).rejects.toMatchObject({ code: 'departments.unknownClerk' });
    const citizen = await createApplicant(prisma);
    await expect(addDepartmentMember({ departmentId: id, userId: citizen.id }, ctx())).rejects.toMatchObject({ code: 'departments.unknownClerk' });

    const detail = await getDepartmentDetail(admin, id);
    expect(detail?.members.map((m) => m.id)).toEqual([member.id]);
    expect(detail?.candidates.map((c) => c.id)).not.toContain(member.id);
    expect(detail?.candidates.map((c) => c.id)).not.toContain(disabled.id);

    // Member of two: leaving one is fine, and their open request of it is unassigned; the last one stays.
    const service = await prisma.service.findFirstOrThrow({ where: { departmentId: urbanism }, select: { versions: { select: { id: true }, take: 1 } } });
    const open = await prisma.serviceRequest.create({
      data: { applicantId: citizen.id, serviceVersionId: service.versions[0]!.id, departmentId: urbanism, status: 'IN_REVIEW', assigneeId: member.id, registrationNumber: `T-${uniqueName('r')}`, answers: {} },
    });
    await removeDepartmentMember({ departmentId: urbanism, userId: member.id }, ctx());
    const after = await prisma.serviceRequest.findUniqueOrThrow({ where: { id: open.id } });
    expect(after).toMatchObject({ assigneeId: null, version: open.version + 1 });
    expect((await lastAudit('department.removeMember', urbanism))?.details).toMatchObject({ member: member.email, unassignedRequests: [open.registrationNumber] });
    await expect(removeDepartmentMember({ departmentId: id, userId: member.id }, ctx())).rejects.toMatchObject({ code: 'departments.lastDepartment' });
    expect(await prisma.departmentMember.count({ where: { userId: member.id } })).toBe(1);
    await expect(removeDepartmentMember({ departmentId: urbanism, userId: member.id }, ctx())).rejects.toMatchObject({ code: 'departments.notMember' });
  });

  it('keeps the categories’ positions consecutive through create, move and delete, audited; an empty category only is deleted', async () => {
    const positions = async () => (await listCategories(admin)).map((c) => c.position);
    const consecutive = async () => expect(await positions()).toEqual(Array.from({ length: (await positions()).length }, (_v, i) => i + 1));
    // A gap left by older data is closed by the next change.
    const seeded = await listCategories(admin);
    await prisma.serviceCategory.update({ where: { id: seeded[seeded.length - 1]!.id }, data: { position: 40 } });

    const created = await createCategory(ZCreateCategorySchema.parse({ nameRo: 'Mediu și salubritate', nameEn: 'Environment' }), ctx());
    expect(created.slug).toBe('mediu-si-salubritate');
    await consecutive();
    let list = await listCategories(admin);
    expect(list.at(-1)).toMatchObject({ id: created.categoryId, position: list.length, services: 0 });
    expect((await lastAudit('category.create', created.categoryId))?.details).toMatchObject({ nameRo: { from: null, to: 'Mediu și salubritate' }, position: list.length });

    expect(await moveCategory({ categoryId: created.categoryId, direction: 'up' }, ctx())).toEqual({ position: list.length - 1 });
    await consecutive();
    expect((await lastAudit('category.move', created.categoryId))?.details).toMatchObject({ position: { from: list.length, to: list.length - 1 } });
    list = await listCategories(admin);
    await expect(moveCategory({ categoryId: list[0]!.id, direction: 'up' }, ctx())).rejects.toMatchObject({ code: 'categories.alreadyFirst' });
    await expect(moveCategory({ categoryId: list.at(-1)!.id, direction: 'down' }, ctx())).rejects.toMatchObject({ code: 'categories.alreadyLast' });

    expect(await renameCategory({ categoryId: created.categoryId, nameRo: 'Mediu', nameEn: 'Environment' }, ctx())).toEqual({ changed: true });
    expect((await lastAudit('category.rename', created.categoryId))?.details).toMatchObject({ nameRo: { from: 'Mediu și salubritate', to: 'Mediu' } });
    expect((await lastAudit('category.rename', created.categoryId))?.details).not.toHaveProperty('nameEn');

    const full = list.find((c) => c.services > 0)!;
    await expect(deleteCategory(full.id, ctx())).rejects.toMatchObject({ code: 'categories.notEmpty' });
    await deleteCategory(created.categoryId, ctx());
    await consecutive();
    expect((await listCategories(admin)).map((c) => c.id)).not.toContain(created.categoryId);
    expect((await lastAudit('category.delete', created.categoryId))?.details).toMatchObject({ nameRo: { from: 'Mediu', to: null } });
  });
});
