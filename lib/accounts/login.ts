/** Email + password sign-in, with rate limits and no account enumeration. */
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { consumeLimit, peekLimit, resetLimit } from '@/lib/auth/rate-limit';
import { ZLoginSchema } from '@/lib/accounts/schemas';
import { db } from '@/lib/db';

/** Error codes the login form translates (`errors.<code>`); RATE_LIMITED carries `:<seconds>`. */
export const LOGIN_ERRORS = ['INVALID_CREDENTIALS', 'NOT_ACTIVATED', 'DISABLED', 'RATE_LIMITED'] as const;

/** Whether an error is one of those codes (the only errors the browser may see). */
export function isLoginError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const [code, seconds] = error.message.split(':');
  return (LOGIN_ERRORS as readonly string[]).includes(code ?? '') && (seconds === undefined || /^\d+$/.test(seconds));
}

// Verifying against this when the email is unknown makes both answers take the same time.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password-just-for-timing'));

export async function authenticate({ email, password, ip }: { email: unknown; password: unknown; ip: string }) {
  const parsed = ZLoginSchema.safeParse({ email, password });
  if (!parsed.success) throw new Error('INVALID_CREDENTIALS');
  const { email: address, password: secret } = parsed.data;
  const accountIpKey = `${address}|${ip}`;

  for (const [limit, key] of [['loginAccountIp', accountIpKey], ['loginIp', ip], ['loginAccount', address]] as const) {
    const state = await peekLimit(limit, key);
    if (!state.ok) throw new Error(`RATE_LIMITED:${state.retryAfterSeconds}`);
  }

  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, passwordHash: true, status: true, role: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), secret);
  if (!user || !user.passwordHash || !valid || user.status === 'DELETED') {
    await Promise.all([consumeLimit('loginAccountIp', accountIpKey), consumeLimit('loginIp', ip), consumeLimit('loginAccount', address)]);
    throw new Error('INVALID_CREDENTIALS');
  }
  // Only someone who knows the password learns that the account is not active.
  if (user.status === 'PENDING_ACTIVATION') throw new Error('NOT_ACTIVATED');
  if (user.status === 'DISABLED') throw new Error('DISABLED');

  await resetLimit('loginAccountIp', accountIpKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return user;
}
