/**
 * Back-office statistics over filed requests (never drafts), scoped like every staff query: an
 * administrator sees all departments, a clerk their own.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { staffScope, statusLiterals } from '@/lib/requests/staff-access';
import { ANSWERED_STATUSES, FILED_STATUSES, OPEN_STATUSES } from '@/lib/requests/workflow';
import { DAY_MS, startOfDayInRomania, TIME_ZONE, todayInRomania } from '@/lib/time';

export const STATS_PERIODS = ['30d', '12m', 'all'] as const;
export type TStatsPeriod = (typeof STATS_PERIODS)[number];

export const toStatsPeriod = (value: unknown): TStatsPeriod => ((STATS_PERIODS as readonly unknown[]).includes(value) ? (value as TStatsPeriod) : 'all');

/** When the period starts (null: since the beginning). */
function periodStart(period: TStatsPeriod, now: Date): Date | null {
  if (period === '30d') return new Date(now.getTime() - 30 * DAY_MS);
  if (period === '12m') {
    const start = new Date(now);
    start.setUTCFullYear(start.getUTCFullYear() - 1);
    return start;
  }
  return null;
}

const oneDecimal = (value: number | null) => (value === null || Number.isNaN(value) ? null : Math.round(value * 10) / 10);

export type TRequestStats = {
  /** The departments counted (null: all). */
  departmentIds: string[] | null;
  /** Their names, for the page to say what it counts (null: all). */
  departments: { nameRo: string; nameEn: string }[] | null;
  period: TStatsPeriod;
  /** Requests filed in the period. */
  filed: number;
  byStatus: { status: (typeof FILED_STATUSES)[number]; count: number }[];
  byService: { serviceId: string; titleRo: string; titleEn: string; count: number }[];
  /** Approved or rejected requests closed in the period; figures over those the portal timed (see TAnswerFigures). */
  answered: { count: number } & TAnswerFigures;
  /** The same figures for the last 12 months, oldest first, by the month (in Romania) of the answer; a month without answers is there with zeros. */
  byMonth: ({ month: string } & TAnswerFigures)[];
  /** Per service and per clerk (the assignee when the answer was given; null: nobody), answered in the period. */
  answersByService: ({ serviceId: string; titleRo: string; titleEn: string } & TAnswerFigures)[];
  answersByClerk: ({ clerkId: string | null; name: string | null } & TAnswerFigures)[];
  /** Open requests past their term now (a term standing still is not running late), whatever the period. */
  overdue: number;
};

/**
 * Answers the portal timed when they were given (answeredOnTime, answerWorkingDays; requests answered
 * before it kept legal terms have neither): how many, how many within the term, and the median and
 * 90th percentile of the working days from filing to the answer, the days the term stood still left out.
 */
export type TAnswerFigures = { timed: number; onTime: number; onTimePercent: number | null; medianWorkingDays: number | null; p90WorkingDays: number | null };

type TActor = Pick<TSessionUser, 'id' | 'role'>;

/** How many months the on-time table covers, the current one included. */
const STATS_MONTHS = 12;

