/**
 * Two holes found by probing a fresh instance, and the host a user is sent to: redirects after
 * sign-in never leave the site, sign-out stays on the host the user came by, and the local mailbox
 * (every reset link is in it) answers only this machine or an administrator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, request as httpRequest, test, type BrowserContext } from '@playwright/test';
import { baseURL } from '../../../playwright.config';
import { createUser, E2E_DATABASE_URL, login, signIn, waitForEmail } from '../fixtures';

const PORTAL_HOST = new URL(baseURL).host;

test('a link with a crafted "next" never takes a signed-in visitor to another site', async ({ page }) => {
  const user = await createUser();
  // Signing in from such a link lands in the personal space.
  await page.goto(`/login?next=${encodeURIComponent('/\t/evil.example')}`);
  await login(page, user.email);
  await expect(page).toHaveURL(`${baseURL}/dashboard`);

  // Already signed in: the login page redirects at once, to the site's own pages only.
  for (const next of ['/%09/evil.example', '/%0A/evil.example', '//evil.example', '/%5Cevil.example', '/%2F%2Fevil.example', '/.//evil.example', 'https://evil.example/']) {
    const response = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
    expect(response.status(), next).toBe(307);
    expect(response.headers().location, next).toBe('/dashboard');
  }
  await page.goto('/login?next=/%09/evil.example');
  await expect(page).toHaveURL(`${baseURL}/dashboard`);
  // A path of the site is kept.
  await page.goto('/login?next=/notifications');
  await expect(page).toHaveURL(`${baseURL}/notifications`);
});

test('signing out on the server’s other name stays on that name', async ({ page }) => {
  // The portal under test has APP_URL=http://127.0.0.1:3100; a colleague reaches it as localhost.
  const other = baseURL.replace('127.0.0.1', 'localhost');
  expect(new URL(other).host).not.toBe(PORTAL_HOST);
  const user = await createUser();

  await page.goto(`${other}/dashboard`);
  await expect(page).toHaveURL(`${other}/login?next=%2Fdashboard`);
  await page.getByLabel('Adresa de e-mail').fill(user.email);
  await page.getByLabel('Parola', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Intră în cont' }).click();
  await expect(page).toHaveURL(`${other}/dashboard`);

  await page.getByRole('button', { name: 'Ieșire' }).click();
  await expect(page).toHaveURL(`${other}/login?loggedOut=1`);
  await expect(page.getByRole('status')).toContainText('Ați ieșit din cont');
  // Really signed out there: the personal space asks for the password again.
  await page.goto(`${other}/dashboard`);
  await expect(page).toHaveURL(/\/login\?next=/);
});

/** A second web server on the same database and data, with no HOST, behind one trusted proxy. */
async function startSecondServer(port: number): Promise<{ stop: () => Promise<void>; url: string }> {
  const dataDir = path.resolve('.data/e2e');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORTAL_MODE: 'embedded',
    PORT: String(port),
    TRUSTED_PROXIES: '1',
    APP_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    DATABASE_URL: E2E_DATABASE_URL,
    AUTH_SECRET: fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim(),
    S3_ENDPOINT: 'http://127.0.0.1:4589',
    S3_BUCKET: 'portal-documents',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    JOBS_MODE: 'off',
  };
  const child: ChildProcess = spawn(process.execPath, ['lib/cli/server.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => fetch(`${url}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000, message: `second server: ${output}` })
    .toBe(200);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Whether anything accepts a TCP connection on that address. */
const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

test('an instance with no HOST listens on loopback only, and its mailbox answers only this machine or an administrator', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = 3117;
  const server = await startSecondServer(port);
  try {
    // Bound to 127.0.0.1, not to every interface: another address of this machine gets no answer.
    expect(await accepts('127.0.0.1', port)).toBe(true);
    expect(await accepts('127.0.0.2', port)).toBe(false);

    // The proxy says who the client is: this machine, or a computer elsewhere on the network.
    const asClient = (ip: string, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) =>
      httpRequest.newContext({ baseURL: server.url, extraHTTPHeaders: { 'X-Forwarded-For': ip }, storageState });
    // What an attacker on the network would do: ask for a reset link for someone else's account.
    const victim = await createUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/forgot-password`);
    await page.getByLabel('Adresa de e-mail').fill(victim.email);
    await page.getByRole('button', { name: 'Trimite linkul' }).click();
    await expect(page.getByRole('status')).toContainText('Dacă există un cont cu această adresă');
    await waitForEmail(victim.email, /Resetarea parolei/);

    const local = await asClient('127.0.0.1');
    const remote = await asClient('192.0.2.44');
    const list = await local.get('/dev/mailbox');
    expect(list.status()).toBe(200);
    const firstMessage = /href="(\/dev\/mailbox\/[^"]+)"/.exec(await list.text())?.[1];
    expect(await list.text()).toContain(victim.email.toLowerCase());
    expect((await local.get(firstMessage as string)).status()).toBe(200);
    expect((await remote.get('/dev/mailbox')).status()).toBe(404);
    expect((await remote.get(firstMessage as string)).status()).toBe(404);

    // Signed in from elsewhere: a citizen gets nothing, an administrator the mailbox.
    const citizen = await createUser();
    await signIn(page, citizen.email);
    const remoteCitizen = await asClient('192.0.2.44', await context.storageState());
    expect((await remoteCitizen.get('/dev/mailbox')).status()).toBe(404);
    await context.clearCookies();
    const admin = await createUser({ role: 'ADMIN' });
    await signIn(page, admin.email);
    const remoteAdmin = await asClient('192.0.2.44', await context.storageState());
    expect((await remoteAdmin.get('/dev/mailbox')).status()).toBe(200);
    await Promise.all([local, remote, remoteCitizen, remoteAdmin].map((c) => c.dispose()));
    await context.close();
  } finally {
    await server.stop();
  }
});
