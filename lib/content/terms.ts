/**
 * Acceptance of the terms and the privacy notice. Registration records the latest version of each;
 * publishing a new one (/admin/pages) makes every citizen who has not accepted it "needs acceptance":
 * the personal space and the apply pages send them to /accept-terms, and filing a request is
 * refused until they accept. Staff are never asked.
 */
import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { TRequestInfo } from '@/lib/actions';
import type { TSessionUser } from '@/lib/auth/session-user';
import { db, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

type TActor = Pick<TSessionUser, 'id' | 'role'>;
type TTermsKind = 'TERMS' | 'PRIVACY';

const TERMS_KINDS: readonly TTermsKind[] = ['TERMS', 'PRIVACY'];

/** The latest version of the terms and of the privacy notice (those that exist). */
export async function latestTermsVersions(tx: TTransaction | typeof db = db) {
  const rows = await Promise.all(
    TERMS_KINDS.map((kind) =>
      tx.termsVersion.findFirst({
        where: { kind },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        select: { id: true, kind: true, version: true, publishedAt: true, contentPageVersion: { select: { number: true } } },
      }),
    ),
  );
  return rows.filter((row) => row !== null);
}
export type TTermsVersion = Awaited<ReturnType<typeof latestTermsVersions>>[number];

/** The latest versions `userId` has not accepted yet, oldest kind first (terms, then privacy). */
async function pendingFor(userId: string, tx: TTransaction | typeof db = db): Promise<TTermsVersion[]> {
  const latest = await latestTermsVersions(tx);
  if (latest.length === 0) return [];
  const accepted = await tx.termsAcceptance.findMany({ where: { userId, termsVersionId: { in: latest.map((v) => v.id) } }, select: { termsVersionId: true } });
  const done = new Set(accepted.map((a) => a.termsVersionId));
  return latest.filter((v) => !done.has(v.id));
}

/** What a citizen still has to accept (nothing for staff), read once per request. */
export const getPendingTerms = cache(async (userId: string, role: TActor['role']): Promise<TTermsVersion[]> => (role === 'CITIZEN' ? pendingFor(userId) : []));

/** For the pages of the personal space and of filing: a citizen with new terms to accept goes to read them first. */
export async function requireAcceptedTerms(user: TActor, nextPath: string): Promise<void> {
  if ((await getPendingTerms(user.id, user.role)).length > 0) redirect(`/accept-terms?next=${encodeURIComponent(nextPath)}`);
}

/** For server actions that file something: refuses while the citizen has not accepted the latest terms. */
export async function assertAcceptedTerms(user: TActor): Promise<void> {
  if (user.role !== 'CITIZEN') return;
  if ((await pendingFor(user.id)).length > 0) throw new AppError('contentPages.termsNotAccepted');
}

/**
 * Records the citizen's acceptance of the versions the page showed them, with the IP, as at
 * registration. A version published while they were reading is not accepted by this click: they
 * are told and shown the newer one.
 */
export async function acceptTerms(user: TActor, { termsVersionIds }: { termsVersionIds: string[] }, request: TRequestInfo): Promise<{ accepted: number }> {
  if (user.role !== 'CITIZEN') throw new AppError('forbidden');
  return db.$transaction(async (tx) => {
    const latest = await latestTermsVersions(tx);
    const latestIds = new Set(latest.map((v) => v.id));
    const shown = [...new Set(termsVersionIds)];
    if (shown.some((id) => !latestIds.has(id))) throw new AppError('contentPages.termsChanged');
    const created = await tx.termsAcceptance.createMany({ data: shown.map((termsVersionId) => ({ userId: user.id, termsVersionId, ip: request.ip })), skipDuplicates: true });
    if ((await pendingFor(user.id, tx)).length > 0) throw new AppError('contentPages.termsChanged');
    return { accepted: created.count };
  });
}
