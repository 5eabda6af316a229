/**
 * The applicant's dashboard against the real PostgreSQL: only their own filed requests, the status
 * filter, pages that hold every request exactly once, and what each request expects of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { withdrawRequest } from '@/lib/requests/commands/applicant';
import { DASHBOARD_PAGE_SIZE, listOwnRequests, parseDashboardQuery, type TDashboardFilter, type TDashboardRow } from '@/lib/requests/queries/applicant';
import { approveRequest, requestFee, requestInfo, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { ZRequestFeeSchema, ZRequestInfoSchema } from '@/lib/requests/schemas/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import type { TStorage } from '@/lib/storage';
import { formatDate, todayInRomania } from '@/lib/time';
import { createApplicant, readyDraft, staffPdf, type TApplicant, type TRequestWorld, useRequestWorld } from './request-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * DAY));
/** "2026-12-12" → "12.12.2026", as the dashboard writes it. */
const roDate = (isoDay: string) => isoDay.split('-').reverse().join('.');
const PADDING = 17;

describe("the applicant's dashboard", () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;
  let applicant: TApplicant;
  let other: TApplicant;
  const mine: Record<'needsInfo' | 'awaitingPayment' | 'approved' | 'withdrawn', string> = { needsInfo: '', awaitingPayment: '', approved: '', withdrawn: '' };
  let otherRequestId: string;
  let draftId: string;

  const version = async (requestId: string) => (await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } })).version;
  const target = async (requestId: string) => ({ requestId, version: await version(requestId) });

  async function inReview(user: TApplicant) {
    const requestId = await readyDraft(user, storage);
    await submitRequest(user, requestId);
    await takeRequest(clerk, await target(requestId));
    return requestId;
  }

  /** Every row of a filter, page after page, as the "next page" link walks them. */
  async function walk(userId: string, status: TDashboardFilter) {
    const first = await listOwnRequests(userId, { status, page: 1 }, 'ro');
    const rows: TDashboardRow[] = [...first.rows];
    for (let page = 2; page <= first.pages; page++) {
      const next = await listOwnRequests(userId, { status, page }, 'ro');
      expect(next.page).toBe(page);
      expect(next.total).toBe(first.total);
      rows.push(...next.rows);
    }
    return { first, rows };
  }

  useRequestWorld((world) => ({ database, storage, clerk } = world));

  beforeAll(async () => {
    applicant = await createApplicant(database.prisma);
    other = await createApplicant(database.prisma);

    // Needs information: an older request for information, then the current one with its deadline.
    mine.needsInfo = await inReview(applicant);
    await requestInfo(clerk, ZRequestInfoSchema.parse({ ...(await target(mine.needsInfo)), body: 'Actul de identitate nou, vă rog.', documents: ['identityDocument'], dueDate: inDays(7) }));
    await database.prisma.requestEvent.create({
      data: {
        requestId: mine.needsInfo,
        type: 'INFO_REQUESTED',
        body: 'O cerere mai veche.',
        payload: { fields: [], documents: [], dueAt: new Date(Date.now() - 30 * DAY).toISOString() },
        createdAt: new Date(Date.now() - 31 * DAY),
      },
    });

    // Awaiting payment: the fee asked now, and an older one that is no longer the one to pay.
    mine.awaitingPayment = await inReview(applicant);
    await requestFee(clerk, ZRequestFeeSchema.parse({ ...(await target(mine.awaitingPayment)), amount: '125,50', legalBasis: 'HCL nr. 45/2025', dueDate: inDays(15) }));
    await database.prisma.fee.create({
      data: {
        requestId: mine.awaitingPayment,
        amountBani: 999,
        legalBasis: 'vechi',
        reference: 'vechi',
        iban: 'RO00',
        beneficiary: 'Primăria',
        dueAt: new Date(),
        createdAt: new Date(Date.now() - 10 * DAY),
      },
    });

    // Approved with the signed certificate.
    mine.approved = await inReview(applicant);
    await approveRequest(clerk, { ...(await target(mine.approved)), body: 'Certificatul este atașat.', documentIds: [await staffPdf(clerk, mine.approved, storage)] });

    mine.withdrawn = await readyDraft(applicant, storage);
    await submitRequest(applicant, mine.withdrawn);
    await withdrawRequest(applicant, await target(mine.withdrawn));

    // Older requests, filed in groups of four at the same instant: the pages must still split them
    // without losing or repeating one (id breaks the tie).
    const template = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: mine.withdrawn }, select: { serviceVersionId: true, departmentId: true } });
    await database.prisma.serviceRequest.createMany({
      data: Array.from({ length: PADDING }, (_, i) => {
        const submittedAt = new Date(Date.now() - (2 + Math.floor(i / 4)) * DAY);
        return {
          ...template,
          applicantId: applicant.id,
          status: 'SUBMITTED' as const,
          registrationNumber: `RMN-1999-${applicant.id.slice(-6)}-${i}`,
          submittedAt,
          dueAt: new Date(submittedAt.getTime() + 30 * DAY),
        };
      }),
    });

    // Not filed: a draft of the same applicant.
    draftId = await readyDraft(applicant, storage);

    // Another citizen, with a request in the same status as one of the applicant's.
    otherRequestId = await inReview(other);
    await requestInfo(clerk, ZRequestInfoSchema.parse({ ...(await target(otherRequestId)), body: 'Altceva.', documents: ['identityDocument'], dueDate: inDays(3) }));
  });

  it("lists only the applicant's own filed requests, every one exactly once across the pages, newest first", async () => {
    const filed = await database.prisma.serviceRequest.findMany({ where: { applicantId: applicant.id, status: { not: 'DRAFT' } }, select: { id: true } });
    expect(filed).toHaveLength(4 + PADDING);

    const { first, rows } = await walk(applicant.id, 'all');
    expect(first.total).toBe(filed.length);
    expect(first.pages).toBe(Math.ceil(filed.length / DASHBOARD_PAGE_SIZE));
    expect(first.rows).toHaveLength(DASHBOARD_PAGE_SIZE);
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(filed.map((r) => r.id).sort());
    expect(ids).not.toContain(otherRequestId);
    expect(ids).not.toContain(draftId);

    // Newest filed first, ties broken by id (descending).
    const sorted = [...rows].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(ids).toEqual(sorted.map((r) => r.id));
    expect(ids.slice(0, 4)).toEqual([mine.withdrawn, mine.approved, mine.awaitingPayment, mine.needsInfo]);

    // The counts are the applicant's alone.
    expect(first.counts).toMatchObject({ SUBMITTED: PADDING, NEEDS_INFO: 1, AWAITING_PAYMENT: 1, APPROVED: 1, WITHDRAWN: 1, IN_REVIEW: 0, REJECTED: 0 });

    // Another citizen sees theirs only; someone without requests sees nothing.
    const theirs = await listOwnRequests(other.id, { status: 'all', page: 1 }, 'ro');
    expect(theirs.rows.map((r) => r.id)).toEqual([otherRequestId]);
    const nobody = await createApplicant(database.prisma);
    const empty = await listOwnRequests(nobody.id, { status: 'all', page: 1 }, 'ro');
    expect(empty).toMatchObject({ rows: [], total: 0, pages: 1, page: 1 });
  });

  it('a page past the end shows the last page', async () => {
    const last = await listOwnRequests(applicant.id, { status: 'all', page: 99 }, 'ro');
    expect(last.page).toBe(last.pages);
    expect(last.rows).toHaveLength((4 + PADDING) % DASHBOARD_PAGE_SIZE || DASHBOARD_PAGE_SIZE);
  });

  it('filters by status, and by what waits for the applicant', async () => {
    const needsInfo = await walk(applicant.id, 'NEEDS_INFO');
    expect(needsInfo.rows.map((r) => r.id)).toEqual([mine.needsInfo]);
    expect(needsInfo.first.total).toBe(1);

    const action = await walk(applicant.id, 'action');
    expect(action.rows.map((r) => r.id)).toEqual([mine.awaitingPayment, mine.needsInfo]);

    const submitted = await walk(applicant.id, 'SUBMITTED');
    expect(submitted.first.pages).toBe(2);
    expect(submitted.rows).toHaveLength(PADDING);
    expect(new Set(submitted.rows.map((r) => r.id)).size).toBe(PADDING);
    expect(submitted.rows.every((r) => r.status === 'SUBMITTED')).toBe(true);

    const rejected = await listOwnRequests(applicant.id, { status: 'REJECTED', page: 1 }, 'ro');
    expect(rejected).toMatchObject({ rows: [], total: 0 });
  });

  it('loads what each request expects of the applicant: the latest deadline for information, the fee still to pay, the answer', async () => {
    const { rows } = await walk(applicant.id, 'all');
    const byId = new Map(rows.map((r) => [r.id, r]));

    const info = byId.get(mine.needsInfo)!.expectation;
    expect(info.actionNeeded).toBe(true);
    expect(info.action.kind).toBe('sendInfo');
    expect(info.action.kind === 'sendInfo' && info.action.dueAt ? formatDate(info.action.dueAt, 'ro') : null).toBe(roDate(inDays(7)));
    // The term to answer stands still while the city hall waits for the applicant (as the service says), with no date until it runs again.
    const clock = await database.prisma.serviceRequest.findMany({ where: { id: { in: [mine.needsInfo, mine.awaitingPayment] } }, select: { id: true, termSuspendedSince: true, dueAt: true } });
    const stopped = (id: string) => clock.find((c) => c.id === id)!.termSuspendedSince !== null;
    expect(stopped(mine.needsInfo)).toBe(true);
    expect(info.term).toEqual({ kind: 'suspended', reason: 'info' });
    expect(info.answerBy).toBeNull();

    const fee = byId.get(mine.awaitingPayment)!.expectation;
    expect(fee.actionNeeded).toBe(true);
    expect(fee.action).toMatchObject({ kind: 'pay', amountBani: 12550 });
    expect(fee.action.kind === 'pay' ? formatDate(fee.action.dueAt, 'ro') : null).toBe(roDate(inDays(15)));
    // The fiscal certificate's term does not stop for a fee (the seed's suspendOnFee: false): it runs, to its stored end.
    expect(stopped(mine.awaitingPayment)).toBe(false);
    expect(fee.term).toEqual({ kind: 'running', dueAt: clock.find((c) => c.id === mine.awaitingPayment)!.dueAt });

    expect(byId.get(mine.approved)!.expectation).toMatchObject({ action: { kind: 'downloadAnswer' }, actionNeeded: false, answerBy: null });
    expect(byId.get(mine.approved)!.closedAt).not.toBeNull();
    expect(byId.get(mine.withdrawn)!.expectation).toMatchObject({ action: { kind: 'withdrawn' }, actionNeeded: false, answerBy: null });
    const waiting = rows.filter((r) => r.status === 'SUBMITTED');
    expect(waiting).toHaveLength(PADDING);
    for (const row of waiting) expect(row.expectation).toMatchObject({ action: { kind: 'wait' }, actionNeeded: false, answerBy: expect.any(Date), term: { kind: 'running' } });
    expect(byId.get(mine.approved)!.expectation.term).toBeNull();

    // The other citizen's request for information (a nearer deadline) is theirs alone.
    const theirs = await listOwnRequests(other.id, { status: 'NEEDS_INFO', page: 1 }, 'ro');
    const action = theirs.rows[0]!.expectation.action;
    expect(action.kind === 'sendInfo' && action.dueAt ? formatDate(action.dueAt, 'ro') : null).toBe(roDate(inDays(3)));
  });

  it('reads the filter and the page from the URL, ignoring what is not valid', () => {
    expect(parseDashboardQuery({ status: 'NEEDS_INFO', page: '2' })).toEqual({ status: 'NEEDS_INFO', page: 2 });
    expect(parseDashboardQuery({ status: ['action', 'APPROVED'] })).toEqual({ status: 'action', page: 1 });
    expect(parseDashboardQuery({ status: 'DRAFT', page: '0' })).toEqual({ status: 'all', page: 1 });
    expect(parseDashboardQuery({ status: 'orice', page: '1; DROP TABLE' })).toEqual({ status: 'all', page: 1 });
    expect(parseDashboardQuery(undefined)).toEqual({ status: 'all', page: 1 });
  });
});
