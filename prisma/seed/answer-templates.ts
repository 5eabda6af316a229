/**
 * Version 1 of each kind of answer template for the demo services, from the built-in texts
 * (lib/templates/defaults.ts), so that the administrator's editor opens on a saved text with its
 * version history. Idempotent: a template that already has a version (the seed's or one an
 * administrator saved) is left as it is.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ANSWER_TEMPLATE_KINDS, DEFAULT_TEMPLATES } from '@/lib/templates/defaults';

export async function seedAnswerTemplates(prisma: PrismaClient, serviceSlugs: readonly string[]) {
  const services = await prisma.service.findMany({ where: { slug: { in: [...serviceSlugs] } }, select: { id: true } });
  for (const service of services) {
    for (const kind of ANSWER_TEMPLATE_KINDS) {
      const template = await prisma.answerTemplate.upsert({ where: { serviceId_kind: { serviceId: service.id, kind } }, create: { serviceId: service.id, kind }, update: {}, select: { id: true } });
      await prisma.answerTemplateVersion.createMany({ data: [{ templateId: template.id, number: 1, ...DEFAULT_TEMPLATES[kind] }], skipDuplicates: true });
    }
  }
}
