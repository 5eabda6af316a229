/** Forgot password → emailed link (1 hour, single use) → new password; every session ends. */
import { hashPassword } from '@/lib/auth/password';
import { consumeLimit, resetLimit } from '@/lib/auth/rate-limit';
import { renderAccountEmail } from '@/lib/accounts/emails';
import { requireAcceptablePassword } from '@/lib/accounts/password-rule';
import { consumeToken, createToken } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import type { TLocale } from '@/lib/i18n/config';

/** Same answer for every address; only an active or pending account gets the email. */
export async function requestPasswordReset(email: string, { ip, locale }: { ip: string; locale: TLocale }) {
  for (const [limit, key] of [['resetIp', ip], ['resetEmail', email]] as const) {
    const state = await consumeLimit(limit, key);
    if (!state.ok) throw new AppError('rateLimited', { retryAfterSeconds: state.retryAfterSeconds });
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, status: true, locale: true } });
  if (!user || (user.status !== 'ACTIVE' && user.status !== 'PENDING_ACTIVATION')) return;
  const ids = await db.$transaction(async (tx) => {
    const token = await createToken({ userId: user.id, purpose: 'RESET_PASSWORD', tx });
    const rendered = await renderAccountEmail({ kind: 'reset', locale: user.locale ?? locale, token });
    return [await queueEmail({ ...rendered, to: email }, tx)];
  });
  await dispatchEmails(ids);
}

/** Sets the new password, ends every session, and sends a notice. */
export async function resetPassword({ token, password }: { token: string; password: string }) {
  const passwordHash = await hashPassword(password);
  const result = await db.$transaction(async (tx) => {
    const consumed = await consumeToken(token, 'RESET_PASSWORD', tx);
    if (!consumed.ok) return consumed;
    // Not the account's email or name; throwing rolls the token back, so the link still works.
    await requireAcceptablePassword(consumed.userId, password, tx);
    const user = await tx.user.update({
      where: { id: consumed.userId },
      // Opening the emailed link proves the address too.
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: new Date() },
      select: { id: true, email: true, locale: true, status: true },
    });
    if (user.status === 'PENDING_ACTIVATION') await tx.user.update({ where: { id: user.id }, data: { status: 'ACTIVE' } });
    const rendered = await renderAccountEmail({ kind: 'passwordChanged', locale: user.locale });
    return { ok: true as const, email: user.email, ids: [await queueEmail({ ...rendered, to: user.email }, tx)] };
  });
  if (!result.ok) throw new AppError(`token.${result.reason}`);
  await dispatchEmails(result.ids);
  await resetLimit('loginAccount', result.email);
}
