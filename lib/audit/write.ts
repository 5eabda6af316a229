/**
 * The audit log: who did what to which record, when and from where. Staff actions write it in the
 * same transaction as the change they record. Every row is appended to the hash chain
 * (lib/audit/chain.ts); this is the only writer of AuditLog.
 */
import { db, type TPrismaClient, type TTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TRequestInfo } from '@/lib/actions';
import { hashAuditRow } from '@/lib/audit/chain';

export type TAuditEntry = {
  actorId: string | null;
  /** Dotted verb, e.g. "request.approve", "staff.disable", "request.revealIdNumber". */
  action: string;
  entityType: 'ServiceRequest' | 'User' | 'Document' | 'Department' | 'Service' | 'ServiceCategory' | 'NewsPost' | 'ContentPage' | 'Setting' | 'CalendarDay' | 'Payment' | 'TaxImport';
  entityId: string | null;
  request?: TRequestInfo;
  details?: Prisma.InputJsonObject;
};

/**
 * The key of the transaction-scoped advisory lock that serializes the chain across every process
 * writing to this database (an arbitrary constant: "audit" in the lock space of this portal).
 */
export const AUDIT_CHAIN_LOCK = 0x61756469;

/**
 * Appends one row to the chain, inside the caller's transaction. Under the advisory lock, held
 * until that transaction commits or rolls back, nobody else can append, so:
 * - the last chained row read here is the true head (READ COMMITTED: each statement sees what was
 *   committed before it, including the row of the transaction that held the lock before us);
 * - `seq` is drawn from its sequence here, under the lock, not by the column default at some earlier
 *   moment, so seq order is the order in which rows joined the chain. A transaction that rolls back
 *   leaves a gap in seq and nothing in the chain: the next row links to the head it finds.
 * The row is inserted first and hashed then, because its id (a cuid) is made by Prisma at insert;
 * createdAt is set here (ms, as the column keeps it) so that what is hashed is what is stored.
 * The price: audited transactions queue one behind the other from their audit write to their
 * commit, so callers write the audit row last, after the change it records.
 */
async function appendAudit(entry: TAuditEntry, tx: TTransaction) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const [head] = await tx.$queryRaw<{ seq: bigint; prevHash: string | null }[]>`
    SELECT nextval(pg_get_serial_sequence('"AuditLog"', 'seq')) AS seq,
           (SELECT hash FROM "AuditLog" WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1) AS "prevHash"`;
  if (!head) throw new Error('audit: no sequence value');
  const row = {
    seq: BigInt(head.seq),
    prevHash: head.prevHash,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    ip: entry.request?.ip ?? null,
    userAgent: entry.request?.userAgent?.slice(0, 500) ?? null,
    createdAt: new Date(),
  };
  const { id } = await tx.auditLog.create({ data: { ...row, details: entry.details }, select: { id: true } });
  const hash = hashAuditRow({ ...row, id, details: entry.details ?? null });
  await tx.auditLog.update({ where: { id }, data: { hash }, select: { id: true } });
}

export async function writeAudit(entry: TAuditEntry, tx: TTransaction | typeof db = db) {
  // Called with the client rather than a transaction: a short transaction of its own holds the lock
  // (its time limit allows for waiting behind the audited transactions of others, up to 20 s each).
  if (typeof (tx as Partial<TPrismaClient>).$transaction === 'function') {
    await (tx as TPrismaClient).$transaction((inner) => appendAudit(entry, inner), { maxWait: 10_000, timeout: 30_000 });
    return;
  }
  await appendAudit(entry, tx as TTransaction);
}
