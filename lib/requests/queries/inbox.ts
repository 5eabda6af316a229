/**
 * The clerks' inbox (`/admin`): filed requests the member of staff may see, filtered from the URL's
 * search parameters, one keyset page at a time, and counts per status for the tabs.
 *
 * Both queries are raw SQL built from the staff member's scope (`staffScope`) plus the
 * filters. Raw, because the statuses must reach PostgreSQL as literals (Prisma binds enum values
 * through a cast that the planner cannot fold, so the partial indexes on the open statuses would
 * never match) and because the keyset needs a row comparison, `("dueAt", id) > (…)`, which an
 * index walks as one range.
 * The indexes these queries rely on are listed with ServiceRequest in prisma/schema.prisma.
 */
import 'server-only';
import { z } from 'zod';
import { normalizeCui } from '@/lib/accounts/validation/cui';
import type { TSessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseRegistrationNumber } from '@/lib/requests/registration-number';
import { staffScope, statusLiterals } from '@/lib/requests/staff-access';
import { FILED_STATUSES, OPEN_STATUSES } from '@/lib/requests/workflow';
import { firstParam } from '@/lib/search-params';
import { searchTokens } from '@/lib/services/search-text';

type TStaff = Pick<TSessionUser, 'id' | 'role'>;

/** Every status a filed request can have, in the order of the workflow (the tabs' order). */
export const INBOX_STATUSES = FILED_STATUSES;
export type TInboxStatus = (typeof INBOX_STATUSES)[number];

/** Counts stop here: past it the tabs say "10.000+" (an exact count of 400,000 rows costs ~300 ms). */
export const INBOX_COUNT_CAP = 10_000;

/** A name search needs a word of at least this many letters: shorter ones match too much to use the trigram index. */
export const NAME_SEARCH_MIN_LENGTH = 3;

// ───────────────────────────── the URL's search parameters ─────────────────────────────

/** A parameter that is ignored (undefined) when it is not valid. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess(firstParam, schema.optional()).catch(undefined);

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/**
 * The inbox's URL search parameters. Nothing here fails: a parameter that is not valid is ignored
 * or takes its default, so a hand-edited or stale link shows the inbox instead of an error.
 */
export const ZInboxQuerySchema = z
  .object({
    /** 'open' (default): the open statuses; 'all': every filed request; or one status. */
    status: param(z.enum(['open', 'all', ...INBOX_STATUSES])).transform((value) => value ?? 'open'),
    /** Service slug. */
    service: param(slug),
    /** Department slug. */
    department: param(slug),
    assigned: param(z.enum(['me', 'unassigned'])),
    /** '1': only open requests past their due date. */
    overdue: param(z.literal('1')).transform((value) => value === '1'),
    /** Registration number, CNP, CUI or the applicant's name. */
    q: param(z.string().max(100)),
    sort: param(z.enum(['due', 'submitted'])).transform((value) => value ?? 'due'),
    /** Opaque keyset cursor: where the previous page ended. */
    after: param(z.string().max(300)),
  })
  .catch(() => ({ status: 'open' as const, service: undefined, department: undefined, assigned: undefined, overdue: false, q: undefined, sort: 'due' as const, after: undefined }));

export type TInboxQuery = z.output<typeof ZInboxQuerySchema>;
export type TInboxSort = TInboxQuery['sort'];

/** Reads the page's search parameters (never throws). */
export const parseInboxQuery = (searchParams: unknown): TInboxQuery => ZInboxQuerySchema.parse(searchParams ?? {});

// ───────────────────────────── the search box ─────────────────────────────

export type TInboxSearch =
  | { kind: 'registrationNumber'; value: string }
  | { kind: 'cnp'; value: string }
  | { kind: 'cui'; value: string }
  | { kind: 'name'; tokens: string[] }
  /** Too short to search by name: ignored, and the page says why. */
  | { kind: 'tooShort' };

