/**
 * The clerks' inbox (lib/requests/inbox.ts) against the real PostgreSQL: the department scope in
 * the list, the counts and every kind of search; the filters; keyset pages that visit every row once
 * in order (ties included); bad cursors; counts that match the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPrismaClient } from '@/lib/db';
import type { RequestStatus } from '@/lib/generated/prisma/enums';
import {
  countByStatus,
  decodeInboxCursor,
  encodeInboxCursor,
  getInboxFilterOptions,
  INBOX_STATUSES,
  listInbox,
  parseInboxQuery,
  parseInboxSearch,
  type TInboxQuery,
  type TInboxRow,
} from '@/lib/requests/queries/inbox';
import { OPEN_STATUSES } from '@/lib/requests/workflow';
import { toSearchText } from '@/lib/services/search-text';
import { seedDemo } from '@/prisma/seed';
import { setupTestDatabase, uniqueName } from './support';

const DAY = 24 * 60 * 60 * 1000;
const FISCAL = 'certificat-atestare-fiscala-persoane-fizice';
const VEHICLE = 'inregistrare-radiere-vehicul';
const URBANISM = 'certificat-de-urbanism';

type TStaff = { id: string; role: 'CLERK' | 'ADMIN' };
type TFixture = {
  id: string;
  registrationNumber: string;
  service: string;
  department: string;
  status: RequestStatus;
  applicantName: string;
  applicantIdNumber: string;
  submittedAt: Date;
  dueAt: Date;
  assigneeId: string | null;
  /** The term stands still (the city hall waits for the applicant). */
  termSuspendedSince: Date | null;
  tacitApprovedAt: Date | null;
};

const q = (params: Record<string, string> = {}) => parseInboxQuery(params);

