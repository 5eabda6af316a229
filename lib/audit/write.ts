/**
 * The audit log: who did what to which record, when and from where. Staff actions write it in the
 * same transaction as the change they record.
 */
import { db, type TTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TRequestInfo } from '@/lib/actions';

export type TAuditEntry = {
  actorId: string | null;
  /** Dotted verb, e.g. "request.approve", "staff.disable", "request.revealIdNumber". */
  action: string;
  entityType: 'ServiceRequest' | 'User' | 'Document' | 'Department' | 'Service' | 'ServiceCategory' | 'NewsPost' | 'ContentPage' | 'Setting' | 'CalendarDay';
  entityId: string | null;
  request?: TRequestInfo;
  details?: Prisma.InputJsonObject;
};

export async function writeAudit(entry: TAuditEntry, tx: TTransaction | typeof db = db) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ip: entry.request?.ip ?? null,
      userAgent: entry.request?.userAgent?.slice(0, 500) ?? null,
      details: entry.details,
    },
  });
}
