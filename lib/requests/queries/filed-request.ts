/**
 * What the applicant's and the back-office's request pages both read of a filed request, mapped
 * once: the registration facts, the service and department in the page's language, the form it
 * was filed with (its own service version) and the names of its fields and documents.
 */
import { pick, type TLocale } from '@/lib/i18n/config';
import type { Prisma, RequestStatus } from '@/lib/generated/prisma/client';
import { parseSuspensions, parseTermSnapshot, type TSuspension, type TTermSnapshot } from '@/lib/requests/terms';
import type { TAnswers } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import { formatAnswers } from '@/lib/services/form/format';

/** The columns of a filed request its legal term is read from (the status page reads them too). */
export const REQUEST_TERM_SELECT = {
  dueExtendedAt: true,
  term: true,
  termExtensionDays: true,
  termSuspensions: true,
  termSuspendedSince: true,
  tacitApprovedAt: true,
} as const satisfies Prisma.ServiceRequestSelect;

/** Those columns as read (the command runner's locked request has them too, lib/requests/commands/run.ts). */
export type TRequestTermColumns = {
  dueExtendedAt: Date | null;
  /** The term as filed (ZTermSnapshot; null for a draft), its extension and the times it stood still. */
  term: Prisma.JsonValue;
  termExtensionDays: number;
  termSuspensions: Prisma.JsonValue;
  termSuspendedSince: Date | null;
  tacitApprovedAt: Date | null;
};

/** A request's legal term as its pages show it: what it was filed with, and where it stands. */
export type TRequestTerm = {
  /** The term as the service stated it at filing (null: filed before terms were kept). */
  snapshot: TTermSnapshot | null;
  /** Days (in the term's unit) it was extended by, and when. */
  extensionDays: number;
  extendedAt: Date | null;
  /** Since when and why it stands still (null: it runs). */
  suspended: { since: Date; reason: TSuspension['reason'] } | null;
  /** When the portal marked it as tacitly approved. */
  tacitApprovedAt: Date | null;
  /** The law the term comes from, and the one by which silence approves, in the page's language. */
  legalBasis: string | null;
  tacitBasis: string | null;
};

/** Reads a filed request's term columns. */
export function requestTermOf(row: TRequestTermColumns, locale: TLocale): TRequestTerm {
  const snapshot = parseTermSnapshot(row.term);
  const standing = parseSuspensions(row.termSuspensions).find((s) => s.to === null);
  return {
    snapshot,
    extensionDays: row.termExtensionDays,
    extendedAt: row.dueExtendedAt,
    // The column says whether it stands still; the open suspension says why (info when it cannot tell).
    suspended: row.termSuspendedSince ? { since: row.termSuspendedSince, reason: standing?.reason ?? 'info' } : null,
    tacitApprovedAt: row.tacitApprovedAt,
    legalBasis: snapshot ? pick(locale, snapshot.legalBasisRo, snapshot.legalBasisEn ?? snapshot.legalBasisRo) : null,
    tacitBasis: snapshot ? pick(locale, snapshot.tacitApprovalBasisRo, snapshot.tacitApprovalBasisEn ?? snapshot.tacitApprovalBasisRo) : null,
  };
}

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
  ...REQUEST_TERM_SELECT,
  department: { select: { nameRo: true, nameEn: true } },
} as const satisfies Prisma.ServiceRequestSelect;

type TFiledRow = TRequestTermColumns & {
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
    term: requestTermOf(request, locale),
    department: pick(locale, request.department.nameRo, request.department.nameEn),
    service: { slug: service.slug, title: pick(locale, service.titleRo, service.titleEn) },
    definition,
    answers: formatAnswers(definition, request.answers as TAnswers, locale),
    requirementName,
    fieldLabel: (key: string) => definition.fields.find((f) => f.key === key)?.label[locale] ?? key,
    documentName: (key: string) => requirementName(key) || key,
  };
}
