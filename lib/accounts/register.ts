/**
 * Registration and activation. The answer to "register" is the same whether or not the email is
 * already used; the owner of an existing address gets an email instead of a second account.
 */
import { hashPassword } from '@/lib/auth/password';
import { consumeLimit } from '@/lib/auth/rate-limit';
import { renderAccountEmail } from '@/lib/accounts/emails';
import type { TRegister } from '@/lib/accounts/schemas';
import { consumeToken, createToken } from '@/lib/accounts/tokens';
import { toAddressColumns } from '@/lib/accounts/validation';
import { db, isPrismaError } from '@/lib/db';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import type { TLocale } from '@/lib/i18n/config';

export async function currentTermsVersionIds(tx: Pick<typeof db, 'termsVersion'> = db) {
  const [terms, privacy] = await Promise.all(
    (['TERMS', 'PRIVACY'] as const).map((kind) => tx.termsVersion.findFirst({ where: { kind }, orderBy: { publishedAt: 'desc' }, select: { id: true } })),
  );
  return [terms?.id, privacy?.id].filter((id): id is string => Boolean(id));
}

function profileName(input: TRegister) {
  return input.accountType === 'PERSON' ? `${input.firstName} ${input.lastName}` : input.organizationName;
}

/** Sends the activation link again to an account that is still pending (same answer otherwise). */
async function emailExistingOwner(email: string, locale: TLocale) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, status: true, locale: true } });
  if (!user || user.status === 'DELETED') return;
  const ids = await db.$transaction(async (tx) => {
    const pending = user.status === 'PENDING_ACTIVATION';
    const token = pending ? await createToken({ userId: user.id, purpose: 'ACTIVATE', tx }) : undefined;
    const rendered = await renderAccountEmail({ kind: pending ? 'existingPending' : 'existingAccount', locale: user.locale ?? locale, token });
    return [await queueEmail({ ...rendered, to: email }, tx)];
  });
  await dispatchEmails(ids);
}

export async function registerAccount(input: TRegister, { ip, locale }: { ip: string; locale: TLocale }): Promise<void> {
  const limit = await consumeLimit('registerIp', ip);
  if (!limit.ok) throw new AppError('rateLimited', { retryAfterSeconds: limit.retryAfterSeconds });

  // Hash first in every case, so that an existing address does not answer faster.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return emailExistingOwner(input.email, locale);

  const address = toAddressColumns(input.address);
  try {
    const ids = await db.$transaction(async (tx) => {
      const termsIds = await currentTermsVersionIds(tx);
      const user = await tx.user.create({
        data: {
          email: input.email,
          passwordHash,
          role: 'CITIZEN',
          accountType: input.accountType,
          status: 'PENDING_ACTIVATION',
          locale,
          termsAcceptances: { create: termsIds.map((termsVersionId) => ({ termsVersionId, ip })) },
          ...(input.accountType === 'PERSON'
            ? { personProfile: { create: { firstName: input.firstName, lastName: input.lastName, cnp: input.cnp, phone: input.phone, ...address } } }
            : {
                organizationProfile: {
                  create: {
                    name: input.organizationName,
                    cui: input.cui,
                    tradeRegisterNumber: input.accountType === 'COMPANY' ? input.tradeRegisterNumber : null,
                    representativeName: input.representativeName,
                    representativeRole: input.accountType === 'COMPANY' ? input.representativeRole : null,
                    phone: input.phone,
                    ...address,
                  },
                },
              }),
        },
        select: { id: true },
      });
      const token = await createToken({ userId: user.id, purpose: 'ACTIVATE', tx });
      const rendered = await renderAccountEmail({ kind: 'activation', locale, name: profileName(input), token });
      return [await queueEmail({ ...rendered, to: input.email }, tx)];
    });
    await dispatchEmails(ids);
  } catch (error) {
    // Two submissions at once with the same new email: the second one lost the race.
    if (isPrismaError(error, 'P2002')) return;
    throw error;
  }
}

export type TActivationResult = { ok: true } | { ok: false; reason: 'invalid' | 'expired' | 'used' };

export async function activateAccount(token: string): Promise<TActivationResult> {
  return db.$transaction(async (tx) => {
    const consumed = await consumeToken(token, 'ACTIVATE', tx);
    if (!consumed.ok) {
      // A used link of an account that is now active is good news, not an error.
      if (consumed.reason === 'used' && consumed.userId) {
        const user = await tx.user.findUnique({ where: { id: consumed.userId }, select: { status: true } });
        if (user?.status === 'ACTIVE') return { ok: false, reason: 'used' };
      }
      return { ok: false, reason: consumed.reason };
    }
    await tx.user.updateMany({
      where: { id: consumed.userId, status: 'PENDING_ACTIVATION' },
      data: { status: 'ACTIVE', emailVerifiedAt: new Date() },
    });
    return { ok: true };
  });
}

/** "Resend activation email": same answer for every address; rate limited per address and IP. */
export async function resendActivation(email: string, { ip, locale }: { ip: string; locale: TLocale }) {
  for (const [limit, key] of [['activationIp', ip], ['activationEmail', email]] as const) {
    const state = await consumeLimit(limit, key);
    if (!state.ok) throw new AppError('rateLimited', { retryAfterSeconds: state.retryAfterSeconds });
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, status: true, locale: true } });
  if (!user || user.status !== 'PENDING_ACTIVATION') return;
  const ids = await db.$transaction(async (tx) => {
    const token = await createToken({ userId: user.id, purpose: 'ACTIVATE', tx });
    const rendered = await renderAccountEmail({ kind: 'activation', locale: user.locale ?? locale, token });
    return [await queueEmail({ ...rendered, to: email }, tx)];
  });
  await dispatchEmails(ids);
}