/** What the search box holds: a registration number, a CNP (13 digits), a CUI (digits, optional RO) or a name. */
export function parseInboxSearch(q: string): TInboxSearch {
  const registration = parseRegistrationNumber(q);
  if (registration) return { kind: 'registrationNumber', value: registration.value };
  const compact = q.replace(/\s+/g, '');
  if (/^\d{13}$/.test(compact)) return { kind: 'cnp', value: compact };
  const { cui } = normalizeCui(q);
  // Stored without the RO prefix (see OrganizationProfile.cui); the checksum does not matter for a lookup.
  if (/^[1-9]\d{1,9}$/.test(cui)) return { kind: 'cui', value: cui };
  const tokens = searchTokens(q);
  if (!tokens.some((token) => token.length >= NAME_SEARCH_MIN_LENGTH)) return { kind: 'tooShort' };
  return { kind: 'name', tokens };
}

// ───────────────────────────── the keyset cursor ─────────────────────────────

const ZCursorSchema = z
  .object({
    /** The sort the cursor was made for: a cursor of another sort is ignored. */
    s: z.enum(['due', 'submitted']),
    /** The last row's sort value (dueAt or submittedAt). */
    v: z.iso.datetime(),
    /** The last row's id, for ties on the sort value. */
    id: z.string().min(1).max(64),
  })
  .strict();

type TCursor = { sort: TInboxSort; value: Date; id: string };

export function encodeInboxCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, v: cursor.value.toISOString(), id: cursor.id }), 'utf8').toString('base64url');
}

/** The cursor, or null when it is missing, malformed or made for another sort (the first page is shown). */
export function decodeInboxCursor(after: string | undefined, sort: TInboxSort): TCursor | null {
  if (!after || !/^[A-Za-z0-9_-]+$/.test(after)) return null;
  try {
    const parsed = ZCursorSchema.safeParse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.s !== sort) return null;
    return { sort, value: new Date(parsed.data.v), id: parsed.data.id };
  } catch {
    return null;
  }
}

// ───────────────────────────── SQL ─────────────────────────────

const isInboxStatus = (value: unknown): value is TInboxStatus => (INBOX_STATUSES as readonly unknown[]).includes(value);

/**
 * Statuses as SQL literals. Only the enum's own values get here (checked again), so nothing a
 * user typed is ever pasted into the query; literals let the planner match the partial indexes.
 */
function statusList(statuses: readonly TInboxStatus[]): Prisma.Sql {
  if (!statuses.every(isInboxStatus)) throw new Error('inbox: unexpected status');
  return Prisma.sql`(${statusLiterals(statuses)})`;
}

function statusLiteral(status: TInboxStatus): Prisma.Sql {
  if (!isInboxStatus(status)) throw new Error('inbox: unexpected status');
  return statusLiterals([status]);
}

type TWhere = {
  /** Scope and every filter except the status and the name search. */
  base: Prisma.Sql;
  /** The name search (LIKE conditions on applicantSearch), if any. */
  name: Prisma.Sql | null;
  /** The statuses the filters allow (null: every filed status); empty: nothing can match. */
  statuses: readonly TInboxStatus[] | null;
  /** Whether the search box narrows the requests. */
  searched: boolean;
};

/**
 * The ids behind the department and service slugs of the filters, in one small query. They go into
 * the main queries as values, not subqueries: with an `= ANY(subquery)` the planner cannot estimate
 * how many requests a service has and picks plans that read 150,000 rows to count 6,000.
 * Null: a slug that does not exist (nothing can match).
 */
async function resolveFilterSlugs(query: TInboxQuery): Promise<{ departmentId?: string; versionIds?: string[] } | null> {
  if (!query.department && !query.service) return {};
  const rows = await db.$queryRaw<{ departmentId: string | null; versionIds: string[] }[]>`
    SELECT (SELECT d.id FROM "Department" d WHERE d.slug = ${query.department ?? ''}) AS "departmentId",
           ARRAY(SELECT v.id FROM "ServiceVersion" v JOIN "Service" s ON s.id = v."serviceId" WHERE s.slug = ${query.service ?? ''} ORDER BY v.id) AS "versionIds"`;
  const row = rows[0];
  if (!row || (query.department && !row.departmentId) || (query.service && row.versionIds.length === 0)) return null;
  return { departmentId: query.department ? (row.departmentId ?? undefined) : undefined, versionIds: query.service ? row.versionIds : undefined };
}

