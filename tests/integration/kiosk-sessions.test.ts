import type { User } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { getAuthOptions } from '@/lib/auth/options';
import { closeRateLimits } from '@/lib/auth/rate-limit';
import { resolveSessionUser, type TSessionClaims } from '@/lib/auth/session-user';
import { KIOSK_COOKIE } from '@/lib/kiosk/config';
import { cleanupKioskSessions } from '@/lib/kiosk/cleanup';
import { endKioskSession } from '@/lib/kiosk/sessions';
import { setupTestDatabase, uniqueName } from './support';

const PASSWORD = 'o frază lungă de test 2026';
const MINUTE = 60 * 1000;

type TAuthorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<User | null>;

describe('kiosk sessions against the real database', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  beforeAll(async () => {
    database = await setupTestDatabase();
  });
  afterAll(async () => {
    await closeRateLimits();
    await database.cleanup();
  });

  async function createCitizen() {
    return database.prisma.user.create({
      data: {
        email: `${uniqueName('k')}@example.ro`,
        passwordHash: await hashPassword(PASSWORD),
        status: 'ACTIVE',
        personProfile: { create: { firstName: 'Elena', lastName: 'Vasile', cnp: '2800101270011' } },
      },
    });
  }

  // The credentials provider's own authorize(), as next-auth calls it for POST /api/auth/callback/credentials.
  async function signIn(email: string, cookie: string, ip: string) {
    const provider = getAuthOptions().providers[0] as unknown as { options: { authorize: TAuthorize } };
    const user = await provider.options.authorize({ email, password: PASSWORD }, { headers: { cookie, 'x-forwarded-for': ip } });
    if (!user) throw new Error('sign-in refused');
    const options = getAuthOptions();
    const token = (await options.callbacks!.jwt!({ token: {} as JWT, user, account: null })) as JWT;
    const session = await options.callbacks!.session!({ session: { expires: '' } as never, token, user: user as never, newSession: undefined, trigger: 'update' });
    return { user, token, claims: session.user as TSessionClaims };
  }

  it('a sign-in on a kiosk opens a KioskSession with the configured absolute lifetime, and the cookie carries it', async () => {
    const citizen = await createCitizen();
    const before = Date.now();
    const { token, claims } = await signIn(citizen.email, `NEXT_LOCALE=ro; ${KIOSK_COOKIE}=1`, '10.7.0.1');
    expect(token.ks).toBeTruthy();
    expect(claims.ks).toBe(token.ks);
    const row = await database.prisma.kioskSession.findUniqueOrThrow({ where: { id: token.ks } });
    expect(row.userId).toBe(citizen.id);
    expect(row.endedAt).toBeNull();
    // KIOSK_SESSION_MINUTES defaults to 15.
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(15 * MINUTE - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(15 * MINUTE + 5000);
    expect(await resolveSessionUser(claims)).toMatchObject({ id: citizen.id, displayName: 'Elena Vasile' });
  });

  it('a kiosk session is refused once ended, and after its absolute lifetime even if never ended', async () => {
    const citizen = await createCitizen();
    const ended = (await signIn(citizen.email, `${KIOSK_COOKIE}=1`, '10.7.0.2')).claims;
    const forgotten = (await signIn(citizen.email, `${KIOSK_COOKIE}=1`, '10.7.0.2')).claims;

    expect(await endKioskSession({ userId: citizen.id, kioskSessionId: ended.ks! })).toBe(true);
    expect(await resolveSessionUser(ended)).toBeNull();
    // Ending twice changes nothing.
    expect(await endKioskSession({ userId: citizen.id, kioskSessionId: ended.ks! })).toBe(false);

    // The other visit of the same person is untouched, until its 15 minutes are over.
    expect(await resolveSessionUser(forgotten, Date.now() + 14 * MINUTE)).toMatchObject({ id: citizen.id });
    expect(await resolveSessionUser(forgotten, Date.now() + 16 * MINUTE)).toBeNull();
  });

  it('the ordinary sign-out ends the kiosk session on the server (next-auth events.signOut)', async () => {
    const citizen = await createCitizen();
    const { token, claims } = await signIn(citizen.email, `${KIOSK_COOKIE}=1`, '10.7.0.3');
    await getAuthOptions().events!.signOut!({ token, session: undefined as never });
    expect(await resolveSessionUser(claims)).toBeNull();
    expect((await database.prisma.kioskSession.findUniqueOrThrow({ where: { id: token.ks } })).endedAt).not.toBeNull();
  });

  it('sign-ins elsewhere are unaffected: no KioskSession, the ordinary 12-hour lifetime', async () => {
    const citizen = await createCitizen();
    const { token, claims } = await signIn(citizen.email, 'NEXT_LOCALE=ro; portal_kiosk=0', '10.7.0.4');
    expect(token.ks).toBeUndefined();
    expect(await database.prisma.kioskSession.count({ where: { userId: citizen.id } })).toBe(0);
    expect(await resolveSessionUser(claims, Date.now() + 16 * MINUTE)).toMatchObject({ id: citizen.id });
    expect(await resolveSessionUser(claims, Date.now() + 13 * 60 * MINUTE)).toBeNull();
    // Signing out does nothing to other people's kiosk sessions either.
    await getAuthOptions().events!.signOut!({ token, session: undefined as never });
    expect(await resolveSessionUser(claims)).toMatchObject({ id: citizen.id });
  });

  it("nobody can end someone else's kiosk session", async () => {
    const victim = await createCitizen();
    const other = await createCitizen();
    const { claims } = await signIn(victim.email, `${KIOSK_COOKIE}=1`, '10.7.0.5');
    expect(await endKioskSession({ userId: other.id, kioskSessionId: claims.ks! })).toBe(false);
    // A forged sign-out token naming the victim's session but another user ends nothing either.
    await getAuthOptions().events!.signOut!({ token: { sub: other.id, ks: claims.ks }, session: undefined as never });
    expect(await resolveSessionUser(claims)).toMatchObject({ id: victim.id });
    // Nor can a session id be borrowed by another account's cookie.
    expect(await resolveSessionUser({ id: other.id, sv: other.sessionVersion, loginAt: Date.now(), ks: claims.ks })).toBeNull();
  });

  it('the cleanup job deletes kiosk sessions ended or expired more than a day ago, and keeps the rest', async () => {
    const user = await createCitizen();
    const now = Date.now();
    const HOUR = 60 * MINUTE;
    const make = (createdAgo: number, { ended }: { ended?: number } = {}) =>
      database.prisma.kioskSession.create({
        data: { userId: user.id, createdAt: new Date(now - createdAgo), expiresAt: new Date(now - createdAgo + 15 * MINUTE), endedAt: ended === undefined ? null : new Date(now - ended) },
        select: { id: true },
      });
    const old = await make(30 * HOUR);
    const oldEnded = await make(26 * HOUR, { ended: 25 * HOUR });
    const recent = await make(2 * HOUR, { ended: 2 * HOUR });
    const live = await make(MINUTE);
    const { removed } = await cleanupKioskSessions(now);
    expect(removed).toBeGreaterThanOrEqual(2);
    const left = await database.prisma.kioskSession.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([recent.id, live.id].sort());
    expect(left.map((row) => row.id)).not.toContain(old.id);
    expect(left.map((row) => row.id)).not.toContain(oldEnded.id);
  });
});
