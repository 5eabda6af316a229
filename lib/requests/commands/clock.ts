/**
 * The legal term's clock, kept by the command runner as a request changes status: it stops when
 * the city hall starts waiting for the applicant (where the service says so), runs again when the
 * applicant answers or pays — the end moves by the days it stood still, with an event that says
 * so — and is read once more when the answer is given, for the statistics. The counting itself is
 * lib/requests/terms.ts.
 */
import 'server-only';
import { loadCalendar } from '@/lib/calendar/load';
import type { TTransaction } from '@/lib/db';
import type { Prisma, RequestStatus } from '@/lib/generated/prisma/client';
import type { TLockedRequest } from '@/lib/requests/commands/run';
import type { TNewEvent } from '@/lib/requests/events';
import { computeDueDate, isPastTerm, parseSuspensions, parseTermSnapshot, stoppedDays, suspensionReason, workingDaysToAnswer } from '@/lib/requests/terms';
import { ANSWERED_STATUSES, isOpen } from '@/lib/requests/workflow';

type TClock = { data: Prisma.ServiceRequestUncheckedUpdateInput; event?: TNewEvent };

const isAnswered = (status: RequestStatus) => (ANSWERED_STATUSES as readonly RequestStatus[]).includes(status);

/** What the move of `request` to `next` at `now` does to its term (null: nothing). */
export async function runClock(tx: TTransaction, request: TLockedRequest, next: RequestStatus, now: Date): Promise<TClock | null> {
  const term = parseTermSnapshot(request.term);
  if (!term || !request.submittedAt || !request.dueAt) return null;
  const suspensions = parseSuspensions(request.termSuspensions);
  const standing = suspensions.find((s) => s.to === null);
  const reason = isOpen(next) ? suspensionReason(next, term) : null;
  const answered = isAnswered(next) && !isAnswered(request.status);

  if (!standing) {
    // A term already over does not stop (nor come back to life) when the city hall asks for something late.
    if (reason && !isPastTerm(request.dueAt, now)) {
      return {
        data: { termSuspensions: [...suspensions, { from: now.toISOString(), to: null, reason }], termSuspendedSince: now },
        event: { type: 'TERM_SUSPENDED', payload: { reason, dueAt: request.dueAt.toISOString() } },
      };
    }
    if (!answered) return null;
    const calendar = await loadCalendar(tx);
    return { data: { answerWorkingDays: workingDaysToAnswer(request.submittedAt, now, suspensions, calendar), answeredOnTime: !isPastTerm(request.dueAt, now) } };
  }
  if (standing.reason === reason) return null;

  // It ran again (or the request closed while it stood still): the end moves by the days it stood still.
  const calendar = await loadCalendar(tx);
  const ended = suspensions.map((s) => (s.to === null ? { ...s, to: now.toISOString() } : s));
  const due = computeDueDate({ registeredAt: request.submittedAt, term, extensionDays: request.termExtensionDays, suspensions: ended, calendar });
  if (!isOpen(next)) {
    // Closed while it stood still: the end stays what the timeline last said; the answer's figures leave the stopped days out.
    const closed: TClock['data'] = { termSuspensions: ended, termSuspendedSince: null };
    if (answered) Object.assign(closed, { answerWorkingDays: workingDaysToAnswer(request.submittedAt, now, ended, calendar), answeredOnTime: !isPastTerm(due.dueAt, now) });
    return { data: closed };
  }
  // Every restart is in the timeline, also one that does not move the end (stopped and answered the same day).
  return {
    data: { termSuspensions: ended, termSuspendedSince: null, dueAt: due.dueAt },
    event: {
      type: 'DUE_DATE_CHANGED',
      payload: { reason: 'resumed', previousDueAt: request.dueAt.toISOString(), dueAt: due.dueAt.toISOString(), days: stoppedDays({ from: new Date(standing.from), to: now }, term.unit, calendar), unit: term.unit },
    },
  };
}
