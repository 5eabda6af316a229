/**
 * Reading the audit log (administrators only): newest first, filtered by person, request, action
 * and day, in pages of 50 with keyset pagination on (createdAt, id) so that a page stays cheap and
 * stable however far back it is and however many rows are written meanwhile.
 */
import 'server-only';
import { z } from 'zod';
import type { TSessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseRegistrationNumber } from '@/lib/requests/registration-number';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { nextDay, startOfDayInRomania, ZDaySchema } from '@/lib/time';

export const AUDIT_PAGE_SIZE = 50;

const FILTER_FIELDS = {
  person: z.string().trim().min(1).max(100),
  request: z.string().trim().min(1).max(40),
  action: z.string().trim().min(1).max(60),
  from: ZDaySchema,
  to: ZDaySchema,
  after: z.string().min(1).max(200),
  before: z.string().min(1).max(200),
};

export type TAuditFilter = Partial<Record<keyof typeof FILTER_FIELDS, string>>;

/** The filters from the page's query string; an empty or malformed value is ignored. */
export function parseAuditFilter(params: TSearchParams): TAuditFilter {
  const filter: TAuditFilter = {};
  for (const [key, schema] of Object.entries(FILTER_FIELDS) as [keyof typeof FILTER_FIELDS, z.ZodType<string>][]) {
    const parsed = schema.safeParse(firstParam(params[key]));
    if (parsed.success) filter[key] = parsed.data;
  }
  return filter;
}

type TCursor = { createdAt: Date; id: string };

export const encodeCursor = ({ createdAt, id }: TCursor) => Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');

function decodeCursor(value: string | undefined): TCursor | null {
  if (!value) return null;
  const [iso, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}

/** The actor filter: every word typed must be in the email, first name or last name. */
function personWhere(person: string): Prisma.AuditLogWhereInput {
  const words = person.split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    AND: words.map((word) => ({
      actor: {
        OR: [
          { email: { contains: word, mode: 'insensitive' as const } },
          { personProfile: { firstName: { contains: word, mode: 'insensitive' as const } } },
          { personProfile: { lastName: { contains: word, mode: 'insensitive' as const } } },
        ],
      },
    })),
  };
}

type TActor = Pick<TSessionUser, 'id' | 'role'>;

export type TAuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  details: Prisma.JsonValue | null;
  actor: { id: string; email: string; name: string | null } | null;
  /** For a ServiceRequest: its registration number; for a User: their email. */
  entityLabel: string | null;
  /** Whether a User entity is a member of staff (its page exists). */
  entityIsStaff: boolean;
};

export type TAuditPage = { rows: TAuditRow[]; newer: string | null; older: string | null };

/**
 * One page of the audit log with the filters. `after` (older rows) and `before` (newer rows) are
 * cursors given by a previous page; none means the newest page.
 */
export async function listAuditLog(actor: TActor, filter: TAuditFilter, pageSize = AUDIT_PAGE_SIZE): Promise<TAuditPage> {
  if (actor.role !== 'ADMIN') throw new AppError('forbidden');
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.person) and.push(personWhere(filter.person));
  if (filter.request) {
    // Read as people type it ("rmn 2026 7"), like the inbox.
    const number = parseRegistrationNumber(filter.request)?.value;
    const request = number ? await db.serviceRequest.findUnique({ where: { registrationNumber: number }, select: { id: true } }) : null;
    // An unknown number matches nothing (not "no filter").
    if (!request) return { rows: [], newer: null, older: null };
    and.push({ entityType: 'ServiceRequest', entityId: request.id });
  }
  if (filter.action) and.push({ action: filter.action });
  if (filter.from) and.push({ createdAt: { gte: startOfDayInRomania(filter.from) } });
  if (filter.to) and.push({ createdAt: { lt: startOfDayInRomania(nextDay(filter.to)) } });

  const after = decodeCursor(filter.after);
  const before = after ? null : decodeCursor(filter.before);
  if (after) and.push({ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] });
  if (before) and.push({ OR: [{ createdAt: { gt: before.createdAt } }, { createdAt: before.createdAt, id: { gt: before.id } }] });

  const direction = before ? 'asc' : 'desc';
  const found = await db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      ip: true,
      details: true,
      actor: { select: { id: true, email: true, personProfile: { select: { firstName: true, lastName: true } } } },
    },
  });
  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (before) page.reverse();

  const ids = (type: string) => [...new Set(page.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId as string))];
  const [requests, users] = await Promise.all([
    db.serviceRequest.findMany({ where: { id: { in: ids('ServiceRequest') } }, select: { id: true, registrationNumber: true } }),
    db.user.findMany({ where: { id: { in: ids('User') } }, select: { id: true, email: true, role: true } }),
  ]);
  const requestLabels = new Map(requests.map((r) => [r.id, r.registrationNumber]));
  const userLabels = new Map(users.map((u) => [u.id, u]));

  const rows: TAuditRow[] = page.map((row) => {
    const profile = row.actor?.personProfile;
    const user = row.entityType === 'User' && row.entityId ? userLabels.get(row.entityId) : undefined;
    return {
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      ip: row.ip,
      details: row.details,
      actor: row.actor ? { id: row.actor.id, email: row.actor.email, name: profile ? `${profile.firstName} ${profile.lastName}` : null } : null,
      entityLabel: row.entityType === 'ServiceRequest' && row.entityId ? (requestLabels.get(row.entityId) ?? null) : (user?.email ?? null),
      entityIsStaff: user ? user.role === 'CLERK' || user.role === 'ADMIN' : false,
    };
  });

  const first = rows[0];
  const last = rows[rows.length - 1];
  // Going back (before) there are always older rows: the page we came from.
  const older = last && (before || hasMore) ? encodeCursor(last) : null;
  const newer = first && (after || (before && hasMore)) ? encodeCursor(first) : null;
  return { rows, newer, older };
}
