/**
 * Answer templates against the real PostgreSQL: saves make versions 1, 2 (audited), a save from a
 * stale page and a merge field that does not exist are refused, a clerk cannot save, a service
 * without a template answers with the built-in text, and the clerk's preview merges the request
 * within the clerk's departments only.
 */
import { describe, expect, it } from 'vitest';
import type { TPrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { submitRequest } from '@/lib/requests/commands/submit';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { previewAnswer } from '@/lib/templates/preview';
import { ZPreviewAnswerSchema, type TSaveTemplate } from '@/lib/templates/schemas';
import { currentTemplate, getServiceTemplates, saveTemplate } from '@/lib/templates/templates';
import { seedAnswerTemplates } from '@/prisma/seed/answer-templates';
import { adminActors, createApplicant, readyDraft, SERVICE, useRequestWorld } from './request-fixtures';

const REQUEST = { ip: '198.51.100.16', userAgent: 'vitest' };
type TActor = { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN' };

/** The AppError code (and field) a call fails with. */
async function failure(promise: Promise<unknown>): Promise<{ code: string; field?: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, ...(error.details.field ? { field: error.details.field } : {}) };
}

describe('answer templates', () => {
  let prisma: TPrismaClient;
  let storage: Parameters<typeof readyDraft>[1];
  let admin: TActor;
  let clerk: TActor;
  let serviceId: string;

  useRequestWorld((world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    ({ admin, clerk } = adminActors(world));
  });

  const input = (overrides: Partial<TSaveTemplate> = {}): TSaveTemplate => ({ serviceId, kind: 'REFUSAL', expectedVersion: 0, ...DEFAULT_TEMPLATES.REFUSAL, ...overrides });

  it('answers with the built-in text while the service has no template of a kind', async () => {
    serviceId = (await prisma.service.findUniqueOrThrow({ where: { slug: SERVICE }, select: { id: true } })).id;
    // The seed gave the demo services version 1 of each kind; this kind starts over from none.
    expect((await currentTemplate(prisma, serviceId, 'REFUSAL')).versionId).not.toBeNull();
    await prisma.answerTemplate.deleteMany({ where: { serviceId, kind: 'REFUSAL' } });
    expect(await currentTemplate(prisma, serviceId, 'REFUSAL')).toEqual({ versionId: null, ...DEFAULT_TEMPLATES.REFUSAL });
    const page = await getServiceTemplates(admin, serviceId);
    expect(page!.templates.find((t) => t.kind === 'REFUSAL')).toMatchObject({ versions: [], current: { number: 0, ...DEFAULT_TEMPLATES.REFUSAL } });
  });

  it('saves versions 1 and 2, each audited, and answers with the latest', async () => {
    expect(await saveTemplate(input(), { actor: admin, request: REQUEST })).toEqual({ number: 1, changed: true });
    const body = `${DEFAULT_TEMPLATES.REFUSAL.body}\n\nScopul declarat: {{raspuns.purpose}}.`;
    expect(await saveTemplate(input({ expectedVersion: 1, body }), { actor: admin, request: REQUEST })).toEqual({ number: 2, changed: true });
    // The same text again is no new version.
    expect(await saveTemplate(input({ expectedVersion: 2, body }), { actor: admin, request: REQUEST })).toEqual({ number: 2, changed: false });

    const current = await currentTemplate(prisma, serviceId, 'REFUSAL');
    expect(current.body).toBe(body);
    const versions = await prisma.answerTemplateVersion.findMany({ where: { template: { serviceId, kind: 'REFUSAL' } }, orderBy: { number: 'asc' }, select: { number: true, createdById: true, id: true } });
    expect(versions.map((v) => [v.number, v.createdById])).toEqual([
      [1, admin.id],
      [2, admin.id],
    ]);
    expect(current.versionId).toBe(versions[1]!.id);
    const audits = await prisma.auditLog.findMany({ where: { action: 'service.template.save', entityId: serviceId }, orderBy: { seq: 'asc' }, select: { actorId: true, ip: true, details: true } });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ actorId: admin.id, ip: REQUEST.ip, details: { kind: 'REFUSAL', version: 2, after: { body } } });
    const page = await getServiceTemplates(admin, serviceId);
    expect(page!.templates.find((t) => t.kind === 'REFUSAL')!.versions.map((v) => [v.number, v.createdBy])).toEqual([
      [2, 'Ana Popescu'],
      [1, 'Ana Popescu'],
    ]);
  });

  it('refuses a save from a page that shows an older version ("modified meanwhile")', async () => {
    const stale = await failure(saveTemplate(input({ expectedVersion: 1, body: 'Alt text {{text}}' }), { actor: admin, request: REQUEST }));
    expect(stale).toEqual({ code: 'templates.stale' });
    expect(await prisma.answerTemplateVersion.count({ where: { template: { serviceId, kind: 'REFUSAL' } } })).toBe(2);
  });

  it('refuses a merge field that does not exist, on the field that uses it', async () => {
    expect(await failure(saveTemplate(input({ expectedVersion: 2, body: 'Vă comunicăm {{raspuns.nuExista}}.' }), { actor: admin }))).toEqual({ code: 'templates.unknownField', field: 'body' });
    expect(await failure(saveTemplate(input({ expectedVersion: 2, title: 'Răspuns {{cerere.numarul}}' }), { actor: admin }))).toEqual({ code: 'templates.unknownField', field: 'title' });
    expect(await prisma.answerTemplateVersion.count({ where: { template: { serviceId, kind: 'REFUSAL' } } })).toBe(2);
  });

  it('refuses a clerk, who cannot save or read the templates', async () => {
    expect(await failure(saveTemplate(input({ expectedVersion: 2, body: 'Text nou {{text}}' }), { actor: clerk }))).toEqual({ code: 'forbidden' });
    expect(await failure(getServiceTemplates(clerk, serviceId))).toEqual({ code: 'forbidden' });
    expect(await prisma.answerTemplateVersion.count({ where: { template: { serviceId, kind: 'REFUSAL' } } })).toBe(2);
  });

  it("previews the answer for a clerk of the request's department, and says \"not found\" to one of another", async () => {
    const owner = await createApplicant(prisma);
    const requestId = await readyDraft(owner, storage);
    const { registrationNumber } = await submitRequest(owner, requestId);
    const ask = ZPreviewAnswerSchema.parse({ requestId, kind: 'REFUSAL', body: 'Lipsește dovada achitării impozitelor.' });

    const preview = await previewAnswer(clerk, ask);
    expect(preview.title).toBe('Răspuns nefavorabil — Certificat de atestare fiscală pentru persoane fizice');
    const text = preview.paragraphs.join('\n');
    expect(text).toContain('Către Ion Vasilescu, CNP/CUI 1800101270018');
    expect(text).toContain(`cu nr. ${registrationNumber} din data de`);
    expect(text).toContain('Lipsește dovada achitării impozitelor.');
    expect(text).toContain('Scopul declarat: Acte notariale (vânzare, donație, succesiune).');
    const pdf = Buffer.from(preview.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).not.toContain('/ByteRange'); // a preview is never sealed

    const urbanism = await prisma.user.findUniqueOrThrow({ where: { email: 'clerk.urbanism@demo.local' }, select: { id: true, role: true } });
    expect(await failure(previewAnswer(urbanism, ask))).toEqual({ code: 'request.notFound' });
    // A request still in draft is nobody's to preview either.
    const draftId = await readyDraft(owner, storage);
    expect(await failure(previewAnswer(clerk, { ...ask, requestId: draftId }))).toEqual({ code: 'request.notFound' });
  });

  it('previews a fee notice with what the clerk typed, "—" for what is not filled in yet', async () => {
    const owner = await createApplicant(prisma);
    const requestId = await readyDraft(owner, storage);
    await submitRequest(owner, requestId);
    const filled = await previewAnswer(clerk, ZPreviewAnswerSchema.parse({ requestId, kind: 'FEE_NOTICE', body: '', fee: { amount: '125,50', dueDate: '2026-12-31', legalBasis: 'HCL nr. 12/2026' } }));
    expect(filled.paragraphs.join('\n')).toContain('datorați taxa în cuantum de 125,50 lei, cu termen de plată 31.12.2026.');
    expect(filled.legalBasis.startsWith('HCL nr. 12/2026;')).toBe(true);
    const empty = await previewAnswer(clerk, ZPreviewAnswerSchema.parse({ requestId, kind: 'FEE_NOTICE', fee: { amount: 'abc' } }));
    expect(empty.paragraphs.join('\n')).toContain('datorați taxa în cuantum de —, cu termen de plată —.');
  });

  it('seeds version 1 of each kind once, never over a template that has versions', async () => {
    const count = () => prisma.answerTemplateVersion.groupBy({ by: ['templateId'], where: { template: { serviceId } }, _count: true, orderBy: { templateId: 'asc' } });
    await prisma.answerTemplate.deleteMany({ where: { serviceId, kind: 'FEE_NOTICE' } });
    await seedAnswerTemplates(prisma, [SERVICE]);
    const once = await count();
    await seedAnswerTemplates(prisma, [SERVICE]);
    expect(await count()).toEqual(once);
    expect(await prisma.answerTemplateVersion.count({ where: { template: { serviceId, kind: 'REFUSAL' } } })).toBe(2);
    expect(await currentTemplate(prisma, serviceId, 'FEE_NOTICE')).toMatchObject({ versionId: expect.any(String), ...DEFAULT_TEMPLATES.FEE_NOTICE });
  });
});
