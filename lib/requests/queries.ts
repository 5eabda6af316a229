/**
 * Reading requests for their applicant. Every query is scoped to the applicant: another user's
 * request id is "not found", never "forbidden" (no hint that it exists).
 */
import 'server-only';
import { db } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/config';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { formatAnswers } from '@/lib/services/form/format';
import type { TAnswers } from '@/lib/services/form/answers';

const pick = <T>(locale: TLocale, ro: T, en: T) => (locale === 'en' ? en : ro);

/** A filed (not draft) request of this applicant, with what it was filed with. */
export async function getOwnRequest(userId: string, requestId: string, locale: TLocale) {
  const request = await db.serviceRequest.findFirst({
    where: { id: requestId, applicantId: userId, status: { not: 'DRAFT' } },
    select: {
      id: true,
      registrationNumber: true,
      accessCodeHash: true,
      status: true,
      version: true,
      fees: { orderBy: { createdAt: 'desc' }, select: { id: true, amountBani: true, legalBasis: true, reference: true, iban: true, beneficiary: true, instructions: true, dueAt: true, status: true } },
      answers: true,
      applicantName: true,
      applicantIdNumber: true,
      submittedAt: true,
      dueAt: true,
      closedAt: true,
      applicant: { select: { email: true } },
      department: { select: { nameRo: true, nameEn: true } },
      serviceVersion: { select: { definition: true, service: { select: { slug: true, titleRo: true, titleEn: true } } } },
      documents: {
        // Theirs, and what the city hall sent them (never staff uploads not yet sent, nor internal ones).
        where: { state: 'STORED', deletedAt: null, OR: [{ kind: 'APPLICANT' }, { kind: 'PAYMENT_PROOF' }, { event: { visibility: 'PUBLIC' } }] },
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, eventId: true, requirementKey: true, fileName: true, sizeBytes: true, sha256: true, contentType: true, uploaderId: true },
      },
      events: {
        where: { visibility: 'PUBLIC' },
        orderBy: { createdAt: 'asc' },
        select: { id: true, type: true, body: true, visibility: true, toStatus: true, payload: true, createdAt: true, actorId: true, actor: { select: { role: true } } },
      },
    },
  });
  if (!request || !request.registrationNumber || !request.submittedAt || !request.dueAt) return null;
  const definition = parseServiceDefinition(request.serviceVersion.definition);
  const requirementName = (key: string | null) => definition.documents.find((r) => r.key === key)?.name[locale] ?? '';
  const service = request.serviceVersion.service;
  return {
    id: request.id,
    registrationNumber: request.registrationNumber,
    accessCodeHash: request.accessCodeHash,
    status: request.status,
    version: request.version,
    fees: request.fees,
    definition,
    rawAnswers: request.answers as Record<string, unknown>,
    submittedAt: request.submittedAt,
    dueAt: request.dueAt,
    closedAt: request.closedAt,
    applicant: { name: request.applicantName ?? '', idNumber: request.applicantIdNumber, email: request.applicant.email },
    service: { slug: service.slug, title: pick(locale, service.titleRo, service.titleEn) },
    department: pick(locale, request.department.nameRo, request.department.nameEn),
    answers: formatAnswers(definition, request.answers as TAnswers, locale),
    documents: request.documents
      .filter((document) => document.kind === 'APPLICANT' && document.uploaderId === userId)
      .map((document) => ({ ...document, requirement: requirementName(document.requirementKey) })),
    /** Every document with the event it came with, for the timeline. */
    timelineDocuments: request.documents,
    events: request.events.map((e) => ({ ...e, actorName: e.actorId === userId ? 'applicant' : null, actorIsStaff: e.actor ? e.actor.role !== 'CITIZEN' : false })),
    fieldLabel: (key: string) => definition.fields.find((f) => f.key === key)?.label[locale] ?? key,
    documentName: (key: string) => requirementName(key) || key,
  };
}

/** The applicant's filed requests, newest first (the dashboard's first page). */
export async function listOwnRequests(userId: string, locale: TLocale, take = 20) {
  const requests = await db.serviceRequest.findMany({
    where: { applicantId: userId, status: { not: 'DRAFT' } },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      submittedAt: true,
      dueAt: true,
      serviceVersion: { select: { service: { select: { titleRo: true, titleEn: true } } } },
    },
  });
  return requests.map((r) => ({ ...r, serviceTitle: pick(locale, r.serviceVersion.service.titleRo, r.serviceVersion.service.titleEn) }));
}
