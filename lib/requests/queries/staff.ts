/**
 * The request file for the back-office: everything about one request that the member of staff may
 * see (else null → "not found"), in one round of queries.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { ISSUED_SEAL_SELECT } from '@/lib/issued/seal-info';
import type { TLocale } from '@/lib/i18n/config';
import { FILED_REQUEST_SELECT, mapFiledRequest } from '@/lib/requests/queries/filed-request';
import { staffScope } from '@/lib/requests/staff-access';
import { SENSITIVE_FIELD_TYPES } from '@/lib/requests/commands/staff';

const personName = (user: { email: string; personProfile: { firstName: string; lastName: string } | null } | null) =>
  user ? (user.personProfile ? `${user.personProfile.firstName} ${user.personProfile.lastName}` : user.email) : null;

/** "1800101270018" → "1••••••••0018": enough to tell people apart, not enough to copy. */
export function maskIdNumber(value: string | null): string | null {
  if (!value) return null;
  if (value.length <= 5) return '•'.repeat(value.length);
  return `${value.slice(0, 1)}${'•'.repeat(value.length - 5)}${value.slice(-4)}`;
}

export async function getStaffRequest(user: Pick<TSessionUser, 'id' | 'role'>, requestId: string, locale: TLocale) {
  const { where: scope } = await staffScope(user);
  const request = await db.serviceRequest.findFirst({
    where: { AND: [scope, { id: requestId }] },
    select: {
      ...FILED_REQUEST_SELECT,
      departmentId: true,
      assignee: { select: { id: true, email: true, personProfile: { select: { firstName: true, lastName: true } } } },
      applicant: {
        select: {
          email: true,
          accountType: true,
          personProfile: { select: { phone: true } },
          organizationProfile: { select: { phone: true, representativeName: true } },
        },
      },
      serviceVersion: { select: { number: true, definition: true, service: { select: { slug: true, titleRo: true, titleEn: true } } } },
      documents: {
        where: { state: 'STORED', deletedAt: null },
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, requirementKey: true, fileName: true, sizeBytes: true, sha256: true, eventId: true, uploaderId: true, issued: { select: ISSUED_SEAL_SELECT } },
      },
      fees: { orderBy: { createdAt: 'asc' }, select: { id: true, amountBani: true, legalBasis: true, reference: true, iban: true, beneficiary: true, dueAt: true, status: true, paidAt: true } },
      events: {
        // The clock's events are written a millisecond after the event that moved the clock (lib/requests/commands/run.ts), so the moment orders
        // cause, then effect; the id (a cuid: time, then a counter) breaks the ties that remain.
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, type: true, body: true, visibility: true, fromStatus: true, toStatus: true, payload: true, createdAt: true, actor: { select: { email: true, role: true, personProfile: { select: { firstName: true, lastName: true } } } } },
      },
    },
  });
  const filed = request && mapFiledRequest(request, locale);
  if (!request || !filed) return null;
  const clerks = await db.user.findMany({
    where: { role: 'CLERK', status: 'ACTIVE', memberships: { some: { departmentId: request.departmentId } } },
    orderBy: [{ personProfile: { lastName: 'asc' } }, { email: 'asc' }],
    select: { id: true, email: true, personProfile: { select: { firstName: true, lastName: true } } },
  });
  const { definition, requirementName } = filed;
  return {
    ...filed,
    dueExtendedAt: request.dueExtendedAt,
    assignee: request.assignee ? { id: request.assignee.id, name: personName(request.assignee) } : null,
    applicant: {
      name: request.applicantName ?? '',
      idNumberMasked: maskIdNumber(request.applicantIdNumber),
      hasIdNumber: Boolean(request.applicantIdNumber),
      email: request.applicant.email,
      accountType: request.applicant.accountType,
      phone: request.applicant.personProfile?.phone ?? request.applicant.organizationProfile?.phone ?? null,
      representative: request.applicant.organizationProfile?.representativeName ?? null,
    },
    service: { ...filed.service, version: request.serviceVersion.number },
    definition: {
      fields: definition.fields.map((f) => ({ key: f.key, label: f.label[locale] })),
      documents: definition.documents.map((d) => ({ key: d.key, name: d.name[locale] })),
      delivery: definition.delivery,
    },
    // CNP answers are masked like the applicant's number; the page lets staff open them on purpose.
    answers: filed.answers.map((answer) => {
      const sensitive = definition.fields.some((f) => f.key === answer.key && (SENSITIVE_FIELD_TYPES as readonly string[]).includes(f.type));
      return { ...answer, value: sensitive ? (maskIdNumber(answer.value) ?? '') : answer.value, sensitive };
    }),
    documents: request.documents.map((d) => ({ ...d, requirement: requirementName(d.requirementKey) })),
    fees: request.fees,
    events: request.events.map((e) => ({ ...e, actorName: e.actor ? (e.actor.role === 'CITIZEN' ? request.applicantName : personName(e.actor)) : null, actorIsStaff: e.actor ? e.actor.role !== 'CITIZEN' : false })),
    clerks: clerks.map((c) => ({ id: c.id, name: personName(c) ?? c.email })),
  };
}