/** The months (YYYY-MM, in Romania) of the on-time table, oldest first, ending with the month of `now`. */
function lastMonths(now: Date, count = STATS_MONTHS): string[] {
  const [year, month] = todayInRomania(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

type TFiguresRow = { timed: number; onTime: number; median: number | null; p90: number | null };

// Computed by PostgreSQL over the group: ordered-set aggregates skip the nulls of answerWorkingDays.
const FIGURES = Prisma.sql`
  count(r."answeredOnTime")::int AS timed,
  (count(*) FILTER (WHERE r."answeredOnTime"))::int AS "onTime",
  (percentile_cont(0.5) WITHIN GROUP (ORDER BY r."answerWorkingDays"))::float8 AS median,
  (percentile_cont(0.9) WITHIN GROUP (ORDER BY r."answerWorkingDays"))::float8 AS p90`;

const figuresOf = ({ timed, onTime, median, p90 }: TFiguresRow): TAnswerFigures => ({
  timed: Number(timed),
  onTime: Number(onTime),
  onTimePercent: Number(timed) > 0 ? oneDecimal((Number(onTime) / Number(timed)) * 100) : null,
  medianWorkingDays: oneDecimal(median),
  p90WorkingDays: oneDecimal(p90),
});

/** Per service (of the version each request was filed on), largest first by `orderBy`, then by title. */
const perService = (columns: Prisma.Sql, where: Prisma.Sql, orderBy: Prisma.Sql) => Prisma.sql`
  SELECT s.id AS "serviceId", s."titleRo", s."titleEn", ${columns}
  FROM "ServiceRequest" r
  JOIN "ServiceVersion" v ON v.id = r."serviceVersionId"
  JOIN "Service" s ON s.id = v."serviceId"
  WHERE ${where}
  GROUP BY s.id, s."titleRo", s."titleEn"
  ORDER BY ${orderBy}, s."titleRo" ASC`;

const NO_FIGURES: TAnswerFigures = { timed: 0, onTime: 0, onTimePercent: null, medianWorkingDays: null, p90WorkingDays: null };

/**
 * The numbers of the statistics page. Counts by status and service cover the requests filed in the
 * period; answer figures the requests answered (approved or rejected) in the period, by the working
 * days the engine counted when the answer was given; the months table the last 12 months whatever
 * the period; the overdue count is the state now. Every figure is aggregated by PostgreSQL.
 */
export async function getRequestStats(actor: TActor, { period, now = new Date() }: { period: TStatsPeriod; now?: Date }): Promise<TRequestStats> {
  const scope = await staffScope(actor);
  const departmentIds = scope.departmentIds === null ? null : [...scope.departmentIds];
  const departments = departmentIds === null ? null : await db.department.findMany({ where: { id: { in: departmentIds } }, select: { nameRo: true, nameEn: true }, orderBy: { nameRo: 'asc' } });
  const months = lastMonths(now);
  const empty: TRequestStats = {
    departmentIds,
    departments,
    period,
    filed: 0,
    byStatus: FILED_STATUSES.map((status) => ({ status, count: 0 })),
    byService: [],
    answered: { count: 0, ...NO_FIGURES },
    byMonth: months.map((month) => ({ month, ...NO_FIGURES })),
    answersByService: [],
    answersByClerk: [],
    overdue: 0,
  };
  // A clerk without a department (or a citizen) sees nothing; `IN ()` is not valid SQL either.
  const scopeSql = scope.sql;
  if (!scopeSql) return empty;

  const since = periodStart(period, now);
  const filedSql = since ? Prisma.sql`AND r."submittedAt" >= ${since}` : Prisma.empty;
  const closedSql = since ? Prisma.sql`AND r."closedAt" >= ${since}` : Prisma.empty;
  // Literals: the planner matches the status indexes only with literals.
  const answeredSql = Prisma.sql`${scopeSql} AND r.status IN (${statusLiterals(ANSWERED_STATUSES)}) AND r."closedAt" IS NOT NULL`;
  const timedSql = Prisma.sql`${answeredSql} AND r."answeredOnTime" IS NOT NULL`;
  const firstMonth = startOfDayInRomania(`${months[0]}-01`);

  const [statusGroups, services, answered, byMonth, answersByService, answersByClerk, overdue] = await Promise.all([
    db.serviceRequest.groupBy({
      by: ['status'],
      where: { ...scope.where, ...(since ? { submittedAt: { gte: since } } : {}) },
      _count: { _all: true },
    }),
    db.$queryRaw<{ serviceId: string; titleRo: string; titleEn: string; count: number }[]>(
      perService(Prisma.sql`count(*)::int AS count`, Prisma.sql`${scopeSql} ${filedSql}`, Prisma.raw('count DESC')),
    ),
    db.$queryRaw<({ count: number } & TFiguresRow)[]>`
      SELECT count(*)::int AS count, ${FIGURES}
      FROM "ServiceRequest" r
      WHERE ${answeredSql} ${closedSql}`,
    db.$queryRaw<({ month: string } & TFiguresRow)[]>`
      SELECT to_char((r."closedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM') AS month, ${FIGURES}
      FROM "ServiceRequest" r
      WHERE ${timedSql} AND r."closedAt" >= ${firstMonth}
      GROUP BY 1`,
    db.$queryRaw<({ serviceId: string; titleRo: string; titleEn: string } & TFiguresRow)[]>(perService(FIGURES, Prisma.sql`${timedSql} ${closedSql}`, Prisma.raw('timed DESC'))),
    db.$queryRaw<({ clerkId: string | null; name: string | null } & TFiguresRow)[]>`
      SELECT r."assigneeId" AS "clerkId",
             CASE WHEN r."assigneeId" IS NULL THEN NULL
                  ELSE coalesce(nullif(trim(concat_ws(' ', p."firstName", p."lastName")), ''), u.email) END AS name,
             ${FIGURES}
      FROM "ServiceRequest" r
      LEFT JOIN "User" u ON u.id = r."assigneeId"
      LEFT JOIN "PersonProfile" p ON p."userId" = r."assigneeId"
      WHERE ${timedSql} ${closedSql}
      GROUP BY r."assigneeId", u.email, p."firstName", p."lastName"
      ORDER BY timed DESC, name ASC NULLS LAST`,
    // Over from the second after 23:59:59 of the last day (isPastTerm); a term standing still is not late.
    db.serviceRequest.count({ where: { AND: [scope.where, { status: { in: [...OPEN_STATUSES] }, termSuspendedSince: null, dueAt: { lte: new Date(now.getTime() - 1000) } }] } }),
  ]);

  const counts = new Map(statusGroups.map((g) => [g.status, g._count._all]));
  const byStatus = FILED_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  const monthRows = new Map(byMonth.map((m) => [m.month, figuresOf(m)]));
  const answer = answered[0];
  return {
    departmentIds,
    departments,
    period,
    filed: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    byService: services.map((s) => ({ ...s, count: Number(s.count) })),
    answered: { count: Number(answer?.count ?? 0), ...(answer ? figuresOf(answer) : NO_FIGURES) },
    byMonth: months.map((month) => ({ month, ...(monthRows.get(month) ?? NO_FIGURES) })),
    answersByService: answersByService.map(({ serviceId, titleRo, titleEn, ...row }) => ({ serviceId, titleRo, titleEn, ...figuresOf(row) })),
    answersByClerk: answersByClerk.map(({ clerkId, name, ...row }) => ({ clerkId, name, ...figuresOf(row) })),
    overdue,
  };
}
