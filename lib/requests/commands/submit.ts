/**
 * Submitting a draft, as a command of the one request writer (commands/run.ts): under the lock on
 * the applicant's draft it validates the answers again against the draft's service version,
 * registers it (number, access code, legal due date) and assigns it to the least-loaded clerk of
 * the department; the runner writes the status, the SUBMITTED event (and the internal ASSIGNED one),
 * the filed documents, the notification and the confirmation email. The lock makes a double click,
 * a retry or a second tab create exactly one request: the later calls find it submitted and get the
 * same number.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session';
import type { TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { generateAccessCode, hashAccessCode } from '@/lib/requests/access-code';
import { runRequestCommand } from '@/lib/requests/commands/run';
import { takeRegistrationNumber } from '@/lib/requests/registration-number';
import { isDraft, OPEN_STATUSES } from '@/lib/requests/workflow';
import { isServiceOpenTo } from '@/lib/services/eligibility';
import { buildAnswersSchema, isConditionMet, type TAnswers } from '@/lib/services/form/answers';
import { parseServiceDefinition, type TServiceDefinition } from '@/lib/services/form/definition';
import { toSearchText } from '@/lib/services/search-text';
import { getStorage } from '@/lib/storage';
import { formatDate } from '@/lib/time';
import { loadCalendar } from '@/lib/calendar/load';
import { computeDueDate, TERM_SNAPSHOT_SELECT, termSnapshotOf } from '@/lib/requests/terms';

type TApplicant = Pick<TSessionUser, 'id' | 'accountType'>;

export type TSubmitResult = {
  requestId: string;
  registrationNumber: string;
  submittedAt: Date;
  dueAt: Date;
  /** Shown once, right after the submission; null when the request had already been submitted. */
  accessCode: string | null;
};

/** What the command returns: the filing, and the stored files of documents not filed (removed after commit). */
type TSubmitted = { filed: TSubmitResult; dropped: string[] };


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
  const { result } = await runRequestCommand<TSubmitted>({
    actor: { kind: 'applicant', userId: user.id },
    requestId,
    action: 'submit',
    timeoutMs: 30_000,
    // A double click, a retry or a second tab waits for the lock and finds the request filed: same number, no second request.
    settled: (_tx, row) => {
      if (isDraft(row.status)) return undefined;
      if (!row.registrationNumber || !row.submittedAt || !row.dueAt) throw new AppError('request.notFound');
      return { filed: { requestId: row.id, registrationNumber: row.registrationNumber, submittedAt: row.submittedAt, dueAt: row.dueAt, accessCode: null }, dropped: [] };
    },
    work: async (tx, row) => {
      const request = await tx.serviceRequest.findUniqueOrThrow({
        where: { id: row.id },
        select: {
          serviceVersion: { select: { definition: true, service: { select: { active: true, applicantTypes: true, ...TERM_SNAPSHOT_SELECT } } } },
          documents: { where: { deletedAt: null, kind: 'APPLICANT' }, select: { id: true, requirementKey: true, state: true, storageKey: true } },
        },
      });
      const service = request.serviceVersion.service;
      if (!service.active) throw new AppError('service.notFound');
      if (!isServiceOpenTo(service, user.accountType)) throw new AppError('service.notForAccountType');

      const definition = parseServiceDefinition(request.serviceVersion.definition);
      const parsed = buildAnswersSchema(definition, { now: () => started }).safeParse(row.answers);
      if (!parsed.success) throw new AppError('submit.invalidAnswers');
      const answers = parsed.data;
      const documents = checkDocuments(definition, answers, request.documents);
      if (documents.missing.length > 0) throw new AppError('submit.missingDocuments');

      const taken = await takeRegistrationNumber(tx, started);
      const registrationNumber = taken.number;
      const now = options.now ?? taken.at;
      const accessCode = generateAccessCode();
      // The service's term as it stands today goes with the request: a later change does not move it.
      const term = termSnapshotOf(service);
      const { dueAt } = computeDueDate({ registeredAt: now, term, calendar: await loadCalendar(tx) });
      const assigneeId = await leastLoadedClerk(tx, row.departmentId);
      const identity = await applicantIdentity(tx, user.id);
      // Documents of requirements the answers hide, and uploads never confirmed, are not filed.
      const dropped = request.documents.filter((d) => documents.drop.includes(d.id)).map((d) => d.storageKey);
      if (documents.drop.length > 0) await tx.document.deleteMany({ where: { id: { in: documents.drop } } });

      return {
        data: {
          registrationNumber,
          accessCodeHash: hashAccessCode(accessCode),
          answers: answers as Prisma.InputJsonObject,
          applicantName: identity.name,
          applicantIdNumber: identity.idNumber,
          // Lower-cased, diacritics-free name for the back-office's name search (trigram index).
          applicantSearch: identity.name ? toSearchText(identity.name) : null,
          submittedAt: now,
          dueAt,
          term,
          assigneeId,
        },
        event: { type: 'SUBMITTED', payload: { registrationNumber }, createdAt: now },
        followUps: assigneeId ? [{ type: 'ASSIGNED', payload: { assigneeId, automatic: true }, createdAt: now }] : [],
        documents: { ids: documents.keep, kinds: ['APPLICANT'] },
        notify: { kind: 'submitted', values: (locale) => ({ dueDate: formatDate(dueAt, locale) }) },
        result: { filed: { requestId: row.id, registrationNumber, submittedAt: now, dueAt, accessCode }, dropped },
      };
    },
  });
  if (result.dropped.length > 0) {
    const storage = getStorage();
    await Promise.allSettled(result.dropped.map((key) => storage.remove(key)));
  }
  return result.filed;
}
