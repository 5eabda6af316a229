import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePassword, confirmEmailChange, requestEmailChange, signOutEverywhere } from '@/lib/accounts/account';
import { authenticate } from '@/lib/accounts/login';
import { requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset';
import { activateAccount, registerAccount } from '@/lib/accounts/register';
import { ZRegisterSchema } from '@/lib/accounts/schemas';
import { consumeToken, createToken, hashToken } from '@/lib/accounts/tokens';
import { hashPassword } from '@/lib/auth/password';
import { closeRateLimits } from '@/lib/auth/rate-limit';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { closeQueueClient } from '@/lib/jobs/queue';
import { setupTestDatabase, uniqueName } from './support';

const PASSWORD = 'o frază lungă de test 2026';

describe('accounts against the real database', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  beforeAll(async () => {
    database = await setupTestDatabase();
    await database.prisma.termsVersion.createMany({ data: [{ kind: 'TERMS', version: '2026-11-28' }, { kind: 'PRIVACY', version: '2026-11-28' }] });
  });
  afterAll(async () => {
    await closeRateLimits();
    await closeQueueClient();
    await database.cleanup();
  });

  async function createActiveUser(overrides: { status?: 'ACTIVE' | 'PENDING_ACTIVATION' | 'DISABLED' } = {}) {
    const email = `${uniqueName('u')}@example.ro`;
    const user = await database.prisma.user.create({
      data: {
        email,
        passwordHash: await hashPassword(PASSWORD),
        status: overrides.status ?? 'ACTIVE',
        personProfile: { create: { firstName: 'Ion', lastName: 'Popescu', cnp: '1800101270018' } },
      },
    });
    return user;
  }

  const personInput = (email: string) =>
    ZRegisterSchema.parseAsync({
      accountType: 'PERSON',
      firstName: 'Maria',
      lastName: 'Ionescu',
      cnp: '1800101123450',
      email,
      phone: '0722 123 456',
      password: PASSWORD,
      passwordConfirm: PASSWORD,
      acceptTerms: true,
      acceptPrivacy: true,
      address: { county: 'Neamț', locality: 'Roman', street: 'Str. Ștefan cel Mare', number: '1', postalCode: '611001' },
    });

  describe('tokens', () => {
    it('stores only the SHA-256 of a 256-bit token', async () => {
      const user = await createActiveUser();
      const token = await createToken({ userId: user.id, purpose: 'ACTIVATE' });
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      const rows = await database.prisma.verificationToken.findMany({ where: { userId: user.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.tokenHash).toBe(hashToken(token));
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('is single use, even when two requests race', async () => {
      const user = await createActiveUser();
      const token = await createToken({ userId: user.id, purpose: 'RESET_PASSWORD' });
      const results = await Promise.all([consumeToken(token, 'RESET_PASSWORD'), consumeToken(token, 'RESET_PASSWORD')]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: 'used' });
    });

    it('expires, and is bound to its purpose', async () => {
      const user = await createActiveUser();
      const token = await createToken({ userId: user.id, purpose: 'RESET_PASSWORD' });
      expect(await consumeToken(token, 'ACTIVATE')).toMatchObject({ ok: false, reason: 'invalid' });
      await database.prisma.verificationToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await consumeToken(token, 'RESET_PASSWORD')).toMatchObject({ ok: false, reason: 'expired' });
      expect(await consumeToken('not-a-token', 'RESET_PASSWORD')).toMatchObject({ ok: false, reason: 'invalid' });
    });

    it('a new link replaces the older unused one', async () => {
      const user = await createActiveUser();
      const first = await createToken({ userId: user.id, purpose: 'ACTIVATE' });
      await createToken({ userId: user.id, purpose: 'ACTIVATE' });
      expect(await consumeToken(first, 'ACTIVATE')).toMatchObject({ ok: false });
    });
  });

  describe('registration and activation', () => {
    it('creates a pending account with profile, accepted terms and an activation email; the link activates it once', async () => {
      const email = `${uniqueName('new')}@example.ro`;
      await registerAccount(await personInput(email), { ip: '10.0.0.1', locale: 'ro' });
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { personProfile: true, termsAcceptances: true } });
      expect(user).toMatchObject({ status: 'PENDING_ACTIVATION', role: 'CITIZEN', accountType: 'PERSON' });
      expect(user.personProfile).toMatchObject({ cnp: '1800101123450', phone: '+40722123456', county: 'Neamț' });
      expect(user.termsAcceptances).toHaveLength(2);
      await expect(authenticate({ email, password: PASSWORD, ip: '10.0.0.1' })).rejects.toThrow('NOT_ACTIVATED');

      const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: email } });
      expect(mail.subject).toBe('Activați contul pe portalul Primăriei Roman');
      const token = /activate\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
      expect(await activateAccount(token)).toEqual({ ok: true });
      expect(await activateAccount(token)).toEqual({ ok: false, reason: 'used' });
      await expect(authenticate({ email, password: PASSWORD, ip: '10.0.0.1' })).resolves.toMatchObject({ email });
    });

    it('an existing email gets the same answer, no second account, and an email to its owner', async () => {
      const owner = await createActiveUser();
      const before = await database.prisma.user.count();
      // registerAccount answers nothing either way (void): the page shows the same text.
      await registerAccount(await personInput(owner.email), { ip: '10.0.0.2', locale: 'ro' });
      await registerAccount(await personInput(`${uniqueName('x')}@example.ro`), { ip: '10.0.0.2', locale: 'ro' });
      expect(await database.prisma.user.count()).toBe(before + 1);
      const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: owner.email } });
      expect(mail.subject).toBe('Aveți deja un cont pe portalul Primăriei Roman');
    });
  });

  describe('sign-in', () => {
    it('answers the same for an unknown email and a wrong password', async () => {
      const user = await createActiveUser();
      const unknown = await authenticate({ email: 'nobody@example.ro', password: PASSWORD, ip: '10.1.0.1' }).catch((e: Error) => e.message);
      const wrong = await authenticate({ email: user.email, password: 'o parolă greșită de test', ip: '10.1.0.1' }).catch((e: Error) => e.message);
      expect(unknown).toBe('INVALID_CREDENTIALS');
      expect(wrong).toBe(unknown);
    });

    it('blocks an account+IP after 5 failures, without locking the real user out from elsewhere', async () => {
      const user = await createActiveUser();
      for (let i = 0; i < 5; i++) {
        await expect(authenticate({ email: user.email, password: 'o parolă greșită de test', ip: '10.2.0.1' })).rejects.toThrow('INVALID_CREDENTIALS');
      }
      // Even the right password is refused from that IP for now, with the time to wait.
      await expect(authenticate({ email: user.email, password: PASSWORD, ip: '10.2.0.1' })).rejects.toThrow(/^RATE_LIMITED:\d+$/);
      await expect(authenticate({ email: user.email, password: PASSWORD, ip: '10.2.0.2' })).resolves.toMatchObject({ id: user.id });
    });

    it('refuses disabled accounts', async () => {
      const user = await createActiveUser({ status: 'DISABLED' });
      await expect(authenticate({ email: user.email, password: PASSWORD, ip: '10.3.0.1' })).rejects.toThrow('DISABLED');
    });
  });

  describe('sessions', () => {
    it('end at once on sign-out-everywhere, disabling, and after the absolute lifetime', async () => {
      const user = await createActiveUser();
      const claims = { id: user.id, sv: user.sessionVersion, loginAt: Date.now() };
      expect(await resolveSessionUser(claims)).toMatchObject({ id: user.id, displayName: 'Ion Popescu' });
      expect(await resolveSessionUser(claims, Date.now() + 13 * 60 * 60 * 1000)).toBeNull();

      await signOutEverywhere(user.id);
      expect(await resolveSessionUser(claims)).toBeNull();
      const renewed = { ...claims, sv: claims.sv + 1 };
      expect(await resolveSessionUser(renewed)).not.toBeNull();
      await database.prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } });
      expect(await resolveSessionUser(renewed)).toBeNull();
    });

    it('a password reset ends every session and sends a notice', async () => {
      const user = await createActiveUser();
      const claims = { id: user.id, sv: user.sessionVersion, loginAt: Date.now() };
      await requestPasswordReset(user.email, { ip: '10.4.0.1', locale: 'ro' });
      const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email, template: 'account-reset' } });
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
      await resetPassword({ token, password: 'alta fraza lunga pentru test' });
      expect(await resolveSessionUser(claims)).toBeNull();
      await expect(authenticate({ email: user.email, password: PASSWORD, ip: '10.4.0.1' })).rejects.toThrow('INVALID_CREDENTIALS');
      await expect(authenticate({ email: user.email, password: 'alta fraza lunga pentru test', ip: '10.4.0.1' })).resolves.toBeTruthy();
      expect(await database.prisma.emailOutbox.count({ where: { to: user.email, template: 'account-passwordChanged' } })).toBe(1);
      await expect(resetPassword({ token, password: 'inca o fraza lunga de test' })).rejects.toThrow('token.used');
    });

    it('a reset or a change refuses a password built on the account’s own name, and the link keeps working', async () => {
      const user = await createActiveUser(); // Ion Popescu
      await requestPasswordReset(user.email, { ip: '10.4.1.1', locale: 'ro' });
      const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: user.email, template: 'account-reset' } });
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
      // Fine for anyone else (zxcvbn scores it 3), guessable for Ion Popescu.
      await expect(resetPassword({ token, password: 'ionpopescu1980x' })).rejects.toMatchObject({ code: 'password.containsPersonal', details: { field: 'password' } });
      await expect(resetPassword({ token, password: user.email })).rejects.toMatchObject({ code: 'password.containsPersonal' });
      await expect(authenticate({ email: user.email, password: PASSWORD, ip: '10.4.1.1' })).resolves.toBeTruthy();
      await resetPassword({ token, password: 'alta fraza lunga pentru test' });

      await expect(
        changePassword(user.id, { currentPassword: 'alta fraza lunga pentru test', password: 'ionpopescu1980x', passwordConfirm: 'ionpopescu1980x' }),
      ).rejects.toMatchObject({ code: 'password.containsPersonal', details: { field: 'password' } });
      await expect(authenticate({ email: user.email, password: 'alta fraza lunga pentru test', ip: '10.4.1.1' })).resolves.toBeTruthy();
    });

    it('a reset for an unknown address answers the same and sends nothing', async () => {
      const before = await database.prisma.emailOutbox.count();
      await expect(requestPasswordReset('nobody-here@example.ro', { ip: '10.5.0.1', locale: 'ro' })).resolves.toBeUndefined();
      expect(await database.prisma.emailOutbox.count()).toBe(before);
    });
  });

  describe('rate limits', () => {
    it('limit password-reset emails per address', async () => {
      const user = await createActiveUser();
      for (let i = 0; i < 3; i++) await requestPasswordReset(user.email, { ip: `10.6.0.${i}`, locale: 'ro' });
      await expect(requestPasswordReset(user.email, { ip: '10.6.0.9', locale: 'ro' })).rejects.toMatchObject({ code: 'rateLimited' });
    });
  });

  it('a new email address is confirmed only by the account that asked for it, from the link sent to that address', async () => {
    const owner = await createActiveUser();
    const stranger = await createActiveUser();
    const newEmail = `${uniqueName('nou')}@example.ro`;
    await requestEmailChange(owner.id, { email: newEmail, currentPassword: PASSWORD });
    const mail = await database.prisma.emailOutbox.findFirstOrThrow({ where: { to: newEmail } });
    const token = /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;

    // Someone else (signed in as another account) opening the link changes nothing and spends nothing.
    expect(await confirmEmailChange(token, stranger.id)).toEqual({ ok: false, reason: 'invalid' });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe(owner.email);

    expect(await confirmEmailChange(token, owner.id)).toEqual({ ok: true });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe(newEmail);
    expect(await confirmEmailChange(token, owner.id)).toMatchObject({ ok: false, reason: 'used' });
  });
});
