/**
 * Reading requests for their applicant. Every query is scoped to the applicant: another user's
 * request id is "not found", never "forbidden" (no hint that it exists).
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { ISSUED_SEAL_SELECT } from '@/lib/issued/seal-info';
import { pick, type TLocale } from '@/lib/i18n/config';
import { ACTION_STATUSES, expectationFor, infoRequestDeadline, type TExpectation, type TFiledStatus } from '@/lib/requests/expectations';
import { FILED_REQUEST_SELECT, mapFiledRequest, REQUEST_TERM_SELECT, requestTermOf } from '@/lib/requests/queries/filed-request';
import { feeStatusesFor, FILED, FILED_STATUSES, WORKFLOW } from '@/lib/requests/workflow';
import { firstParam } from '@/lib/search-params';


/** A filed (not draft) request of this applicant, with what it was filed with. */
export async function getOwnRequest(userId: string, requestId: string, locale: TLocale) {
  const request = await db.serviceRequest.findFirst({
    where: { id: requestId, applicantId: userId, status: FILED },
    select: {
      ...FILED_REQUEST_SELECT,
      accessCodeHash: true,
      fees: { orderBy: { createdAt: 'desc' }, select: { id: true, amountBani: true, legalBasis: true, reference: true, iban: true, beneficiary: true, instructions: true, dueAt: true, status: true } },
      applicant: { select: { email: true } },
      serviceVersion: { select: { definition: true, service: { select: { slug: true, titleRo: true, titleEn: true } } } },
      documents: {
        // Theirs, and what the city hall sent them (never staff uploads not yet sent, nor internal ones).
        where: { state: 'STORED', deletedAt: null, OR: [{ kind: 'APPLICANT' }, { kind: 'PAYMENT_PROOF' }, { event: { visibility: 'PUBLIC' } }] },
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, eventId: true, requirementKey: true, fileName: true, sizeBytes: true, sha256: true, contentType: true, uploaderId: true, issued: { select: ISSUED_SEAL_SELECT } },
      },
      events: {
        where: { visibility: 'PUBLIC' },
        // The clock's events are written a millisecond after the event that moved the clock (lib/requests/commands/run.ts), so the moment orders
        // cause, then effect; the id (a cuid: time, then a counter) breaks the ties that remain.
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, type: true, body: true, visibility: true, toStatus: true, payload: true, createdAt: true, actorId: true, actor: { select: { role: true } } },
      },
    },
  });
  const filed = request && mapFiledRequest(request, locale);
  if (!request || !filed) return null;
  return {
    ...filed,
    accessCodeHash: request.accessCodeHash,
    fees: request.fees,
    rawAnswers: request.answers as Record<string, unknown>,
    applicant: { name: request.applicantName ?? '', idNumber: request.applicantIdNumber, email: request.applicant.email },
    documents: request.documents
      .filter((document) => document.kind === 'APPLICANT' && document.uploaderId === userId)
      .map((document) => ({ ...document, requirement: filed.requirementName(document.requirementKey) })),
    /** Every document with the event it came with, for the timeline. */
    timelineDocuments: request.documents,
    events: request.events.map((e) => ({ ...e, actorName: e.actorId === userId ? 'applicant' : null, actorIsStaff: e.actor ? e.actor.role !== 'CITIZEN' : false })),
  };
}

// ───────────────────────────── the dashboard ─────────────────────────────

export const DASHBOARD_PAGE_SIZE = 10;

/** The dashboard's status filter: every filed request, the ones waiting for the applicant, or one status. */
export const DASHBOARD_FILTERS = ['all', 'action', ...FILED_STATUSES] as const;
export type TDashboardFilter = (typeof DASHBOARD_FILTERS)[number];

/**
 * The dashboard's URL search parameters (`?status=NEEDS_INFO&page=2`). Nothing here fails: a
 * parameter that is not valid is ignored, so a stale or hand-edited link shows the first page of all.
 */