/** The WHERE of both queries, or null when nothing can match. */
async function buildWhere(user: TStaff, query: TInboxQuery, now: Date): Promise<TWhere | null> {
  const [scope, slugs] = await Promise.all([staffScope(user).then((s) => s.sql), resolveFilterSlugs(query)]);
  if (!scope || !slugs) return null;
  const parts: Prisma.Sql[] = [scope];

  if (slugs.departmentId) parts.push(Prisma.sql`r."departmentId" = ${slugs.departmentId}`);
  if (slugs.versionIds) parts.push(Prisma.sql`r."serviceVersionId" IN (${Prisma.join(slugs.versionIds)})`);
  if (query.assigned === 'me') parts.push(Prisma.sql`r."assigneeId" = ${user.id}`);

  let statuses: readonly TInboxStatus[] | null = null;
  if (query.assigned === 'unassigned') {
    // Unassigned means open and waiting for someone: nobody needs to take a closed request.
    statuses = OPEN_STATUSES;
    parts.push(Prisma.sql`r."assigneeId" IS NULL`);
  }
  if (query.overdue) {
    // Overdue means open, past the end of the term's last day (lib/requests/terms.ts isPastTerm) and
    // running: a closed request is no longer late, and a term that stands still cannot run out.
    statuses = OPEN_STATUSES;
    parts.push(Prisma.sql`r."dueAt" <= ${new Date(now.getTime() - 1000)} AND r."termSuspendedSince" IS NULL`);
  }

  let searched = false;
  let name: Prisma.Sql | null = null;
  if (query.q) {
    const search = parseInboxSearch(query.q);
    searched = search.kind !== 'tooShort';
    if (search.kind === 'registrationNumber') parts.push(Prisma.sql`r."registrationNumber" = ${search.value}`);
    if (search.kind === 'cnp' || search.kind === 'cui') parts.push(Prisma.sql`r."applicantIdNumber" = ${search.value}`);
    if (search.kind === 'name') {
      // Substrings of the stored lower-case, diacritics-free name: the trigram index answers LIKE '%…%'
      // for words of 3 letters or more; shorter ones (no trigram) only filter what those found.
      // The tokens hold only letters and digits, so they carry no LIKE wildcard.
      const like = (token: string) => Prisma.sql`r."applicantSearch" LIKE ${`%${token}%`}`;
      name = Prisma.join(search.tokens.filter((token) => token.length >= NAME_SEARCH_MIN_LENGTH).map(like), ' AND ');
      parts.push(...search.tokens.filter((token) => token.length < NAME_SEARCH_MIN_LENGTH).map(like));
    }
  }
  return { base: Prisma.join(parts, ' AND '), name, statuses, searched };
}

const TABLE = Prisma.sql`"ServiceRequest" r`;

/**
 * The requests matching the name search, found by a trigram index before anything else: the
 * subquery (kept apart by OFFSET 0) stops the planner from ANDing the trigram bitmap with a bitmap
 * of the whole department, which it underestimates (50 ms instead of 2). With only open statuses
 * it reads the small partial trigram index of the open requests.
 */
function nameMatches(name: Prisma.Sql, statuses: readonly TInboxStatus[] | null): Prisma.Sql {
  const status = statuses ? Prisma.sql`AND r.status IN ${statusList(statuses)}` : Prisma.empty;
  return Prisma.sql`(SELECT * FROM "ServiceRequest" r WHERE ${name} ${status} OFFSET 0) r`;
}

const onlyOpen = (statuses: readonly TInboxStatus[] | null): statuses is readonly TInboxStatus[] => statuses !== null && statuses.every((s) => (OPEN_STATUSES as readonly string[]).includes(s));

/** The statuses of the page: the status filter within what the other filters allow. */
function pageStatuses(where: TWhere, status: TInboxQuery['status']): readonly TInboxStatus[] | null {
  const wanted: readonly TInboxStatus[] | null = status === 'all' ? null : status === 'open' ? OPEN_STATUSES : [status];
  if (wanted === null) return where.statuses;
  if (where.statuses === null) return wanted;
  return wanted.filter((s) => where.statuses!.includes(s));
}

// ───────────────────────────── the page ─────────────────────────────

