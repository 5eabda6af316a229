/**
 * The daily seal of the audit log: for each past day (Romanian time) not sealed yet, an
 * AuditDaySeal with the day's chained rows (first and last seq, count), the digest (the hash of the
 * day's last row, which covers every row before it; the previous digest for a day without rows) and
 * the city hall's seal over that statement. Run by the worker's job every hour (lib/jobs/worker.ts),
 * so that a day is sealed soon after it ends and days missed while no worker ran are caught up.
 */
import 'server-only';
import { daySealStatement } from '@/lib/audit/chain';
import { db, type TPrismaClient } from '@/lib/db';
import { sealData } from '@/lib/seal/seal';
import { nextDay, startOfDayInRomania, todayInRomania } from '@/lib/time';

/**
 * A day is sealed only this long after it ended: an audit row gets its createdAt when it is
 * written, and the transaction writing it commits a moment later.
 */
export const DAY_SEAL_GRACE_MS = 10 * 60 * 1000;

type TClient = Pick<TPrismaClient, 'auditLog' | 'auditDaySeal'>;

/** The days to seal at `now`: after the last seal (or from the chain's first day) up to the last day ended. */
async function daysToSeal(client: TClient, now: Date): Promise<string[]> {
  const lastSealable = todayInRomania(new Date(now.getTime() - DAY_SEAL_GRACE_MS));
  const lastSeal = await client.auditDaySeal.findFirst({ orderBy: { day: 'desc' }, select: { day: true } });
  let day: string;
  if (lastSeal) {
    day = nextDay(lastSeal.day);
  } else {
    const first = await client.auditLog.findFirst({ where: { hash: { not: null } }, orderBy: { seq: 'asc' }, select: { createdAt: true } });
    if (!first) return [];
    day = todayInRomania(first.createdAt);
  }
  const days: string[] = [];
  // Before lastSealable: that day is still running (or ended less than the grace ago).
  for (; day < lastSealable; day = nextDay(day)) days.push(day);
  return days;
}

/**
 * Seals every past day not sealed yet, oldest first, one at a time (a run that stops half way
 * resumes where it stopped). Idempotent: the day is the seal's id and an existing seal is never
 * replaced, so two runs at once write each day once. Returns the days sealed.
 */
export async function sealAuditDays(now: Date = new Date(), client: TClient = db): Promise<string[]> {
  const sealed: string[] = [];
  for (const day of await daysToSeal(client, now)) {
    const where = { hash: { not: null }, createdAt: { gte: startOfDayInRomania(day), lt: startOfDayInRomania(nextDay(day)) } };
    const stats = await client.auditLog.aggregate({ where, _count: { _all: true }, _min: { seq: true }, _max: { seq: true } });
    const lastSeq = stats._max.seq;
    let digest: string;
    if (lastSeq === null) {
      const previous = await client.auditDaySeal.findFirst({ where: { day: { lt: day } }, orderBy: { day: 'desc' }, select: { digest: true } });
      // The first day sealed always has rows (it is the chain's first day): an empty day has a previous one.
      digest = previous?.digest ?? '';
    } else {
      digest = (await client.auditLog.findUniqueOrThrow({ where: { seq: lastSeq }, select: { hash: true } })).hash as string;
    }
    const seal = { day, firstSeq: stats._min.seq, lastSeq, rowCount: stats._count._all, digest };
    const { cms, certificatePem } = await sealData(daySealStatement(seal));
    const { count } = await client.auditDaySeal.createMany({
      data: [{ ...seal, signature: Buffer.from(cms).toString('base64'), certificate: certificatePem }],
      skipDuplicates: true,
    });
    if (count > 0) sealed.push(day);
  }
  return sealed;
}
