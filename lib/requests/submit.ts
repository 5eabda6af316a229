/**
 * Submitting a draft: one transaction that locks the draft, validates it again against its service
 * version, registers it (number, access code, legal due date), assigns it to the least-loaded clerk
 * of the department, and writes the timeline event, the applicant's notification and the
 * confirmation email. The lock on the draft row makes a double click, a retry or a second tab
 * create exactly one request: the later calls find it submitted and get the same number.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session';
import { db, type TTransaction } from '@/lib/db';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TLocale } from '@/lib/i18n/config';
import { generateAccessCode, hashAccessCode } from '@/lib/requests/access-code';
import { formatDate } from '@/lib/i18n/format';
import { renderRequestEmail } from '@/lib/requests/emails';
import { takeRegistrationNumber } from '@/lib/requests/registration-number';
import { OPEN_STATUSES, transition } from '@/lib/requests/workflow';
import { buildAnswersSchema, isConditionMet, type TAnswers } from '@/lib/services/form/answers';
import { parseServiceDefinition, type TServiceDefinition } from '@/lib/services/form/definition';
import { toSearchText } from '@/lib/services/search-text';
import { getStorage } from '@/lib/storage';

type TApplicant = Pick<TSessionUser, 'id' | 'email' | 'accountType' | 'locale'>;

export type TSubmitResult = {
  requestId: string;
  registrationNumber: string;
  submittedAt: Date;
  dueAt: Date;
  /** Shown once, right after the submission; null when the request had already been submitted. */
  accessCode: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The legal due date: the legal term in calendar days from the submission. */
export const dueDateFor = (submittedAt: Date, legalTermDays: number) => new Date(submittedAt.getTime() + legalTermDays * DAY_MS);

/** Which documents count, and whether every required one is there. Throws `submit.documents` when not. */
export function checkDocuments(definition: TServiceDefinition, answers: TAnswers, documents: { id: string; requirementKey: string | null; state: string }[]) {
  const visible = definition.documents.filter((requirement) => isConditionMet(requirement.visibleWhen, answers));
  const keep: string[] = [];
  const missing: string[] = [];
  for (const requirement of visible) {
    const stored = documents.filter((d) => d.requirementKey === requirement.key && d.state === 'STORED');
    if (requirement.required && stored.length === 0) missing.push(requirement.key);
    if (stored.length > requirement.maxFiles) throw new AppError('upload.tooMany');
    keep.push(...stored.map((d) => d.id));
  }
  // Documents of requirements the answers hide, and uploads never confirmed, are not filed.
  const drop = documents.filter((d) => !keep.includes(d.id)).map((d) => d.id);
  return { keep, drop, missing };
}