export type TInboxRow = {
  id: string;
  registrationNumber: string;
  service: { slug: string; titleRo: string; titleEn: string };
  applicantName: string;
  submittedAt: Date;
  dueAt: Date;
  status: TInboxStatus;
  assignee: { id: string; name: string } | null;
  /** Since when the term stands still (the city hall waits for the applicant); null: it runs. */
  termSuspendedSince: Date | null;
  /** When the request was marked as tacitly approved (its term ended unanswered). */
  tacitApprovedAt: Date | null;
};

export type TInboxPage = { rows: TInboxRow[]; nextCursor: string | null };

type TRawRow = {
  id: string;
  registrationNumber: string | null;
  applicantName: string | null;
  submittedAt: Date;
  dueAt: Date;
  status: string;
  serviceSlug: string;
  titleRo: string;
  titleEn: string;
  assigneeId: string | null;
  assigneeName: string | null;
  termSuspendedSince: Date | null;
  tacitApprovedAt: Date | null;
};

/**
 * One page of the inbox, in one query (service and assignee joined), by keyset: sort 'due' is
 * (dueAt, id) ascending, 'submitted' is (submittedAt, id) descending. `nextCursor` is null on the
 * last page.
 *
 * Sorted by due date, the overdue requests come first (their ends are the earliest). A request
 * whose term stands still keeps its place by the end as it stood when it stopped (its `dueAt`
 * moves by the stopped days once it runs again): it is marked "termen suspendat", never overdue,
 * and the keyset stays one index range.
 */
export async function listInbox(user: TStaff, query: TInboxQuery, pageSize = 25): Promise<TInboxPage> {
  const take = Math.min(Math.max(1, Math.floor(pageSize)), 200);
  const where = await buildWhere(user, query, new Date());
  if (!where) return { rows: [], nextCursor: null };
  const statuses = pageStatuses(where, query.status);
  if (statuses && statuses.length === 0) return { rows: [], nextCursor: null };

  const due = query.sort === 'due';
  const cursor = decodeInboxCursor(query.after, query.sort);
  // Every filed request has both dates (set by the submission together with the status); the
  // IS NOT NULL only keeps the keyset well-defined.
  const conditions = [where.base, due ? Prisma.sql`r."dueAt" IS NOT NULL` : Prisma.sql`r."submittedAt" IS NOT NULL`];
  if (statuses) conditions.push(statuses.length === 1 ? Prisma.sql`r.status = ${statusLiteral(statuses[0]!)}` : Prisma.sql`r.status IN ${statusList(statuses)}`);
  // A name search among open requests starts from their partial trigram index; among all of them
  // the planner chooses (walking the due-date index is best for a common name).
  let from = TABLE;
  if (where.name && onlyOpen(statuses)) from = nameMatches(where.name, statuses);
  else if (where.name) conditions.push(where.name);
  if (cursor) {
    conditions.push(due ? Prisma.sql`(r."dueAt", r.id) > (${cursor.value}, ${cursor.id})` : Prisma.sql`(r."submittedAt", r.id) < (${cursor.value}, ${cursor.id})`);
  }
  const order = (alias: string) => Prisma.raw(due ? `${alias}."dueAt" ASC, ${alias}.id ASC` : `${alias}."submittedAt" DESC, ${alias}.id DESC`);

  // The page is chosen first, then only its rows are joined to their service and assignee.
  const found = await db.$queryRaw<TRawRow[]>`
    SELECT r.id, r."registrationNumber", r."applicantName", r."submittedAt", r."dueAt", r.status::text AS status,
           r."termSuspendedSince", r."tacitApprovedAt",
           s.slug AS "serviceSlug", s."titleRo", s."titleEn",
           r."assigneeId", COALESCE(NULLIF(concat_ws(' ', p."firstName", p."lastName"), ''), u.email) AS "assigneeName"
    FROM (
      SELECT r.id, r."registrationNumber", r."applicantName", r."submittedAt", r."dueAt", r.status, r."serviceVersionId", r."assigneeId",
             r."termSuspendedSince", r."tacitApprovedAt"
      FROM ${from}
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY ${order('r')}
      LIMIT ${take + 1}
    ) r
    JOIN "ServiceVersion" v ON v.id = r."serviceVersionId"
    JOIN "Service" s ON s.id = v."serviceId"
    LEFT JOIN "User" u ON u.id = r."assigneeId"
    LEFT JOIN "PersonProfile" p ON p."userId" = r."assigneeId"
    ORDER BY ${order('r')}`;

  const rows = found.slice(0, take).map((row): TInboxRow => ({
    id: row.id,
    registrationNumber: row.registrationNumber ?? '',
    service: { slug: row.serviceSlug, titleRo: row.titleRo, titleEn: row.titleEn },
    applicantName: row.applicantName ?? '',
    submittedAt: row.submittedAt,
    dueAt: row.dueAt,
    status: row.status as TInboxStatus,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? '' } : null,
    termSuspendedSince: row.termSuspendedSince,
    tacitApprovedAt: row.tacitApprovedAt,
  }));
  const last = rows.at(-1);
  const nextCursor = found.length > take && last ? encodeInboxCursor({ sort: query.sort, value: due ? last.dueAt : last.submittedAt, id: last.id }) : null;
  return { rows, nextCursor };
}

