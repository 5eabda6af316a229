/**
 * Per-test users created straight in the e2e database (the same embedded PostgreSQL the portal
 * under test uses), and the local mailbox the portal writes to.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { expect, type Page } from '@playwright/test';
import { Client } from 'pg';

export const E2E_DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:54349/portal';
const MAILBOX = path.resolve('.data/e2e/mail');
export const PASSWORD = 'o frază lungă pentru teste';

export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export const uniqueEmail = (prefix: string) => `${prefix}.${crypto.randomBytes(4).toString('hex')}@exemplu.ro`;

/** An activated citizen (or staff member) with PASSWORD. */
export async function createUser({ role = 'CITIZEN', status = 'ACTIVE', firstName = 'Ioana', lastName = 'Marin' }: { role?: 'CITIZEN' | 'CLERK' | 'ADMIN'; status?: string; firstName?: string; lastName?: string } = {}) {
  const id = crypto.randomUUID();
  const email = uniqueEmail(role.toLowerCase());
  await sql(
    `INSERT INTO "User" (id, email, "passwordHash", role, "accountType", status, "emailVerifiedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, now(), now())`,
    [id, email, await hash(PASSWORD), role, role === 'CITIZEN' ? 'PERSON' : 'STAFF', status],
  );
  await sql(
    `INSERT INTO "PersonProfile" ("userId", "firstName", "lastName", cnp, phone, county, locality, street, number, "postalCode", "updatedAt")
     VALUES ($1, $2, $3, $4, '+40722123456', 'Neamț', 'Roman', 'Strada Libertății', '5', '611001', now())`,
    [id, firstName, lastName, role === 'CITIZEN' ? '1800101270018' : null],
  );
  // As registration does: the citizen accepts the current terms and privacy notice.
  if (role === 'CITIZEN') {
    await sql(
      `INSERT INTO "TermsAcceptance" (id, "userId", "termsVersionId")
       SELECT gen_random_uuid()::text, $1, id FROM (SELECT DISTINCT ON (kind) id FROM "TermsVersion" ORDER BY kind, "publishedAt" DESC, id DESC) latest`,
      [id],
    );
  }
  return { id, email, password: PASSWORD, name: `${firstName} ${lastName}` };
}

type TMail = { to: string; subject: string; text: string; html: string; createdAt: string };

/** The newest email to `to` (optionally with a subject), waiting for the delivery job. */
export async function waitForEmail(to: string, subject?: RegExp): Promise<TMail> {
  let found: TMail | undefined;
  await expect
    .poll(
      () => {
        const files = fs.existsSync(MAILBOX) ? fs.readdirSync(MAILBOX).filter((f) => f.endsWith('.json')).sort().reverse() : [];
        found = files
          .map((f) => JSON.parse(fs.readFileSync(path.join(MAILBOX, f), 'utf8')) as TMail)
          .find((m) => m.to === to.toLowerCase() && (!subject || subject.test(m.subject)));
        return Boolean(found);
      },
      { timeout: 20_000, message: `email to ${to}` },
    )
    .toBe(true);
  return found as TMail;
}

export function linkIn(mail: TMail, pathPart: string): string {
  const match = new RegExp(`https?://[^\\s"]+${pathPart.replace(/[?]/g, '\\?')}[^\\s"]*`).exec(mail.text);
  if (!match) throw new Error(`no ${pathPart} link in: ${mail.text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

export async function login(page: Page, email: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Adresa de e-mail').fill(email);
  await page.getByLabel('Parola', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Intră în cont' }).click();
}

/** Signs in and waits until the portal has taken the user to their home page. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await login(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
