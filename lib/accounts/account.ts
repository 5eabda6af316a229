/**
 * The account page's operations. Every function takes the signed-in user's id from the session
 * (never from the client) and touches only that user's rows.
 */
import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { renderAccountEmail } from '@/lib/accounts/emails';
import { requireAcceptablePassword } from '@/lib/accounts/password-rule';
import type { TChangeEmail, TChangePassword, TDeleteAccount, TEmailPreference, TUpdateOrganization, TUpdatePerson } from '@/lib/accounts/schemas';
import { consumeToken, createToken } from '@/lib/accounts/tokens';
import { toAddressColumns } from '@/lib/accounts/validation';
import { db } from '@/lib/db';
import { dispatchEmails, queueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { DRAFT } from '@/lib/requests/workflow';

async function requirePassword(userId: string, password: string | undefined, field = 'currentPassword') {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!password || !user.passwordHash || !(await verifyPassword(user.passwordHash, password))) throw new AppError('password.wrong', { field });
}

export async function getAccount(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      accountType: true,
      role: true,
      createdAt: true,
      essentialEmailsOnly: true,
      personProfile: { omit: { userId: true, updatedAt: true } },
      organizationProfile: { omit: { userId: true, updatedAt: true } },
    },
  });
}

/** Edits the person profile; a CNP change needs the password. */
export async function updatePersonProfile(userId: string, input: TUpdatePerson) {
  const current = await db.personProfile.findUnique({ where: { userId }, select: { cnp: true } });
  if (!current) throw new AppError('forbidden');
  if (current.cnp !== input.cnp) await requirePassword(userId, input.currentPassword);
  await db.personProfile.update({
    where: { userId },
    data: { firstName: input.firstName, lastName: input.lastName, cnp: input.cnp, phone: input.phone, ...toAddressColumns(input.address) },
  });
}

/** Edits the company or institution profile; a CUI change needs the password. */
export async function updateOrganizationProfile(userId: string, input: TUpdateOrganization) {
  const current = await db.organizationProfile.findUnique({ where: { userId }, select: { cui: true } });
  if (!current) throw new AppError('forbidden');
  if (current.cui !== input.cui) await requirePassword(userId, input.currentPassword);
  await db.organizationProfile.update({
    where: { userId },
    data: {
      name: input.organizationName,
      cui: input.cui,
      tradeRegisterNumber: input.tradeRegisterNumber ?? null,
      representativeName: input.representativeName,
      representativeRole: input.representativeRole ?? null,
      phone: input.phone,
      ...toAddressColumns(input.address),
    },
  });
}

/** Sends a confirmation link to the new address; the change happens when it is opened. */
export async function requestEmailChange(userId: string, input: TChangeEmail) {
  await requirePassword(userId, input.currentPassword);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } });
  if (user.email === input.email) throw new AppError('email.same', { field: 'email' });
  // Taken addresses get the same answer: the link simply fails when opened.
  const ids = await db.$transaction(async (tx) => {
    const token = await createToken({ userId, purpose: 'CHANGE_EMAIL', payload: { email: input.email }, tx });
    const rendered = await renderAccountEmail({ kind: 'emailChangeConfirm', locale: user.locale, token });
    return [await queueEmail({ ...rendered, to: input.email }, tx)];
  });
  await dispatchEmails(ids);
}

/**
 * Confirms a new address: the link proves control of it, and the signed-in user must be the one who
 * asked (someone who only owns the new address cannot attach it to another account).
 */
