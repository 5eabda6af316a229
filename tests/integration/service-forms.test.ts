/**
 * A service's form in the back-office against the real PostgreSQL: the working copy saved with a
 * revision ("changed meanwhile" when stale), "Publică" creating version N+1 and never touching N,
 * a draft started on N still continued and filed after N+1, invalid definitions refused with
 * their errors where the builder shows them, audit rows, and clerks and citizens refused by every
 * function.
 */
import { describe, expect, it } from 'vitest';
import type { TPrismaClient } from '@/lib/db';
import { saveDraft } from '@/lib/requests/commands/drafts';
import { submitRequest } from '@/lib/requests/commands/submit';
import { discardWorkingCopy, getServiceForm, publishServiceForm, saveWorkingCopy } from '@/lib/services/admin/form';
import { ZWorkingCopySchema, type TWorkingCopy } from '@/lib/services/admin/form-schemas';
import { addField, setCondition, setField } from '@/lib/services/form/builder';
import type { TStorage } from '@/lib/storage';
import { createApplicant, draftInput, readyDraft, SERVICE, useRequestWorld, VALID_ANSWERS, type TApplicant } from './request-fixtures';
import { demoAdmin } from './support';

const REQUEST = { ip: '198.51.100.44', userAgent: 'vitest' };

type TActor = { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN' };

describe('service form builder: working copy and publishing', () => {
  let prisma: TPrismaClient;
  let storage: TStorage;
  let admin: TActor;
  let clerk: TActor;
  let citizen: TApplicant;
  let serviceId: string;
  const ctx = () => ({ actor: admin, request: REQUEST });

  useRequestWorld((world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    clerk = { id: world.clerk.user.id, role: 'CLERK' };
  });

  const setup = async () => {
    if (serviceId) return;
    admin = await demoAdmin(prisma);
    citizen = await createApplicant(prisma);
    serviceId = (await prisma.service.findUniqueOrThrow({ where: { slug: SERVICE }, select: { id: true } })).id;
  };
  const versions = () => prisma.serviceVersion.findMany({ where: { serviceId }, orderBy: { number: 'asc' }, select: { id: true, number: true, definition: true, publishedAt: true, createdById: true } });
  const current = async () => {
    const form = await getServiceForm(admin, serviceId);
    if (!form) throw new Error('no form');
    return form;
  };
  /** The published form with one more optional field at the end. */
  const withExtraField = (copy: TWorkingCopy, labelRo = 'Observații') => {
    const { copy: added, index } = addField(copy, 'textarea');
    return setField(added, index, { label: { ro: labelRo, en: 'Remarks' } });
  };

  it('starts from the latest published definition, with no working copy', async () => {
    await setup();
    const form = await current();
    const all = await versions();
    expect(form.hasWorkingCopy).toBe(false);
    expect(form.latestVersion?.number).toBe(all.at(-1)!.number);
    expect(form.copy.fields.map((f) => f.key)).toEqual((all.at(-1)!.definition as { fields: { key: string }[] }).fields.map((f) => f.key));
    expect(ZWorkingCopySchema.safeParse(form.copy).success).toBe(true);
  });

  it('publishes version N+1 without editing N, and a draft started on N is continued and filed on N', async () => {
    await setup();
    const before = await versions();
    const n = before.at(-1)!;
    // A draft started on version N, before the change.
    const draftId = await readyDraft(citizen, storage);
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: draftId }, select: { serviceVersionId: true } })).serviceVersionId).toBe(n.id);

    const form = await current();
    const saved = await saveWorkingCopy({ serviceId, revision: form.revision, copy: withExtraField(form.copy) }, ctx());
    expect(saved).toMatchObject({ status: 'saved', revision: form.revision + 1 });
    const reloaded = await current();
    expect(reloaded.hasWorkingCopy).toBe(true);
    expect(reloaded.copy.fields.at(-1)!.key).toBe('observatii');
    expect(reloaded.updatedBy).toBeTruthy();

    const published = await publishServiceForm({ serviceId, revision: reloaded.revision }, ctx());
    expect(published).toMatchObject({ status: 'published', version: n.number + 1 });

    const after = await versions();
    expect(after).toHaveLength(before.length + 1);
    // Version N is exactly as it was.
    expect(after.find((v) => v.id === n.id)).toEqual(n);
    const next = after.at(-1)!;
    expect(next).toMatchObject({ number: n.number + 1, createdById: admin.id });
    expect(next.publishedAt).toBeInstanceOf(Date);
    expect((next.definition as { fields: { key: string }[] }).fields.at(-1)!.key).toBe('observatii');
    const form2 = await current();
    expect(form2.hasWorkingCopy).toBe(false);
    expect(form2.latestVersion?.number).toBe(n.number + 1);

    // The draft on N: the applicant goes on editing it (on its own version) and files it.
    await saveDraft(citizen, draftInput({ ...VALID_ANSWERS, purpose: 'notariat' }, draftId));
    const filed = await submitRequest(citizen, draftId);
    expect(filed.registrationNumber).toMatch(/^RMN-/);
    const request = await prisma.serviceRequest.findUniqueOrThrow({ where: { id: draftId }, select: { status: true, serviceVersionId: true } });
    expect(request).toEqual({ status: 'SUBMITTED', serviceVersionId: n.id });

    // A new draft starts on N+1.
    const { requestId } = await saveDraft(citizen, draftInput());
    expect((await prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { serviceVersionId: true } })).serviceVersionId).toBe(next.id);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'service.form.publish', entityId: serviceId }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: REQUEST.ip, entityType: 'Service' });
    expect(audit.details).toMatchObject({ slug: SERVICE, version: { from: n.number, to: n.number + 1 } });
    const saveAudit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'service.form.save', entityId: serviceId }, orderBy: { createdAt: 'desc' } });
    expect(saveAudit.details).toMatchObject({ revision: { from: form.revision, to: form.revision + 1 } });
  });

  it('refuses a save or a publish naming an older revision: changed meanwhile, nothing written', async () => {
    await setup();
    const form = await current();
    const first = await saveWorkingCopy({ serviceId, revision: form.revision, copy: withExtraField(form.copy, 'Din prima filă') }, ctx());
    expect(first.status).toBe('saved');
    // The second tab still shows the old revision.
    const stale = await saveWorkingCopy({ serviceId, revision: form.revision, copy: withExtraField(form.copy, 'Din a doua filă') }, ctx());
    expect(stale).toMatchObject({ status: 'stale', revision: form.revision + 1, updatedAt: expect.any(Date) });
    expect((await current()).copy.fields.at(-1)!.label.ro).toBe('Din prima filă');
    const count = (await versions()).length;
    expect(await publishServiceForm({ serviceId, revision: form.revision }, ctx())).toMatchObject({ status: 'stale' });
    expect(await discardWorkingCopy({ serviceId, revision: form.revision }, ctx())).toMatchObject({ status: 'stale' });
    expect(await versions()).toHaveLength(count);
    // Saving again over it, knowing the new revision: the last write wins.
    const over = await saveWorkingCopy({ serviceId, revision: form.revision + 1, copy: withExtraField(form.copy, 'Din a doua filă') }, ctx());
    expect(over.status).toBe('saved');
    expect((await current()).copy.fields.at(-1)!.label.ro).toBe('Din a doua filă');
  });

  it('discards the working copy, back to the published version, audited', async () => {
    await setup();
    const form = await current();
    expect(form.hasWorkingCopy).toBe(true);
    const discarded = await discardWorkingCopy({ serviceId, revision: form.revision }, ctx());
    expect(discarded).toEqual({ status: 'discarded', revision: form.revision + 1 });
    const after = await current();
    expect(after.hasWorkingCopy).toBe(false);
    expect(after.copy.fields.some((f) => f.label.ro === 'Din a doua filă')).toBe(false);
    await expect(publishServiceForm({ serviceId, revision: after.revision }, ctx())).rejects.toMatchObject({ code: 'serviceBuilder.nothingToPublish' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'service.form.discard', entityId: serviceId }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: REQUEST.ip });
  });

  it('refuses to publish a condition on a later field, a duplicate key or a bad pattern, saying where', async () => {
    await setup();
    const form = await current();
    const count = (await versions()).length;
    let copy = withExtraField(form.copy);
    const last = copy.fields.length - 1;
    copy = setCondition(copy, 0, { field: copy.fields[last]!.key, equals: 'da' });
    copy = setField(copy, 1, { key: copy.fields[2]!.key });
    copy = setField(copy, last, { pattern: '(abc' });
    const saved = await saveWorkingCopy({ serviceId, revision: form.revision, copy }, ctx());
    expect(saved.status).toBe('saved');
    const audits = await prisma.auditLog.count({ where: { action: 'service.form.publish' } });
    const result = await publishServiceForm({ serviceId, revision: form.revision + 1 }, ctx());
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.errors['fields.0.visibleWhen']).toEqual(['conditionLater']);
    expect(result.errors[`fields.${last}.pattern`]).toEqual(['patternInvalid']);
    // The second of the two fields with one key is the one said to repeat it.
    expect(result.errors['fields.2.key']).toEqual(['keyDuplicate']);
    expect(await versions()).toHaveLength(count);
    expect(await prisma.auditLog.count({ where: { action: 'service.form.publish' } })).toBe(audits);
    // The working copy stays, to be corrected.
    expect((await current()).hasWorkingCopy).toBe(true);
  });

  it('gives two publishes at once different outcomes: one version, the other told it changed meanwhile', async () => {
    await setup();
    const start = await current();
    await discardWorkingCopy({ serviceId, revision: start.revision }, ctx());
    const form = await current();
    await saveWorkingCopy({ serviceId, revision: form.revision, copy: withExtraField(form.copy, 'Concurent') }, ctx());
    const count = (await versions()).length;
    const outcomes = await Promise.all([publishServiceForm({ serviceId, revision: form.revision + 1 }, ctx()), publishServiceForm({ serviceId, revision: form.revision + 1 }, ctx())]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['published', 'stale']);
    const after = await versions();
    expect(after).toHaveLength(count + 1);
    expect(new Set(after.map((v) => v.number)).size).toBe(after.length);
  });

  it('refuses a clerk and a citizen every function, writing nothing', async () => {
    await setup();
    const form = await current();
    const citizenActor: TActor = { id: citizen.id, role: 'CITIZEN' };
    const snapshot = async () => ({
      service: await prisma.service.findUniqueOrThrow({ where: { id: serviceId }, select: { workingCopy: true, workingCopyRevision: true } }),
      versions: await prisma.serviceVersion.count({ where: { serviceId } }),
      audits: await prisma.auditLog.count(),
    });
    const before = await snapshot();
    for (const actor of [clerk, citizenActor]) {
      const as = { actor, request: REQUEST };
      await expect(getServiceForm(actor, serviceId)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(saveWorkingCopy({ serviceId, revision: form.revision, copy: withExtraField(form.copy) }, as)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(publishServiceForm({ serviceId, revision: form.revision }, as)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(discardWorkingCopy({ serviceId, revision: form.revision }, as)).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers "not found" for a service that does not exist', async () => {
    await setup();
    expect(await getServiceForm(admin, 'nu-exista')).toBeNull();
    await expect(saveWorkingCopy({ serviceId: 'nu-exista', revision: 0, copy: (await current()).copy }, ctx())).rejects.toMatchObject({ code: 'serviceBuilder.notFound' });
  });
});
