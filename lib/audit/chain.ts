/**
 * The audit log's hash chain. Each row holds the SHA-256 of its own content together with the hash
 * of the row before it (by `seq`), so editing a row breaks its hash and deleting or inserting one
 * breaks the link of the row after it; an attacker who rewrites a row and every hash after it is
 * caught by the daily seals (AuditDaySeal: the day's last hash, signed with the city hall's seal
 * key, which the database does not hold). Rows written before the chain began carry no hash and
 * are counted as such, not as broken.
 *
 * What the chain cannot show on its own: rows cut off at the very end of the log since the last
 * day seal (there is no row after them whose link would break).
 */
import { createHash } from 'node:crypto';
import type { TPrismaClient, TTransaction } from '@/lib/db';
import { formatDateTime, nextDay, startOfDayInRomania, todayInRomania } from '@/lib/time';

/** What a row's hash covers: every column but the hash itself. */
export type TChainedRow = {
  seq: bigint;
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: unknown;
  createdAt: Date;
  prevHash: string | null;
};

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/**
 * JSON with the object keys sorted at every depth. PostgreSQL's jsonb keeps keys in its own order
 * (shorter first), so the details read back are not in the order they were written: both sides hash
 * this form. The first JSON round trip makes the value what the database keeps (undefined dropped,
 * dates as their ISO text).
 */
export function canonicalJson(value: unknown): string {
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  return JSON.stringify(sortKeys(plain));
}

