/**
 * What the applicant's and the back-office's request pages both read of a filed request, mapped
 * once: the registration facts, the service and department in the page's language, the form it
 * was filed with (its own service version) and the names of its fields and documents.
 */
import { pick, type TLocale } from '@/lib/i18n/config';
import type { Prisma, RequestStatus } from '@/lib/generated/prisma/client';
import type { TAnswers } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { formatAnswers } from '@/lib/services/form/format';

/** The columns the mapping reads; both queries select them (plus their own). */
export const FILED_REQUEST_SELECT = {
  id: true,
  registrationNumber: true,
  status: true,
  version: true,
  answers: true,
  applicantName: true,
  applicantIdNumber: true,
  submittedAt: true,
  dueAt: true,
  closedAt: true,
  department: { select: { nameRo: true, nameEn: true } },
} as const satisfies Prisma.ServiceRequestSelect;

type TFiledRow = {
  id: string;
  registrationNumber: string | null;
  status: RequestStatus;
  version: number;
  answers: Prisma.JsonValue;
  submittedAt: Date | null;
  dueAt: Date | null;
  closedAt: Date | null;
  department: { nameRo: string; nameEn: string };
  serviceVersion: { definition: Prisma.JsonValue; service: { slug: string; titleRo: string; titleEn: string } };
};

/** The shared part of a filed request's page, or null when the row is not a filed request. */
export function mapFiledRequest(request: TFiledRow, locale: TLocale) {
  const { registrationNumber, submittedAt, dueAt } = request;
  if (!registrationNumber || !submittedAt || !dueAt) return null;
  const definition = parseServiceDefinition(request.serviceVersion.definition);
  const service = request.serviceVersion.service;
  const requirementName = (key: string | null) => definition.documents.find((r) => r.key === key)?.name[locale] ?? '';
  return {
    id: request.id,
    registrationNumber,
    status: request.status,
    version: request.version,
    submittedAt,
    dueAt,
    closedAt: request.closedAt,
    department: pick(locale, request.department.nameRo, request.department.nameEn),
    service: { slug: service.slug, title: pick(locale, service.titleRo, service.titleEn) },
    definition,
    answers: formatAnswers(definition, request.answers as TAnswers, locale),
    requirementName,
    fieldLabel: (key: string) => definition.fields.find((f) => f.key === key)?.label[locale] ?? key,
    documentName: (key: string) => requirementName(key) || key,
  };
}