export const ZDashboardQuerySchema = z.object({
  status: z.preprocess(firstParam, z.enum(DASHBOARD_FILTERS).default('all')).catch('all'),
  page: z.preprocess(firstParam, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});

export type TDashboardQuery = z.output<typeof ZDashboardQuerySchema>;

export const parseDashboardQuery = (searchParams: unknown): TDashboardQuery => ZDashboardQuerySchema.parse(searchParams && typeof searchParams === 'object' ? searchParams : {});

const filterStatuses = (status: TDashboardFilter): readonly TFiledStatus[] => (status === 'all' ? FILED_STATUSES : status === 'action' ? ACTION_STATUSES : [status]);

export type TDashboardRow = {
  id: string;
  registrationNumber: string;
  status: TFiledStatus;
  serviceTitle: string;
  submittedAt: Date;
  closedAt: Date | null;
  expectation: TExpectation;
};

export type TDashboardPage = {
  rows: TDashboardRow[];
  /** Requests matching the filter. */
  total: number;
  /** The page shown (a page past the end shows the last one), and how many there are. */
  page: number;
  pages: number;
  pageSize: number;
  /** Every filed request of the applicant per status, for the filter. */
  counts: Record<TFiledStatus, number>;
};

/**
 * The applicant's filed requests for the dashboard: one page of the filter, newest filed first
 * (submittedAt, id descending), counts per status, and what each request expects of them. A fixed
 * number of queries whatever the page holds; every one is restricted to the applicant's own rows.
 */
export async function listOwnRequests(userId: string, query: TDashboardQuery, locale: TLocale): Promise<TDashboardPage> {
  const statuses = filterStatuses(query.status);
  const where = { applicantId: userId, status: { in: [...statuses] } };
  const pageRows = (page: number) =>
    db.serviceRequest.findMany({
      where,
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * DASHBOARD_PAGE_SIZE,
      take: DASHBOARD_PAGE_SIZE,
      select: {
        id: true,
        registrationNumber: true,
        status: true,
        submittedAt: true,
        dueAt: true,
        closedAt: true,
        ...REQUEST_TERM_SELECT,
        serviceVersion: { select: { service: { select: { titleRo: true, titleEn: true } } } },
      },
    });

  // The page and the counts together; only a page past the end (a stale link) costs a second read.
  const [grouped, firstTry] = await Promise.all([
    db.serviceRequest.groupBy({ by: ['status'], where: { applicantId: userId, status: FILED }, _count: { _all: true } }),
    pageRows(query.page),
  ]);
  const counts = Object.fromEntries(FILED_STATUSES.map((status) => [status, grouped.find((g) => g.status === status)?._count._all ?? 0])) as Record<TFiledStatus, number>;
  const total = statuses.reduce((sum, status) => sum + counts[status], 0);
  const pages = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const requests = page === query.page ? firstTry : await pageRows(page);

  const details = await loadExpectationDetails(
    userId,
    requests.map((r) => ({ id: r.id, status: r.status })),
  );
  const now = new Date();
  const rows = requests.map((r): TDashboardRow => {
    const term = requestTermOf(r, locale);
    return {
      id: r.id,
      registrationNumber: r.registrationNumber ?? '',
      status: r.status as TFiledStatus,
      serviceTitle: pick(locale, r.serviceVersion.service.titleRo, r.serviceVersion.service.titleEn),
      submittedAt: r.submittedAt ?? new Date(0),
      closedAt: r.closedAt,
      expectation: expectationFor(
        {
          status: r.status as TFiledStatus,
          dueAt: r.dueAt,
          infoDueAt: details.infoDueAt.get(r.id) ?? null,
          fee: details.fees.get(r.id) ?? null,
          answerDocuments: details.answered.has(r.id),
          suspended: term.suspended?.reason ?? null,
          tacit: term.tacitApprovedAt ? { legalBasis: term.tacitBasis } : null,
        },
        now,
      ),
    };
  });
  return { rows, total, page, pages, pageSize: DASHBOARD_PAGE_SIZE, counts };
}

/**
 * What the expected actions of a page of requests need, one query per kind and only for the
 * requests in the status that needs it: the latest public request for information (its deadline),
 * the latest fee still to pay, and whether an approval came with documents.
 */
async function loadExpectationDetails(userId: string, requests: { id: string; status: string }[]) {
  const ids = (statuses: readonly TFiledStatus[]) => requests.filter((r) => (statuses as readonly string[]).includes(r.status)).map((r) => r.id);
  const [needInfo, awaitingPayment, approved] = [ids(WORKFLOW.provideInfo.from), ids(WORKFLOW.submitPayment.from), ids([WORKFLOW.approve.to])];
  // `request: { applicantId }` keeps each query to the applicant's rows by itself, whatever ids it is given.
  const own = { applicantId: userId };
  const [events, fees, answers] = await Promise.all([
    needInfo.length === 0
      ? []
      : db.requestEvent.findMany({
          where: { requestId: { in: needInfo }, type: 'INFO_REQUESTED', visibility: 'PUBLIC', request: own },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { requestId: true, type: true, payload: true },
        }),
    awaitingPayment.length === 0
      ? []
      : db.fee.findMany({
          where: { requestId: { in: awaitingPayment }, status: { in: feeStatusesFor('submitPayment') }, request: own },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { requestId: true, amountBani: true, dueAt: true },
        }),
    approved.length === 0
      ? []
      : db.document.findMany({
          where: { requestId: { in: approved }, state: 'STORED', deletedAt: null, event: { type: 'APPROVED', visibility: 'PUBLIC' }, request: own },
          distinct: ['requestId'],
          select: { requestId: true },
        }),
  ]);
  // Newest first: the first one seen for a request is its latest.
  const infoDueAt = new Map<string, Date | null>();
  for (const event of events) if (!infoDueAt.has(event.requestId)) infoDueAt.set(event.requestId, infoRequestDeadline(event));
  const latestFees = new Map<string, { amountBani: number; dueAt: Date }>();
  for (const fee of fees) if (!latestFees.has(fee.requestId)) latestFees.set(fee.requestId, { amountBani: fee.amountBani, dueAt: fee.dueAt });
  return { infoDueAt, fees: latestFees, answered: new Set(answers.map((a) => a.requestId)) };
}