/** The row's hash: SHA-256 (hex) of the canonical JSON of its content and the previous row's hash. */
export function hashAuditRow(row: TChainedRow): string {
  const content = {
    seq: row.seq.toString(),
    id: row.id,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    ip: row.ip,
    userAgent: row.userAgent,
    details: row.details ?? null,
    createdAt: row.createdAt.toISOString(),
    prevHash: row.prevHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/**
 * What a day seal signs: the day, the rows it counts and the last hash. Signing the whole statement
 * (not only the digest) means the count and the range cannot be changed under a valid signature.
 */
export function daySealStatement(seal: { day: string; firstSeq: bigint | null; lastSeq: bigint | null; rowCount: number; digest: string }): Uint8Array {
  const statement = { day: seal.day, firstSeq: seal.firstSeq?.toString() ?? null, lastSeq: seal.lastSeq?.toString() ?? null, rowCount: seal.rowCount, digest: seal.digest };
  return new TextEncoder().encode(`audit-day-seal:${canonicalJson(statement)}`);
}

// ───────────────────────────── verification ─────────────────────────────

export type TChainBreak = { seq: bigint; id: string; createdAt: Date; reason: 'hash' | 'link' | 'missing' };
export type TSealBreak = { day: string; reason: 'digest' | 'signature' | 'count' };

export type TChainReport =
  | { ok: true; rows: number; unchained: number; lastSeq: bigint | null; lastAt: Date | null; sealedDays: number }
  | { ok: false; brokenAt: TChainBreak; brokenSeal?: undefined }
  | { ok: false; brokenSeal: TSealBreak; brokenAt?: undefined };

type TClient = Pick<TPrismaClient | TTransaction, 'auditLog' | 'auditDaySeal'>;

const PAGE = 1000;

const ROW_SELECT = { seq: true, id: true, actorId: true, action: true, entityType: true, entityId: true, ip: true, userAgent: true, details: true, createdAt: true, prevHash: true, hash: true } as const;

/** Days of the walk, computed once per day boundary rather than once per row. */
function dayTracker() {
  let day = '';
  let start = 0;
  let end = 0;
  return (at: Date) => {
    const time = at.getTime();
    if (time < start || time >= end) {
      day = todayInRomania(at);
      start = startOfDayInRomania(day).getTime();
      end = startOfDayInRomania(nextDay(day)).getTime();
    }
    return day;
  };
}

/**
 * Walks the audit log in `seq` order, a page at a time (keyset on seq), checking each row's hash
 * and its link to the row before, then each day seal (its signature, and that its digest is the
 * hash of that day's last row). Returns the first break, in that order. `from`: start at this seq
 * (its link is checked against the row before it); the day seals' row counts are then not checked.
 */
export async function verifyChain(client: TClient, { from }: { from?: bigint } = {}): Promise<TChainReport> {
  let previous: { hash: string | null } | null = null;
  if (from !== undefined) {
    previous = await client.auditLog.findFirst({ where: { seq: { lt: from } }, orderBy: { seq: 'desc' }, select: { hash: true } });
  }
  // Chained rows seen; the chain begins with the first row that has a hash.
  let chainStarted = previous?.hash != null;
  let previousHash = previous?.hash ?? null;
  let rows = 0;
  let unchained = 0;
  let last: { seq: bigint; createdAt: Date } | null = null;
  const dayOf = dayTracker();
  const perDay = new Map<string, number>();
  let cursor = from === undefined ? null : from - 1n;

  for (;;) {
    const page = await client.auditLog.findMany({ where: cursor === null ? {} : { seq: { gt: cursor } }, orderBy: { seq: 'asc' }, take: PAGE, select: ROW_SELECT });
    for (const row of page) {
      const at = { seq: row.seq, id: row.id, createdAt: row.createdAt };
      if (row.hash === null) {
        if (chainStarted) return { ok: false, brokenAt: { ...at, reason: 'missing' } };
        unchained += 1;
        continue;
      }
      if (hashAuditRow(row) !== row.hash) return { ok: false, brokenAt: { ...at, reason: 'hash' } };
      if (row.prevHash !== previousHash) return { ok: false, brokenAt: { ...at, reason: 'link' } };
      chainStarted = true;
      previousHash = row.hash;
      rows += 1;
      last = { seq: row.seq, createdAt: row.createdAt };
      const day = dayOf(row.createdAt);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    if (page.length < PAGE) break;
    cursor = page[page.length - 1]!.seq;
  }

  const seals = await client.auditDaySeal.findMany({ orderBy: { day: 'asc' } });
  // Loaded here, not at the top: every audit writer imports this module for the hashing alone.
  const { verifySealedData } = await import('@/lib/seal/seal');
  let previousDigest: string | null = null;
  for (const seal of seals) {
    if (!(await verifySealedData(daySealStatement(seal), Buffer.from(seal.signature, 'base64'))).valid) {
      return { ok: false, brokenSeal: { day: seal.day, reason: 'signature' } };
    }
    if (seal.lastSeq === null) {
      // A day without rows carries the digest of the day before.
      if (previousDigest !== null && seal.digest !== previousDigest) return { ok: false, brokenSeal: { day: seal.day, reason: 'digest' } };
    } else {
      const lastRow = await client.auditLog.findUnique({ where: { seq: seal.lastSeq }, select: { hash: true } });
      if (lastRow?.hash !== seal.digest) return { ok: false, brokenSeal: { day: seal.day, reason: 'digest' } };
    }
    if (from === undefined && (perDay.get(seal.day) ?? 0) !== seal.rowCount) return { ok: false, brokenSeal: { day: seal.day, reason: 'count' } };
    previousDigest = seal.digest;
  }

  return { ok: true, rows, unchained, lastSeq: last?.seq ?? null, lastAt: last?.createdAt ?? null, sealedDays: seals.length };
}

const BREAK_REASONS: Record<TChainBreak['reason'], string> = {
  hash: 'conținutul nu corespunde hash-ului (rândul a fost modificat)',
  link: 'hash-ul rândului anterior nu corespunde (un rând a fost șters sau inserat înaintea lui)',
  missing: 'rândul nu are hash (a fost scris ocolind jurnalul)',
};

const SEAL_REASONS: Record<TSealBreak['reason'], string> = {
  digest: 'amprenta sigilată nu corespunde ultimului rând al zilei',
  signature: 'semnătura sigiliului nu este validă',
  count: 'numărul de rânduri al zilei diferă de cel sigilat',
};

/** The report in Romanian, as `npm run audit:verify` prints it. */
export function describeChainReport(report: TChainReport): string {
  if (report.ok) {
    const head = `Jurnalul de audit este intact: ${report.rows} rânduri`;
    const lastLine = report.lastSeq === null || !report.lastAt ? '' : `, ultimul #${report.lastSeq} din ${formatDateTime(report.lastAt, 'ro', { seconds: true })}`;
    const seals = `; ${report.sealedDays} ${report.sealedDays === 1 ? 'zi sigilată' : 'zile sigilate'}`;
    const unchained = report.unchained > 0 ? `; ${report.unchained} rânduri mai vechi decât lanțul, fără hash` : '';
    return `${head}${lastLine}${seals}${unchained}.`;
  }
  if (report.brokenAt) {
    const { seq, id, createdAt, reason } = report.brokenAt;
    return `Legătură ruptă la rândul #${seq} (id ${id}, data ${formatDateTime(createdAt, 'ro', { seconds: true })}): ${BREAK_REASONS[reason]}.`;
  }
  const [year, month, day] = report.brokenSeal.day.split('-');
  return `Sigiliul zilei ${day}.${month}.${year} nu corespunde: ${SEAL_REASONS[report.brokenSeal.reason]}.`;
}

/** What the CLI does: verifies and says so; exit code 1 when the log is broken. */
export async function runAuditVerify(client: TClient): Promise<{ exitCode: 0 | 1; message: string }> {
  const report = await verifyChain(client);
  return { exitCode: report.ok ? 0 : 1, message: describeChainReport(report) };
}
