/**
 * Single-use tokens for emailed links (activation, password reset, email change, staff invitation).
 * The random token (256 bits) is only ever in the link; the database keeps its SHA-256.
 */
import crypto from 'node:crypto';
import { db, type TTransaction } from '@/lib/db';
import type { TokenPurpose } from '@/lib/generated/prisma/client';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  ACTIVATE: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
  CHANGE_EMAIL: 24 * 60 * 60_000,
  INVITE: 7 * 24 * 60 * 60_000,
};

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function createToken({
  userId,
  purpose,
  payload,
  tx = db,
}: {
  userId: string;
  purpose: TokenPurpose;
  payload?: Record<string, string>;
  tx?: TTransaction | typeof db;
}): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  // A new link replaces the older unused ones of the same purpose.
  await tx.verificationToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await tx.verificationToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), payload, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

export type TConsumedToken =
  | { ok: true; userId: string; payload: Record<string, string> | null }
  | { ok: false; reason: 'invalid' | 'expired' | 'used'; userId?: string };

/**
 * Marks the token used, atomically (two clicks on one link: only one wins). With `userId`, only that
 * user's token counts: anyone else's click leaves it unused.
 */
export async function consumeToken(token: string, purpose: TokenPurpose, tx: TTransaction | typeof db = db, userId?: string): Promise<TConsumedToken> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: 'invalid' };
  const tokenHash = hashToken(token);
  const claimed = await tx.verificationToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() }, ...(userId ? { userId } : {}) },
    data: { usedAt: new Date() },
  });
  const row = await tx.verificationToken.findUnique({ where: { tokenHash }, select: { userId: true, purpose: true, payload: true, expiresAt: true } });
  if (!row || row.purpose !== purpose || (userId && row.userId !== userId)) return { ok: false, reason: 'invalid' };
  if (claimed.count === 1) return { ok: true, userId: row.userId, payload: row.payload as Record<string, string> | null };
  return { ok: false, reason: row.expiresAt <= new Date() ? 'expired' : 'used', userId: row.userId };
}

/** Looks a token up without using it (to show the reset form only for a live link). */
export async function peekToken(token: string, purpose: TokenPurpose) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false as const, reason: 'invalid' as const };
  const row = await db.verificationToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { purpose: true, usedAt: true, expiresAt: true } });
  if (!row || row.purpose !== purpose) return { ok: false as const, reason: 'invalid' as const };
  if (row.usedAt) return { ok: false as const, reason: 'used' as const };
  if (row.expiresAt <= new Date()) return { ok: false as const, reason: 'expired' as const };
  return { ok: true as const };
}