// ───────────────────────────── the counts ─────────────────────────────

export type TInboxCount = {
  status: TInboxStatus;
  count: number;
  /** Counting stopped: there are at least `count` (shown as "10.000+"). */
  capped: boolean;
};

/**
 * Requests per status under the same filters as the page except the status, in one query, with a
 * bounded cost however many closed requests piled up over the years: each status is counted up to
 * INBOX_COUNT_CAP (a LIMIT inside, on the status indexes). A search reads its matches once instead
 * (one pass over the trigram index rather than one per status), at most INBOX_COUNT_CAP of them; a
 * search matching more than that gives lower bounds, all marked capped.
 */
export async function countByStatus(user: TStaff, query: TInboxQuery): Promise<TInboxCount[]> {
  const where = await buildWhere(user, query, new Date());
  if (!where) return INBOX_STATUSES.map((status) => ({ status, count: 0, capped: false }));
  const counted = where.statuses ?? INBOX_STATUSES;

  if (where.searched) {
    const from = where.name ? nameMatches(where.name, where.statuses) : TABLE;
    const statusFilter = where.statuses ? Prisma.sql`AND r.status IN ${statusList(where.statuses)}` : Prisma.empty;
    const found = await db.$queryRaw<{ status: string; count: number }[]>`
      SELECT x.status::text AS status, count(*)::int AS count
      FROM (SELECT r.status FROM ${from} WHERE ${where.base} ${statusFilter} LIMIT ${INBOX_COUNT_CAP + 1}) x
      GROUP BY x.status`;
    const counts = new Map(found.map((row) => [row.status, Number(row.count)]));
    const capped = found.reduce((sum, row) => sum + Number(row.count), 0) > INBOX_COUNT_CAP;
    return INBOX_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0, capped }));
  }

  const branches = counted.map(
    (status) => Prisma.sql`
      SELECT ${statusLiteral(status)}::text AS status, count(*)::int AS count
      FROM (SELECT 1 FROM "ServiceRequest" r WHERE ${where.base} AND r.status = ${statusLiteral(status)} LIMIT ${INBOX_COUNT_CAP + 1}) x`,
  );
  const found = await db.$queryRaw<{ status: string; count: number }[]>`${Prisma.join(branches, ' UNION ALL ')}`;
  const counts = new Map(found.map((row) => [row.status, Number(row.count)]));
  return INBOX_STATUSES.map((status) => {
    const count = counts.get(status) ?? 0;
    return { status, count: Math.min(count, INBOX_COUNT_CAP), capped: count > INBOX_COUNT_CAP };
  });
}

// ───────────────────────────── the filter form's choices ─────────────────────────────

/** The departments and services this member of staff may filter on (an administrator: all). */
export async function getInboxFilterOptions(user: TStaff) {
  const { departmentIds } = await staffScope(user);
  return db.department.findMany({
    where: departmentIds ? { id: { in: [...departmentIds] } } : {},
    orderBy: { nameRo: 'asc' },
    select: { slug: true, nameRo: true, nameEn: true, services: { orderBy: [{ position: 'asc' }, { titleRo: 'asc' }], select: { slug: true, titleRo: true, titleEn: true } } },
  });
}
