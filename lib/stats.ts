/**
 * Back-office statistics over filed requests (never drafts), scoped like every staff query: an
 * administrator sees all departments, a clerk their own.
 */
import 'server-only';
import type { TSessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { staffScope } from '@/lib/requests/staff-access';
import { ANSWERED_STATUSES, FILED_STATUSES, OPEN_STATUSES } from '@/lib/requests/workflow';
import { DAY_MS } from '@/lib/time';

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
  /** Approved or rejected requests closed in the period: time from filing to the answer, in days. */
  answered: { count: number; averageDays: number | null; p90Days: number | null };
  /** Open requests past their due date now, whatever the period. */
  overdue: number;
};

type TActor = Pick<TSessionUser, 'id' | 'role'>;

/**
 * The numbers of the statistics page. Counts by status and service cover the requests filed in the
 * period; answer times the requests answered (approved or rejected) in the period; the overdue count
 * is the state now.
 */
export async function getRequestStats(actor: TActor, { period, now = new Date() }: { period: TStatsPeriod; now?: Date }): Promise<TRequestStats> {
  const scope = await staffScope(actor);
  const departmentIds = scope.departmentIds === null ? null : [...scope.departmentIds];
  const departments = departmentIds === null ? null : await db.department.findMany({ where: { id: { in: departmentIds } }, select: { nameRo: true, nameEn: true }, orderBy: { nameRo: 'asc' } });
  const empty: TRequestStats = {
    departmentIds,
    departments,
    period,
    filed: 0,
    byStatus: FILED_STATUSES.map((status) => ({ status, count: 0 })),
    byService: [],
    answered: { count: 0, averageDays: null, p90Days: null },
    overdue: 0,
  };
  // A clerk without a department (or a citizen) sees nothing; `IN ()` is not valid SQL either.
  const scopeSql = scope.sql;
  if (!scopeSql) return empty;

  const since = periodStart(period, now);
  const filedSql = since ? Prisma.sql`AND r."submittedAt" >= ${since}` : Prisma.empty;
  const closedSql = since ? Prisma.sql`AND r."closedAt" >= ${since}` : Prisma.empty;

  const [statusGroups, services, answered, overdue] = await Promise.all([
    db.serviceRequest.groupBy({
      by: ['status'],
      where: { ...scope.where, ...(since ? { submittedAt: { gte: since } } : {}) },
      _count: { _all: true },
    }),
    db.$queryRaw<{ serviceId: string; titleRo: string; titleEn: string; count: number }[]>`
      SELECT s.id AS "serviceId", s."titleRo", s."titleEn", count(*)::int AS count
      FROM "ServiceRequest" r
      JOIN "ServiceVersion" v ON v.id = r."serviceVersionId"
      JOIN "Service" s ON s.id = v."serviceId"
      WHERE ${scopeSql} ${filedSql}
      GROUP BY s.id, s."titleRo", s."titleEn"
      ORDER BY count DESC, s."titleRo" ASC`,
    db.$queryRaw<{ count: number; average: number | null; p90: number | null }[]>`
      SELECT count(*)::int AS count,
             (avg(EXTRACT(EPOCH FROM (r."closedAt" - r."submittedAt"))) / 86400)::float8 AS average,
             (percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (r."closedAt" - r."submittedAt"))) / 86400)::float8 AS p90
      FROM "ServiceRequest" r
      WHERE ${scopeSql} AND r.status IN (${Prisma.join(ANSWERED_STATUSES)}) AND r."submittedAt" IS NOT NULL AND r."closedAt" IS NOT NULL ${closedSql}`,
    db.serviceRequest.count({ where: { AND: [scope.where, { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now } }] } }),
  ]);

  const counts = new Map(statusGroups.map((g) => [g.status, g._count._all]));
  const byStatus = FILED_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  const answer = answered[0];
  return {
    departmentIds,
    departments,
    period,
    filed: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    byService: services.map((s) => ({ ...s, count: Number(s.count) })),
    answered: { count: Number(answer?.count ?? 0), averageDays: oneDecimal(answer?.average ?? null), p90Days: oneDecimal(answer?.p90 ?? null) },
    overdue,
  };
}
