/**
 * The invitee's side of a staff invitation: the emailed link (7 days, single use) opens a page where
 * they choose a password under the account rules; the account then becomes active and verified.
 */
import 'server-only';
import { consumeToken, hashToken, peekToken } from '@/lib/accounts/tokens';
import { requireAcceptablePassword } from '@/lib/accounts/password-rule';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TAcceptInvite } from '@/lib/staff/schemas';

export type TInviteState = { ok: true; email: string; name: string } | { ok: false; reason: 'invalid' | 'expired' | 'used' };

/** Looks the invitation up without using it, so that the page shows the form only for a live link. */
export async function peekInvite(token: string): Promise<TInviteState> {
  const state = await peekToken(token, 'INVITE');
  if (!state.ok) return state;
  const row = await db.verificationToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { user: { select: { email: true, status: true, personProfile: { select: { firstName: true, lastName: true } } } } },
  });
  if (!row) return { ok: false, reason: 'invalid' };
  // A disabled account's links are spent when it is disabled; this is the second lock.
  if (row.user.status !== 'PENDING_ACTIVATION') return { ok: false, reason: 'used' };
  const profile = row.user.personProfile;
  return { ok: true, email: row.user.email, name: profile ? `${profile.firstName} ${profile.lastName}` : row.user.email };
}

/** Sets the invitee's password with the token (single use); the account becomes active and its email verified. */
export async function acceptInvite(input: TAcceptInvite, { request }: { request?: TRequestInfo } = {}): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const consumed = await consumeToken(input.token, 'INVITE', tx);
    if (!consumed.ok) throw new AppError(`token.${consumed.reason}`);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: consumed.userId },
      select: { id: true, email: true, status: true },
    });
    if (user.status !== 'PENDING_ACTIVATION') throw new AppError('token.used');
    // The same rule as at sign-up: not the email or the name (throwing rolls the token back).
    await requireAcceptablePassword(user.id, input.password, tx);
    const updated = await tx.user.updateMany({
      where: { id: user.id, status: 'PENDING_ACTIVATION' },
      data: { passwordHash, status: 'ACTIVE', emailVerifiedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('token.used');
    await writeAudit({ actorId: user.id, action: 'staff.acceptInvite', entityType: 'User', entityId: user.id, request }, tx);
    return { email: user.email };
  });
}
