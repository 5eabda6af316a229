/**
 * Sending an email = writing it to the outbox (in the caller's transaction when there is one) and
 * enqueueing its delivery job. The delivery job talks to the transport with retries and backoff.
 */
import { db, type TTransaction } from '@/lib/db';
import { env } from '@/lib/env';
import type { TRenderedEmail } from '@/lib/email/render';
import { PermanentDeliveryError, type TTransport } from '@/lib/email/transports';
import { enqueue, QUEUES } from '@/lib/jobs/queue';
import { municipalityFrom, senderFrom } from '@/lib/settings/municipality';
import { readMunicipalityRow } from '@/lib/settings/read';

/** After this many failed attempts the email is marked FAILED and left for an operator. */
export const MAX_DELIVERY_ATTEMPTS = 8;

export type TEmailToQueue = TRenderedEmail & { to: string; replyTo?: string };

/**
 * Writes the email to the outbox. Call `dispatchEmails` with the ids once the transaction commits.
 * The sender is `"<name from /admin/settings>" <address of MAIL_FROM>`: the address stays the
 * environment's (a domain verified at the provider). The city hall's details in the email are the
 * saved settings, read here through the caller's transaction.
 */
export async function queueEmail(email: TEmailToQueue, tx: TTransaction | typeof db = db): Promise<string> {
  const municipality = municipalityFrom((await readMunicipalityRow(tx))?.value, env());
  const body = await email.render(municipality);
  const row = await tx.emailOutbox.create({
    data: {
      to: email.to.toLowerCase(),
      from: senderFrom(municipality.emailSenderName, env().MAIL_FROM),
      replyTo: email.replyTo ?? env().MAIL_REPLY_TO ?? null,
      subject: email.subject,
      text: body.text,
      html: body.html,
      template: email.template,
    },
    select: { id: true },
  });
  return row.id;
}

/** Enqueues delivery jobs; one job per outbox id at a time. */
export async function dispatchEmails(ids: string[]) {
  for (const id of ids) await enqueue(QUEUES.emailDeliver, { id }, { singletonKey: id });
}

/** Outside a transaction: write to the outbox and enqueue at once. */
export async function sendEmail(email: TEmailToQueue): Promise<string> {
  const id = await queueEmail(email);
  await dispatchEmails([id]);
  return id;
}

/**
 * Delivers one outbox email. Throws on a transient failure so that the job is retried with backoff;
 * returns without throwing when the email is sent, already sent, or failed for good.
 */
export async function deliverEmail(id: string, transport: TTransport): Promise<'sent' | 'skipped' | 'failed'> {
  // Claim it: only a PENDING email is attempted, so two jobs for one email cannot both send it.
  const claimed = await db.emailOutbox.updateMany({
    where: { id, status: 'PENDING' },
    data: { status: 'SENDING', attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return 'skipped';
  const email = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
  try {
    const providerMessageId = await transport.deliver(email);
    await db.emailOutbox.update({
      where: { id },
      data: { status: 'SENT', sentAt: new Date(), providerMessageId, lastError: null },
    });
    return 'sent';
  } catch (error) {
    const message = (error as Error).message.slice(0, 2000);
    const final = error instanceof PermanentDeliveryError || email.attempts >= MAX_DELIVERY_ATTEMPTS;
    await db.emailOutbox.update({ where: { id }, data: { status: final ? 'FAILED' : 'PENDING', lastError: message } });
    if (final) {
      console.error(`[email] ${id} failed for good after ${email.attempts} attempt(s): ${message}`);
      return 'failed';
    }
    throw error;
  }
}

/**
 * Emails still PENDING a while after they were written get a delivery job (the job is a singleton
 * per id); emails left SENDING by a worker that died mid-delivery go back to PENDING.
 */
export async function sweepOutbox(olderThanMs = 60_000) {
  await db.emailOutbox.updateMany({
    where: { status: 'SENDING', updatedAt: { lt: new Date(Date.now() - 10 * 60_000) } },
    data: { status: 'PENDING' },
  });
  const stale = await db.emailOutbox.findMany({
    where: { status: 'PENDING', updatedAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  await dispatchEmails(stale.map((e) => e.id));
  return stale.length;
}
