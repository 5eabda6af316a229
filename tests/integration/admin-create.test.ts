import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/accounts/tokens';
import { setupTestDatabase } from './support';

const run = promisify(execFile);

describe('npm run admin:create (first administrator in production)', () => {
  let database: Awaited<ReturnType<typeof setupTestDatabase>>;
  beforeAll(async () => {
    database = await setupTestDatabase();
  });
  afterAll(async () => {
    await database.cleanup();
  });

  const createAdmin = (...args: string[]) =>
    run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'lib/cli/admin-create.ts', ...args], {
      env: { ...process.env, DATABASE_URL: database.url, APP_URL: 'https://portal.exemplu.ro' },
      timeout: 60_000,
    });

  it('creates an active ADMIN without a password and prints a one-hour set-password link (also emailed)', async () => {
    const { stdout } = await createAdmin('Primar@Exemplu.ro', 'Ana', 'Ionescu');
    const token = /https:\/\/portal\.exemplu\.ro\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(stdout)?.[1];
    expect(token).toBeTruthy();

    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'primar@exemplu.ro' }, include: { personProfile: true } });
    expect(user).toMatchObject({ role: 'ADMIN', accountType: 'STAFF', status: 'ACTIVE', passwordHash: null });
    expect(user.personProfile).toMatchObject({ firstName: 'Ana', lastName: 'Ionescu' });
    const stored = await database.prisma.verificationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token as string) } });
    expect(stored.purpose).toBe('RESET_PASSWORD');
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    expect(await database.prisma.emailOutbox.count({ where: { to: 'primar@exemplu.ro', template: 'account-reset' } })).toBe(1);
  });

  it('promotes an existing account and ends its sessions; refuses bad arguments', async () => {
    await database.prisma.user.create({ data: { email: 'functionar@exemplu.ro', role: 'CLERK', accountType: 'STAFF', status: 'ACTIVE' } });
    await createAdmin('functionar@exemplu.ro', 'Dan', 'Pop');
    expect(await database.prisma.user.findUniqueOrThrow({ where: { email: 'functionar@exemplu.ro' } })).toMatchObject({ role: 'ADMIN', sessionVersion: 2 });
    await expect(createAdmin('not-an-email')).rejects.toMatchObject({ code: 2 });
  });
});