export async function confirmEmailChange(token: string, userId: string): Promise<{ ok: true } | { ok: false; reason: 'invalid' | 'expired' | 'used' | 'taken' }> {
  const result = await db.$transaction(async (tx) => {
    const consumed = await consumeToken(token, 'CHANGE_EMAIL', tx, userId);
    if (!consumed.ok) return consumed;
    const email = consumed.payload?.email;
    if (!email) return { ok: false as const, reason: 'invalid' as const };
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false as const, reason: 'taken' as const };
    const before = await tx.user.findUniqueOrThrow({ where: { id: consumed.userId }, select: { email: true, locale: true } });
    await tx.user.update({ where: { id: consumed.userId }, data: { email, emailVerifiedAt: new Date() } });
    const rendered = await renderAccountEmail({ kind: 'emailChangedNotice', locale: before.locale });
    return { ok: true as const, ids: [await queueEmail({ ...rendered, to: before.email }, tx)] };
  });
  if (!result.ok) return result;
  await dispatchEmails(result.ids);
  return { ok: true };
}

/** Changes the password and ends every other session (the caller signs in again). */
export async function changePassword(userId: string, input: TChangePassword) {
  await requirePassword(userId, input.currentPassword);
  await requireAcceptablePassword(userId, input.password);
  const passwordHash = await hashPassword(input.password);
  const ids = await db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true, locale: true },
    });
    const rendered = await renderAccountEmail({ kind: 'passwordChanged', locale: user.locale });
    return [await queueEmail({ ...rendered, to: user.email }, tx)];
  });
  await dispatchEmails(ids);
}

export async function signOutEverywhere(userId: string) {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function setEmailPreference(userId: string, input: TEmailPreference) {
  await db.user.update({ where: { id: userId }, data: { essentialEmailsOnly: input.emails === 'essential' } });
}

/** "Download my data": everything the portal holds about the user, as JSON. */
export async function exportMyData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      accountType: true,
      locale: true,
      createdAt: true,
      emailVerifiedAt: true,
      lastLoginAt: true,
      personProfile: { omit: { userId: true } },
      organizationProfile: { omit: { userId: true } },
      termsAcceptances: { select: { acceptedAt: true, ip: true, termsVersion: { select: { kind: true, version: true } } } },
      requests: {
        select: {
          registrationNumber: true,
          status: true,
          answers: true,
          createdAt: true,
          submittedAt: true,
          dueAt: true,
          closedAt: true,
          serviceVersion: { select: { number: true, service: { select: { slug: true, titleRo: true } } } },
          events: { where: { visibility: 'PUBLIC' }, select: { type: true, body: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
          documents: { where: { deletedAt: null }, select: { fileName: true, contentType: true, sizeBytes: true, kind: true, createdAt: true } },
          fees: { select: { amountBani: true, currency: true, status: true, dueAt: true, paidAt: true } },
        },
        orderBy: { createdAt: 'desc' },
      },
      notifications: { select: { kind: true, params: true, readAt: true, createdAt: true }, orderBy: { createdAt: 'desc' } },
    },
  });
  return { exportedAt: new Date().toISOString(), ...user };
}

/**
 * Deletes the account. Without registered requests everything goes; with them, the requests (and
 * the applicant's identity recorded on them at submission) stay under the archiving legal hold, and
 * the account itself is emptied and disabled.
 */
export async function deleteMyAccount(userId: string, input: TDeleteAccount): Promise<{ legalHold: boolean }> {
  await requirePassword(userId, input.currentPassword);
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } });
    const registered = await tx.serviceRequest.count({ where: { applicantId: userId, registrationNumber: { not: null } } });
    const rendered = await renderAccountEmail({ kind: 'accountDeleted', locale: user.locale });
    const ids = [await queueEmail({ ...rendered, to: user.email }, tx)];
    await tx.serviceRequest.deleteMany({ where: { applicantId: userId, status: DRAFT } });
    if (registered === 0) {
      await tx.user.delete({ where: { id: userId } });
      return { legalHold: false, ids };
    }
    await tx.personProfile.deleteMany({ where: { userId } });
    await tx.organizationProfile.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        passwordHash: null,
        status: 'DELETED',
        deletedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    return { legalHold: true, ids };
  });
  await dispatchEmails(result.ids);
  return { legalHold: result.legalHold };
}
