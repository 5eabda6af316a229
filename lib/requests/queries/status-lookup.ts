/**
 * "Verifică stadiul unei cereri" without an account: whoever holds the receipt (registration number
 * and access code) sees the status and a public summary of the timeline, nothing else: no names,
 * no messages, no answers, no documents, no amounts.
 *
 * Guessing is made useless three ways: the code is random (about 40 bits) and stored hashed; an
 * unknown number and a wrong code give the same answer after the same work (a hash comparison
 * against a dummy hash when the number does not exist); and wrong tries are counted per client IP
 * (10 a minute) and per registration number from anywhere (20 an hour). Every try is counted
 * before anything is looked up, so that a blocked client learns nothing even with the right code and
 * tries sent in parallel cannot all slip under the limit; a right code gives back only its own try,
 * never the wrong ones before it (one valid receipt must not buy more guesses).
 */
import 'server-only';
import { consumeLimit, refundLimit } from '@/lib/auth/rate-limit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { EventType } from '@/lib/generated/prisma/enums';
import { accessCodeMatches, hashAccessCode } from '@/lib/requests/access-code';
import { answerTermFor, type TAnswerTerm, type TFiledStatus } from '@/lib/requests/expectations';
import { REQUEST_TERM_SELECT, requestTermOf } from '@/lib/requests/queries/filed-request';
import type { TStatusLookup } from '@/lib/requests/schemas/status';
import { FILED, isDraft, isOpen } from '@/lib/requests/workflow';

/** Where the term stands, the legal text of a tacit approval in both languages (the page picks its own). */
export type TPublicTerm = Exclude<TAnswerTerm, { kind: 'tacit' }> | { kind: 'tacit'; dueAt: Date; legalBasis: { ro: string | null; en: string | null } };

export type TPublicStatus = {
  registrationNumber: string;
  service: { ro: string; en: string };
  submittedAt: Date;
  status: TFiledStatus;
  /** When the city hall must answer, while the request is open; null once it is closed. */
  dueAt: Date | null;
  /** Where that term stands while the request is open (stopped, past, tacitly approved); null once it is closed. */
  term: TPublicTerm | null;
  /** The public events, oldest first: what happened and when, nothing of what was said. */
  events: { type: EventType; at: Date }[];
};

/** Compared against when the number does not exist, so that both answers cost the same. */
const DUMMY_HASH = hashAccessCode('no-request-has-this-code');

/** The one answer for an unknown number, a draft's number and a wrong code. */
const notFound = () => new AppError('status.notFound');

/** Counts a try against the client and the number; a refused try is given back to the limit that let it through. */
async function countTry(ip: string, registrationNumber: string) {
  const [byIp, byNumber] = await Promise.all([consumeLimit('statusLookupIp', ip), consumeLimit('statusLookupNumber', registrationNumber)]);
  if (byIp.ok && byNumber.ok) return;
  await Promise.all([byIp.ok ? refundLimit('statusLookupIp', ip) : null, byNumber.ok ? refundLimit('statusLookupNumber', registrationNumber) : null]);
  const waits = [byIp, byNumber].flatMap((state) => (state.ok ? [] : [state.retryAfterSeconds]));
  throw new AppError('status.rateLimited', { retryAfterSeconds: Math.max(...waits) });
}

/** A right code: only wrong tries count. */
const refundTry = (ip: string, registrationNumber: string) => Promise.all([refundLimit('statusLookupIp', ip), refundLimit('statusLookupNumber', registrationNumber)]);

/**
 * The status of a filed request for the holder of its receipt. Throws `status.rateLimited` (with
 * the wait) while the client or the number is blocked, `status.notFound` when the number and the
 * code do not match a filed request.
 */
export async function lookupStatus({ registrationNumber, accessCode }: TStatusLookup, { ip }: { ip: string }): Promise<TPublicStatus> {
  await countTry(ip, registrationNumber);

  const found = await db.serviceRequest.findFirst({
    where: { registrationNumber, status: FILED },
    select: { id: true, accessCodeHash: true },
  });
  const matches = accessCodeMatches(accessCode, found?.accessCodeHash ?? DUMMY_HASH);
  if (!found || !matches) throw notFound();
  await refundTry(ip, registrationNumber);

  const request = await db.serviceRequest.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      registrationNumber: true,
      status: true,
      submittedAt: true,
      dueAt: true,
      ...REQUEST_TERM_SELECT,
      serviceVersion: { select: { service: { select: { titleRo: true, titleEn: true } } } },
      events: { where: { visibility: 'PUBLIC' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { type: true, createdAt: true } },
    },
  });
  if (isDraft(request.status) || !request.registrationNumber || !request.submittedAt) throw notFound();
  const service = request.serviceVersion.service;
  const term = requestTermOf(request, 'ro');
  const snapshot = term.snapshot;
  const answerTerm = answerTermFor({ status: request.status, dueAt: request.dueAt, suspended: term.suspended?.reason ?? null, tacit: term.tacitApprovedAt ? { legalBasis: null } : null });
  return {
    registrationNumber: request.registrationNumber,
    service: { ro: service.titleRo, en: service.titleEn },
    submittedAt: request.submittedAt,
    status: request.status,
    dueAt: isOpen(request.status) ? request.dueAt : null,
    term:
      answerTerm?.kind === 'tacit'
        ? { ...answerTerm, legalBasis: { ro: snapshot?.tacitApprovalBasisRo ?? null, en: snapshot?.tacitApprovalBasisEn ?? snapshot?.tacitApprovalBasisRo ?? null } }
        : answerTerm,
    events: request.events.map((event) => ({ type: event.type, at: event.createdAt })),
  };
}