/** The active clerk of the department with the fewest open requests (the earliest account on a tie). */
export async function leastLoadedClerk(tx: TTransaction, departmentId: string): Promise<string | null> {
  const clerks = await tx.user.findMany({
    where: { role: 'CLERK', status: 'ACTIVE', memberships: { some: { departmentId } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  if (clerks.length === 0) return null;
  const loads = await tx.serviceRequest.groupBy({
    by: ['assigneeId'],
    where: { assigneeId: { in: clerks.map((c) => c.id) }, status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  });
  const load = new Map(loads.map((row) => [row.assigneeId, row._count._all]));
  let best = clerks[0]!.id;
  for (const clerk of clerks) if ((load.get(clerk.id) ?? 0) < (load.get(best) ?? 0)) best = clerk.id;
  return best;
}

async function applicantIdentity(tx: TTransaction, userId: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { personProfile: { select: { firstName: true, lastName: true, cnp: true } }, organizationProfile: { select: { name: true, cui: true } } },
  });
  if (user.personProfile) return { name: `${user.personProfile.firstName} ${user.personProfile.lastName}`, idNumber: user.personProfile.cnp };
  if (user.organizationProfile) return { name: user.organizationProfile.name, idNumber: user.organizationProfile.cui };
  return { name: null, idNumber: null };
}

/** `now` fixes the registration time (tests); by default it is the database clock once the number is taken. */
export async function submitRequest(user: TApplicant, requestId: string, options: { now?: Date } = {}): Promise<TSubmitResult> {
  const started = options.now ?? new Date();
  const emailIds: string[] = [];
  const dropped: string[] = [];
  const result = await db.$transaction(
    async (tx): Promise<TSubmitResult> => {
      const locked = await tx.$queryRaw<{ id: string; status: string; registrationNumber: string | null; submittedAt: Date | null; dueAt: Date | null }[]>`
        SELECT id, status::text AS status, "registrationNumber", "submittedAt", "dueAt" FROM "ServiceRequest"
        WHERE id = ${requestId} AND "applicantId" = ${user.id} FOR UPDATE`;
      const row = locked[0];
      if (!row) throw new AppError('request.notFound');
      if (row.status !== 'DRAFT') {
        if (row.registrationNumber && row.submittedAt && row.dueAt) {
          return { requestId: row.id, registrationNumber: row.registrationNumber, submittedAt: row.submittedAt, dueAt: row.dueAt, accessCode: null };
        }
        throw new AppError('request.notFound');
      }
      const check = transition('submit', 'DRAFT', 'applicant');
      if (!check.ok) throw new AppError('forbidden');

      const request = await tx.serviceRequest.findUniqueOrThrow({
        where: { id: row.id },
        select: {
          answers: true,
          departmentId: true,
          serviceVersion: {
            select: {
              definition: true,
              service: { select: { active: true, applicantTypes: true, legalTermDays: true, titleRo: true, titleEn: true } },
            },
          },
          documents: { where: { deletedAt: null, kind: 'APPLICANT' }, select: { id: true, requirementKey: true, state: true, storageKey: true } },
        },
      });
      const service = request.serviceVersion.service;
      if (!service.active) throw new AppError('service.notFound');
      if (!service.applicantTypes.includes(user.accountType as never)) throw new AppError('service.notForAccountType');

      const definition = parseServiceDefinition(request.serviceVersion.definition);
      const parsed = buildAnswersSchema(definition, { now: () => started }).safeParse(request.answers);
      if (!parsed.success) throw new AppError('submit.invalidAnswers');
      const answers = parsed.data;
      const documents = checkDocuments(definition, answers, request.documents);
      if (documents.missing.length > 0) throw new AppError('submit.missingDocuments');

      const taken = await takeRegistrationNumber(tx, started);
      const registrationNumber = taken.number;
      const now = options.now ?? taken.at;
      const accessCode = generateAccessCode();
      const dueAt = dueDateFor(now, service.legalTermDays);
      const assigneeId = await leastLoadedClerk(tx, request.departmentId);
      const identity = await applicantIdentity(tx, user.id);

      await tx.serviceRequest.update({
        where: { id: row.id },
        data: {
          status: check.to,
          registrationNumber,
          accessCodeHash: hashAccessCode(accessCode),
          answers: answers as Prisma.InputJsonObject,
          applicantName: identity.name,
          applicantIdNumber: identity.idNumber,
          // Lower-cased, diacritics-free name for the back-office's name search (trigram index).
          applicantSearch: identity.name ? toSearchText(identity.name) : null,
          submittedAt: now,
          dueAt,
          assigneeId,
          version: { increment: 1 },
        },
      });
      const event = await tx.requestEvent.create({
        data: { requestId: row.id, type: 'SUBMITTED', actorId: user.id, fromStatus: 'DRAFT', toStatus: check.to, payload: { registrationNumber }, createdAt: now },
        select: { id: true },
      });
      if (assigneeId) {
        await tx.requestEvent.create({
          data: { requestId: row.id, type: 'ASSIGNED', visibility: 'INTERNAL', payload: { assigneeId, automatic: true }, createdAt: now },
        });
      }
      if (documents.keep.length > 0) await tx.document.updateMany({ where: { id: { in: documents.keep } }, data: { eventId: event.id } });
      if (documents.drop.length > 0) {
        dropped.push(...request.documents.filter((d) => documents.drop.includes(d.id)).map((d) => d.storageKey));
        await tx.document.deleteMany({ where: { id: { in: documents.drop } } });
      }
      await tx.notification.create({
        data: { userId: user.id, requestId: row.id, eventId: event.id, kind: 'request.submitted', params: { registrationNumber } },
      });
      const locale: TLocale = user.locale;
      const email = await renderRequestEmail({
        kind: 'submitted',
        locale,
        name: identity.name ?? undefined,
        requestId: row.id,
        values: { number: registrationNumber, service: locale === 'en' ? service.titleEn : service.titleRo, dueDate: formatDate(dueAt, locale) },
      });
      emailIds.push(await queueEmail({ ...email, to: user.email }, tx));
      return { requestId: row.id, registrationNumber, submittedAt: now, dueAt, accessCode };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
  // The email is in the outbox already; if the queue is down now, the outbox sweep sends it later.
  await dispatchEmails(emailIds).catch((error) => console.error('[submit] email dispatch deferred:', (error as Error).message));
  if (dropped.length > 0) {
    const storage = getStorage();
    await Promise.allSettled(dropped.map((key) => storage.remove(key)));
  }
  return result;
}