describe('the clerks’ inbox', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  let prisma: TPrismaClient;
  let clerk: TStaff;
  let urbanismClerk: TStaff;
  let admin: TStaff;
  const rows: TFixture[] = [];
  const now = Date.now();
  let sequence = 0;

  beforeAll(async () => {
    database = await setupTestDatabase();
    prisma = database.prisma;
    await seedDemo(prisma);
    const staff = async (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } }) as Promise<TStaff>;
    [clerk, urbanismClerk, admin] = await Promise.all([staff('clerk@demo.local'), staff('clerk.urbanism@demo.local'), staff('admin@demo.local')]);

    const applicant = await prisma.user.create({
      data: { email: `${uniqueName('a')}@example.ro`, status: 'ACTIVE', personProfile: { create: { firstName: 'Ion', lastName: 'Vasilescu', cnp: '1800101270018' } } },
    });
    const versions = new Map(
      (await prisma.serviceVersion.findMany({ select: { id: true, service: { select: { slug: true, departmentId: true, department: { select: { slug: true } } } } } })).map((v) => [
        v.service.slug,
        { versionId: v.id, departmentId: v.service.departmentId, department: v.service.department.slug },
      ]),
    );

    const file = async (over: Partial<Omit<TFixture, 'id' | 'registrationNumber' | 'department'>> & { service: string }) => {
      sequence += 1;
      const service = versions.get(over.service)!;
      const submittedAt = over.submittedAt ?? new Date(now - (40 - sequence) * DAY);
      const fixture = {
        registrationNumber: `RMN-2026-${String(sequence).padStart(6, '0')}`,
        service: over.service,
        department: service.department,
        status: over.status ?? 'IN_REVIEW',
        applicantName: over.applicantName ?? 'Ion Vasilescu',
        applicantIdNumber: over.applicantIdNumber ?? '1800101270018',
        submittedAt,
        dueAt: over.dueAt ?? new Date(submittedAt.getTime() + 30 * DAY),
        assigneeId: over.assigneeId === undefined ? null : over.assigneeId,
        termSuspendedSince: over.termSuspendedSince ?? null,
        tacitApprovedAt: over.tacitApprovedAt ?? null,
      };
      const created = await prisma.serviceRequest.create({
        data: {
          registrationNumber: fixture.registrationNumber,
          applicantId: applicant.id,
          serviceVersionId: service.versionId,
          departmentId: service.departmentId,
          status: fixture.status,
          applicantName: fixture.applicantName,
          applicantIdNumber: fixture.applicantIdNumber,
          applicantSearch: toSearchText(fixture.applicantName),
          assigneeId: fixture.assigneeId,
          submittedAt: fixture.submittedAt,
          dueAt: fixture.dueAt,
          termSuspendedSince: fixture.termSuspendedSince,
          tacitApprovedAt: fixture.tacitApprovedAt,
        },
        select: { id: true },
      });
      rows.push({ id: created.id, ...fixture });
    };

    // Taxes (the demo clerk's department): open and closed, some overdue, some due soon, ties on the due date.
    const tie = new Date(now + 10 * DAY);
    const tieSubmitted = new Date(now - 3 * DAY);
    await file({ service: FISCAL, status: 'SUBMITTED', dueAt: new Date(now - 2 * DAY), applicantName: 'Ștefan Țăranu' });
    await file({ service: FISCAL, status: 'IN_REVIEW', dueAt: new Date(now + 1 * DAY), assigneeId: clerk.id, applicantName: 'Maria Popescu' });
    await file({ service: FISCAL, status: 'IN_REVIEW', dueAt: tie, submittedAt: tieSubmitted, assigneeId: clerk.id });
    await file({ service: FISCAL, status: 'NEEDS_INFO', dueAt: tie, submittedAt: tieSubmitted });
    await file({ service: VEHICLE, status: 'AWAITING_PAYMENT', dueAt: tie, submittedAt: tieSubmitted, assigneeId: clerk.id });
    await file({ service: VEHICLE, status: 'PAYMENT_SUBMITTED', dueAt: new Date(now - 5 * DAY), applicantName: 'SC Agro Serv SRL', applicantIdNumber: '18547290' });
    await file({ service: VEHICLE, status: 'SUBMITTED', dueAt: tie, submittedAt: tieSubmitted });
    for (let i = 0; i < 6; i++) await file({ service: FISCAL, status: i % 3 === 0 ? 'REJECTED' : 'APPROVED', dueAt: new Date(now - (20 + i) * DAY), assigneeId: i % 2 ? clerk.id : null });
    await file({ service: FISCAL, status: 'WITHDRAWN', dueAt: tie, submittedAt: tieSubmitted });
    // The term stands still while the city hall waits for the applicant: past its end as it stood, yet not overdue.
    await file({ service: FISCAL, status: 'NEEDS_INFO', dueAt: new Date(now - 3 * DAY), termSuspendedSince: new Date(now - 6 * DAY), applicantName: 'Ilie Așteptatu' });
    // Past its term for a service where silence approves: marked, still open and overdue.
    await file({ service: FISCAL, status: 'IN_REVIEW', dueAt: new Date(now - 4 * DAY), tacitApprovedAt: new Date(now - 3 * DAY), applicantName: 'Tudor Tăcutu' });
    for (let i = 0; i < 5; i++) await file({ service: FISCAL, status: 'SUBMITTED', dueAt: new Date(now + (40 + i) * DAY), applicantName: `Ana Ionescu ${i}` });
    // Urban planning: another department, with its own applicant and number.
    await file({ service: URBANISM, status: 'IN_REVIEW', applicantName: 'Gheorghe Urbanescu', applicantIdNumber: '1700505270011', assigneeId: urbanismClerk.id });
    await file({ service: URBANISM, status: 'SUBMITTED', dueAt: new Date(now - 1 * DAY), applicantName: 'Ștefan Urbanescu', applicantIdNumber: '1700505270022' });
  });
  afterAll(async () => {
    await database.cleanup();
  });

  const of = (department: string) => rows.filter((r) => r.department === department);
  const isOpen = (r: TFixture) => (OPEN_STATUSES as readonly string[]).includes(r.status);
  /** Open, past the end of its term and running (a term that stands still cannot run out). */
  const overdue = (r: TFixture) => isOpen(r) && r.dueAt.getTime() < Date.now() && r.termSuspendedSince === null;
  const byDue = (a: { dueAt: Date; id: string }, b: { dueAt: Date; id: string }) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const bySubmitted = (a: { submittedAt: Date; id: string }, b: { submittedAt: Date; id: string }) =>
    b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

  /** Every row of a view, following the cursors; fails on a page that repeats a row. */
  async function walk(user: TStaff, query: TInboxQuery, pageSize: number) {
    const seen: TInboxRow[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await listInbox(user, { ...query, after }, pageSize);
      expect(page.rows.length).toBeLessThanOrEqual(pageSize);
      seen.push(...page.rows);
      if (!page.nextCursor) return seen;
      after = page.nextCursor;
    }
    throw new Error('too many pages');
  }

  describe('the department scope', () => {
    it('a clerk lists only the requests of their departments, in every status and with any filter', async () => {
      const all = await walk(clerk, q({ status: 'all' }), 50);
      expect(all.map((r) => r.id).sort()).toEqual(of('taxe-impozite').map((r) => r.id).sort());
      const urbanism = await listInbox(clerk, q({ status: 'all', department: 'urbanism' }));
      expect(urbanism.rows).toEqual([]);
      const service = await listInbox(clerk, q({ status: 'all', service: URBANISM }));
      expect(service.rows).toEqual([]);

      const other = await walk(urbanismClerk, q({ status: 'all' }), 50);
      expect(other.map((r) => r.id).sort()).toEqual(of('urbanism').map((r) => r.id).sort());
      const everything = await walk(admin, q({ status: 'all' }), 50);
      expect(everything).toHaveLength(rows.length);
    });

    it('searching another department’s number, CNP or applicant finds nothing, and counts nothing', async () => {
      const foreign = of('urbanism')[0]!;
      for (const search of [foreign.registrationNumber, foreign.applicantIdNumber, 'Urbanescu', foreign.registrationNumber.replace(/-/g, ' ').toLowerCase()]) {
        const query = q({ q: search, status: 'all' });
        expect((await listInbox(clerk, query)).rows, search).toEqual([]);
        expect((await countByStatus(clerk, query)).every((c) => c.count === 0), search).toBe(true);
        // The clerk of that department and the administrator do find it.
        expect((await listInbox(urbanismClerk, query)).rows.length, search).toBeGreaterThan(0);
        expect((await listInbox(admin, query)).rows.length, search).toBeGreaterThan(0);
      }
      const counts = await countByStatus(clerk, q());
      expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(of('taxe-impozite').length);
    });

    it('the filter choices are the clerk’s departments (an administrator: all)', async () => {
      const mine = await getInboxFilterOptions(clerk);
      expect(mine.map((d) => d.slug)).toEqual(['taxe-impozite']);
      expect(mine[0]!.services.map((s) => s.slug)).toContain(FISCAL);
      const all = await getInboxFilterOptions(admin);
      expect(all.map((d) => d.slug).sort()).toEqual(['registratura', 'relatii-publice', 'stare-civila', 'taxe-impozite', 'urbanism']);
    });

    it('a clerk of no department sees nothing; a citizen neither', async () => {
      const lonely = await prisma.user.create({ data: { email: `${uniqueName('c')}@example.ro`, role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE' }, select: { id: true, role: true } });
      expect((await listInbox(lonely, q({ status: 'all' }))).rows).toEqual([]);
      expect((await countByStatus(lonely, q())).every((c) => c.count === 0)).toBe(true);
      expect((await listInbox({ id: lonely.id, role: 'CITIZEN' }, q({ status: 'all' }))).rows).toEqual([]);
    });
  });

  describe('filters', () => {
    const ids = async (user: TStaff, params: Record<string, string>) => (await walk(user, q(params), 50)).map((r) => r.id).sort();
    const expected = (filter: (r: TFixture) => boolean) => rows.filter(filter).map((r) => r.id).sort();
    const taxes = (r: TFixture) => r.department === 'taxe-impozite';

    it('status: open by default, one status, or all', async () => {
      expect(await ids(clerk, {})).toEqual(expected((r) => taxes(r) && isOpen(r)));
      expect(await ids(clerk, { status: 'APPROVED' })).toEqual(expected((r) => taxes(r) && r.status === 'APPROVED'));
      expect(await ids(clerk, { status: 'all' })).toEqual(expected(taxes));
    });

    it('service, department, mine, unassigned (open ones), overdue (open ones past the due date)', async () => {
      expect(await ids(clerk, { status: 'all', service: VEHICLE })).toEqual(expected((r) => taxes(r) && r.service === VEHICLE));
      expect(await ids(admin, { status: 'all', department: 'urbanism' })).toEqual(expected((r) => r.department === 'urbanism'));
      expect(await ids(clerk, { status: 'all', assigned: 'me' })).toEqual(expected((r) => taxes(r) && r.assigneeId === clerk.id));
      expect(await ids(clerk, { status: 'all', assigned: 'unassigned' })).toEqual(expected((r) => taxes(r) && isOpen(r) && r.assigneeId === null));
      expect(await ids(clerk, { status: 'all', overdue: '1' })).toEqual(expected((r) => taxes(r) && overdue(r)));
      expect(await ids(admin, { overdue: '1', service: URBANISM })).toEqual(expected((r) => r.service === URBANISM && overdue(r)));
      // Overdue and a closed status: nothing can match.
      expect(await ids(clerk, { status: 'APPROVED', overdue: '1' })).toEqual([]);
      // Unknown slugs match nothing (they are not ignored: the clerk asked for something).
      expect(await ids(admin, { status: 'all', service: 'nu-exista' })).toEqual([]);
      expect(await ids(admin, { status: 'all', department: 'nu-exista' })).toEqual([]);
    });

    it('search: a registration number as typed, a CNP, a CUI with RO, a name without diacritics or in capitals', async () => {
      const target = of('taxe-impozite').find((r) => r.applicantName === 'Maria Popescu')!;
      const sequenceOf = Number(target.registrationNumber.slice(-6));
      for (const typed of [target.registrationNumber, `rmn ${target.registrationNumber.slice(4, 8)} ${sequenceOf}`, ` RMN-${target.registrationNumber.slice(4, 8)}-${sequenceOf} `]) {
        expect(await ids(clerk, { status: 'all', q: typed }), typed).toEqual([target.id]);
      }
      expect(await ids(clerk, { status: 'all', q: '1800101270018' })).toEqual(expected((r) => taxes(r) && r.applicantIdNumber === '1800101270018'));
      const company = expected((r) => taxes(r) && r.applicantIdNumber === '18547290');
      expect(company).toHaveLength(1);
      expect(await ids(clerk, { status: 'all', q: 'RO18547290' })).toEqual(company);
      expect(await ids(clerk, { status: 'all', q: 'ro 18547290' })).toEqual(company);
      const stefan = expected((r) => taxes(r) && r.applicantName === 'Ștefan Țăranu');
      for (const typed of ['stefan taranu', 'ȘTEFAN', 'taranu ștefan', 'TARAN', 'țăranu șt', 'st țăranu']) {
        expect(await ids(clerk, { status: 'all', q: typed }), typed).toEqual(stefan);
        expect(await ids(clerk, { q: typed }), typed).toEqual(stefan);
      }
      // A short word still narrows what the long one found.
      expect(await ids(clerk, { status: 'all', q: 'taranu xy' })).toEqual([]);
      // Among the open requests (the default view) by the partial trigram index, as among all.
      expect(await ids(clerk, { q: 'ionescu' })).toEqual(expected((r) => taxes(r) && isOpen(r) && r.applicantName.startsWith('Ana Ionescu')));
      expect(await ids(clerk, { q: 'popescu maria', status: 'all' })).toEqual([target.id]);
      expect(await ids(clerk, { q: 'nimeni', status: 'all' })).toEqual([]);
    });

    it('a name search shorter than 3 letters is not applied (the page says so)', async () => {
      expect(parseInboxSearch('Al')).toEqual({ kind: 'tooShort' });
      expect(await ids(clerk, { status: 'all', q: 'Al' })).toEqual(expected(taxes));
      expect(parseInboxSearch('Ion')).toEqual({ kind: 'name', tokens: ['ion'] });
      expect(parseInboxSearch('1800101270018')).toEqual({ kind: 'cnp', value: '1800101270018' });
      expect(parseInboxSearch('RO 18547290')).toEqual({ kind: 'cui', value: '18547290' });
      expect(parseInboxSearch('rmn-2026-7')).toEqual({ kind: 'registrationNumber', value: 'RMN-2026-000007' });
    });
  });

  describe('keyset pagination', () => {
    for (const pageSize of [1, 2, 3, 7]) {
      it(`walks every row exactly once in order, sorted by due date and by filing date (pages of ${pageSize})`, async () => {
        const due = await walk(admin, q({ status: 'all' }), pageSize);
        expect(due.map((r) => r.id)).toEqual([...rows].sort(byDue).map((r) => r.id));
        const submitted = await walk(admin, q({ status: 'all', sort: 'submitted' }), pageSize);
        expect(submitted.map((r) => r.id)).toEqual([...rows].sort(bySubmitted).map((r) => r.id));
        // Filtered views too, across the ties (five requests share a due date and a filing date).
        const open = await walk(clerk, q({}), pageSize);
        expect(open.map((r) => r.id)).toEqual(of('taxe-impozite').filter(isOpen).sort(byDue).map((r) => r.id));
        const openSubmitted = await walk(clerk, q({ sort: 'submitted' }), pageSize);
        expect(openSubmitted.map((r) => r.id)).toEqual(of('taxe-impozite').filter(isOpen).sort(bySubmitted).map((r) => r.id));
      });
    }

    it('rows carry what the table shows', async () => {
      const page = await listInbox(clerk, q({ q: 'Maria Popescu' }));
      expect(page.rows).toHaveLength(1);
      const row = page.rows[0]!;
      const fixture = rows.find((r) => r.id === row.id)!;
      expect(row).toMatchObject({
        registrationNumber: fixture.registrationNumber,
        applicantName: 'Maria Popescu',
        status: 'IN_REVIEW',
        submittedAt: fixture.submittedAt,
        dueAt: fixture.dueAt,
        service: { slug: FISCAL, titleRo: expect.stringContaining('fiscal'), titleEn: expect.any(String) },
        assignee: { id: clerk.id, name: 'Mihai Ionescu' },
      });
      const unassigned = (await listInbox(clerk, q({ q: 'Ștefan Țăranu' }))).rows[0]!;
      expect(unassigned.assignee).toBeNull();
    });

    it('rows say whether the term stands still or was tacitly approved; the default view puts the overdue ones first', async () => {
      const [still] = (await listInbox(clerk, q({ q: 'Ilie Așteptatu' }))).rows;
      const [tacit] = (await listInbox(clerk, q({ q: 'Tudor Tăcutu' }))).rows;
      expect(still).toMatchObject({ status: 'NEEDS_INFO', termSuspendedSince: expect.any(Date), tacitApprovedAt: null });
      expect(tacit).toMatchObject({ termSuspendedSince: null, tacitApprovedAt: expect.any(Date) });
      // Sorted by due date (the default): the overdue ones come before every one still running. A term
      // that stands still keeps its place by its end as it stood (it is marked, never overdue).
      const open = (await listInbox(clerk, q(), 50)).rows;
      expect(open.map((r) => r.id)).toContain(still!.id);
      const lateness = open.filter((r) => r.termSuspendedSince === null).map((r) => overdue(rows.find((f) => f.id === r.id)!));
      expect(lateness.indexOf(false)).toBeGreaterThan(0);
      expect(lateness.slice(lateness.indexOf(false))).not.toContain(true);
    });

    it('bad cursors are ignored: the first page is shown', async () => {
      const first = await listInbox(clerk, q({ status: 'all' }), 3);
      const second = await listInbox(clerk, q({ status: 'all', after: first.nextCursor! }), 3);
      expect(second.rows[0]!.id).not.toBe(first.rows[0]!.id);
      const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
      const last = first.rows.at(-1)!;
      const bad = [
        'nu-e-un-cursor!',
        '%%%',
        b64('not json'),
        b64({ s: 'due', v: 'yesterday', id: last.id }),
        b64({ s: 'due', v: last.dueAt.toISOString() }),
        b64({ s: 'due', v: last.dueAt.toISOString(), id: last.id, extra: 1 }),
        b64({ s: 'soon', v: last.dueAt.toISOString(), id: last.id }),
        // Made for the other sort.
        encodeInboxCursor({ sort: 'submitted', value: last.submittedAt, id: last.id }),
        'A'.repeat(400),
      ];
      for (const after of bad) {
        const page = await listInbox(clerk, q({ status: 'all', after }), 3);
        expect(page.rows.map((r) => r.id), after).toEqual(first.rows.map((r) => r.id));
      }
      expect(decodeInboxCursor(first.nextCursor!, 'due')).toEqual({ sort: 'due', value: last.dueAt, id: last.id });
      expect(decodeInboxCursor(first.nextCursor!, 'submitted')).toBeNull();
    });
  });

  describe('counts per status', () => {
    const expectedCounts = (filter: (r: TFixture) => boolean) =>
      INBOX_STATUSES.map((status) => ({ status, count: rows.filter((r) => filter(r) && r.status === status).length, capped: false }));

    it('match the rows, under the same filters except the status', async () => {
      const taxes = (r: TFixture) => r.department === 'taxe-impozite';
      expect(await countByStatus(clerk, q())).toEqual(expectedCounts(taxes));
      // The status filter does not change the counters.
      expect(await countByStatus(clerk, q({ status: 'APPROVED' }))).toEqual(expectedCounts(taxes));
      expect(await countByStatus(clerk, q({ service: VEHICLE }))).toEqual(expectedCounts((r) => taxes(r) && r.service === VEHICLE));
      expect(await countByStatus(clerk, q({ assigned: 'me' }))).toEqual(expectedCounts((r) => taxes(r) && r.assigneeId === clerk.id));
      expect(await countByStatus(clerk, q({ assigned: 'unassigned' }))).toEqual(expectedCounts((r) => taxes(r) && isOpen(r) && r.assigneeId === null));
      expect(await countByStatus(clerk, q({ overdue: '1' }))).toEqual(expectedCounts((r) => taxes(r) && overdue(r)));
      expect(await countByStatus(clerk, q({ q: 'ionescu' }))).toEqual(expectedCounts((r) => taxes(r) && r.applicantName.startsWith('Ana Ionescu')));
      expect(await countByStatus(clerk, q({ q: '1800101270018', overdue: '1' }))).toEqual(
        expectedCounts((r) => taxes(r) && r.applicantIdNumber === '1800101270018' && overdue(r)),
      );
      expect(await countByStatus(admin, q())).toEqual(expectedCounts(() => true));
      // Each status's count equals the length of that status's list.
      for (const count of await countByStatus(clerk, q())) {
        expect((await walk(clerk, q({ status: count.status }), 50)).length, count.status).toBe(count.count);
      }
    });
  });

  describe('the URL’s search parameters', () => {
    it('invalid values are ignored or take their default, never an error', () => {
      const defaults = { status: 'open', service: undefined, department: undefined, assigned: undefined, overdue: false, q: undefined, sort: 'due', after: undefined };
      expect(parseInboxQuery({})).toEqual(defaults);
      expect(parseInboxQuery(undefined)).toEqual(defaults);
      expect(parseInboxQuery('status=all')).toEqual(defaults);
      expect(
        parseInboxQuery({ status: 'DRAFT', service: '../etc', department: 'A B', assigned: 'everyone', overdue: 'yes', q: 'x'.repeat(101), sort: 'random', after: 'y'.repeat(301) }),
      ).toEqual(defaults);
      expect(parseInboxQuery({ status: ['APPROVED', 'all'], q: ['  Popescu ', 'x'], overdue: '1', sort: 'submitted', assigned: 'me', service: FISCAL, department: '' })).toEqual({
        ...defaults,
        status: 'APPROVED',
        q: 'Popescu',
        overdue: true,
        sort: 'submitted',
        assigned: 'me',
        service: FISCAL,
      });
    });
  });

  it('the partial indexes of the open requests hold exactly OPEN_STATUSES (else the queries stop matching them)', async () => {
    const indexes = await prisma.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'ServiceRequest' AND indexname LIKE 'ServiceRequest_open_%'`;
    expect(indexes.length).toBeGreaterThanOrEqual(5);
    for (const index of indexes) {
      const listed = [...index.indexdef.matchAll(/'([A-Z_]+)'::"RequestStatus"/g)].map((m) => m[1]);
      expect(listed.sort(), index.indexname).toEqual([...OPEN_STATUSES].sort());
    }
  });
});
