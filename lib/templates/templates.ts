/**
 * The answer templates of a service, one per kind (approval, refusal, request for information, fee
 * notice), versioned like a form: each save adds the next immutable version, and the documents
 * issued from one keep the version they were made with. A service without a template of a kind
 * answers with the built-in text (lib/templates/defaults.ts). Administrators only edit them; every
 * save is one transaction with its audit row.
 */
import 'server-only';
import type { TRequestInfo } from '@/lib/actions';
import { displayNameOrNull, nameSelect } from '@/lib/accounts/display-name';
import { writeAudit } from '@/lib/audit/write';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { AnswerTemplateKind } from '@/lib/generated/prisma/client';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { ANSWER_TEMPLATE_KINDS, DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { unknownFields } from '@/lib/templates/merge';
import type { TSaveTemplate } from '@/lib/templates/schemas';

type TClient = TTransaction | typeof db;
type TContext = { actor: TActor; request?: TRequestInfo };

/**
 * The text a service answers with for `kind`: its template's latest version, or the built-in text
 * (versionId null) while it has none.
 */
export async function currentTemplate(client: TClient, serviceId: string, kind: AnswerTemplateKind): Promise<{ versionId: string | null; title: string; body: string; legalBasis: string }> {
  const latest = await client.answerTemplateVersion.findFirst({
    where: { template: { serviceId, kind } },
    orderBy: { number: 'desc' },
    select: { id: true, title: true, body: true, legalBasis: true },
  });
  if (latest) return { versionId: latest.id, title: latest.title, body: latest.body, legalBasis: latest.legalBasis };
  return { versionId: null, ...DEFAULT_TEMPLATES[kind] };
}

/** The fields of the service's latest published form (key and Romanian label): what `raspuns.<cheie>` may name. */
export async function answerFieldsOf(client: TClient, serviceId: string): Promise<{ key: string; label: string }[]> {
  const version = await client.serviceVersion.findFirst({
    where: { serviceId, publishedAt: { not: null } },
    orderBy: { number: 'desc' },
    select: { definition: true },
  });
  if (!version) return [];
  return parseServiceDefinition(version.definition).fields.map((f) => ({ key: f.key, label: f.label.ro }));
}

/**
 * What the templates page shows for one service: each kind's current text (the built-in one while
 * there is no version) and its versions, newest first, with who saved them.
 */
export async function getServiceTemplates(actor: TActor, serviceId: string) {
  assertAdmin(actor);
  const service = await db.service.findUnique({
    where: { id: serviceId },
    select: {
      id: true,
      titleRo: true,
      titleEn: true,
      legalBasisRo: true,
      answerTemplates: {
        select: {
          kind: true,
          versions: { orderBy: { number: 'desc' }, select: { id: true, number: true, title: true, body: true, legalBasis: true, createdAt: true, createdBy: { select: nameSelect } } },
        },
      },
    },
  });
  if (!service) return null;
  const fields = await answerFieldsOf(db, serviceId);
  const templates = ANSWER_TEMPLATE_KINDS.map((kind) => {
    const versions = (service.answerTemplates.find((t) => t.kind === kind)?.versions ?? []).map((v) => ({
      id: v.id,
      number: v.number,
      title: v.title,
      body: v.body,
      legalBasis: v.legalBasis,
      createdAt: v.createdAt,
      createdBy: displayNameOrNull(v.createdBy),
    }));
    const latest = versions[0];
    return {
      kind,
      versions,
      current: latest ? { number: latest.number, title: latest.title, body: latest.body, legalBasis: latest.legalBasis } : { number: 0, ...DEFAULT_TEMPLATES[kind] },
    };
  });
  return { id: service.id, titleRo: service.titleRo, titleEn: service.titleEn, legalBasisRo: service.legalBasisRo, fields, templates };
}

/**
 * Saves a new version of the service's template of `input.kind` when the page showed the latest one
 * (`expectedVersion`; 0: none yet), else refuses it ("templates.stale"). Every merge field must
 * exist, `raspuns.<cheie>` in the service's current form ("templates.unknownField" on the field).
 * An unchanged text is not saved again.
 */
export async function saveTemplate(input: TSaveTemplate, { actor, request }: TContext): Promise<{ number: number; changed: boolean }> {
  assertAdmin(actor);
  const { serviceId, kind, expectedVersion, title, body, legalBasis } = input;
  try {
    return await db.$transaction(async (tx) => {
      const service = await tx.service.findUnique({ where: { id: serviceId }, select: { id: true } });
      if (!service) throw new AppError('templates.notFound');
      const keys = (await answerFieldsOf(tx, serviceId)).map((f) => f.key);
      for (const [name, text] of Object.entries({ title, body, legalBasis })) {
        if (unknownFields([text], keys).length > 0) throw new AppError('templates.unknownField', { field: name });
      }
      // The template row is made once; the row lock serializes two saves of the same template.
      const template = await tx.answerTemplate.upsert({ where: { serviceId_kind: { serviceId, kind } }, create: { serviceId, kind }, update: {}, select: { id: true } });
      await tx.$queryRaw`SELECT id FROM "AnswerTemplate" WHERE id = ${template.id} FOR UPDATE`;
      const latest = await tx.answerTemplateVersion.findFirst({ where: { templateId: template.id }, orderBy: { number: 'desc' }, select: { number: true, title: true, body: true, legalBasis: true } });
      const current = latest?.number ?? 0;
      if (current !== expectedVersion) throw new AppError('templates.stale');
      if (latest && latest.title === title && latest.body === body && latest.legalBasis === legalBasis) return { number: current, changed: false };
      const number = current + 1;
      await tx.answerTemplateVersion.create({ data: { templateId: template.id, number, title, body, legalBasis, createdById: actor.id } });
      await writeAudit(
        {
          actorId: actor.id,
          action: 'service.template.save',
          entityType: 'Service',
          entityId: serviceId,
          request,
          details: {
            kind,
            version: number,
            before: latest ? { title: latest.title, body: latest.body, legalBasis: latest.legalBasis } : null,
            after: { title, body, legalBasis },
          },
        },
        tx,
      );
      return { number, changed: true };
    });
  } catch (error) {
    // Two first saves at once: the second's version number is taken.
    if (isPrismaError(error, 'P2002')) throw new AppError('templates.stale');
    throw error;
  }
}
