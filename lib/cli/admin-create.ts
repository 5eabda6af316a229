/**
 * `npm run admin:create -- <email> <first name> <last name>`: the first administrator in production.
 * Creates (or promotes) the account and prints a one-hour link to set its password; the same link
 * is emailed. No password ever passes through the command line.
 */
import { z } from 'zod';
import { startServices } from '@/lib/cli/services';

const ZArgsSchema = z.tuple([z.email(), z.string().trim().min(1), z.string().trim().min(1)]);

async function main() {
  const args = ZArgsSchema.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error('usage: npm run admin:create -- <email> <first name> <last name>');
    process.exit(2);
  }
  const [rawEmail, firstName, lastName] = args.data;
  const email = rawEmail.toLowerCase();
  const services = await startServices({ withStorage: false });
  try {
    const [{ db }, { createToken }, { renderAccountEmail }, { queueEmail, dispatchEmails }, { env }, { applyMigrations }] = await Promise.all([
      import('@/lib/db'),
      import('@/lib/accounts/tokens'),
      import('@/lib/accounts/emails'),
      import('@/lib/email/outbox'),
      import('@/lib/env'),
      import('@/lib/db/migrate'),
    ]);
    await applyMigrations(env().DATABASE_URL as string);
    const { token, id } = await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email },
        create: { email, role: 'ADMIN', accountType: 'STAFF', status: 'ACTIVE', emailVerifiedAt: new Date(), personProfile: { create: { firstName, lastName } } },
        update: { role: 'ADMIN', status: 'ACTIVE', sessionVersion: { increment: 1 } },
        select: { id: true, locale: true },
      });
      const token = await createToken({ userId: user.id, purpose: 'RESET_PASSWORD', tx });
      const rendered = await renderAccountEmail({ kind: 'reset', locale: user.locale, token });
      return { token, id: await queueEmail({ ...rendered, to: email }, tx) };
    });
    await dispatchEmails([id]);
    const { closeQueueClient } = await import('@/lib/jobs/queue');
    await closeQueueClient();
    await db.$disconnect();
    console.log(`Administrator ${email} is ready. Set the password within one hour at:\n${env().appUrl}/reset-password?token=${token}`);
  } finally {
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
