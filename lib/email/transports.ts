/**
 * Where emails go: Resend when RESEND_API_KEY is set, otherwise the local mailbox (one JSON file per
 * message, browsable at /dev/mailbox). Both are idempotent per outbox id.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Resend } from 'resend';
import type { TEnv } from '@/lib/env';

export type TOutgoingEmail = {
  id: string;
  to: string;
  from: string;
  replyTo?: string | null;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
};

export type TMailboxMessage = Omit<TOutgoingEmail, 'createdAt' | 'replyTo'> & { createdAt: string };

export type TTransport = { name: 'resend' | 'mailbox'; deliver: (email: TOutgoingEmail) => Promise<string> };

/** Thrown for answers that will not change on retry (invalid address, rejected sender...). */
export class PermanentDeliveryError extends Error {}

export function mailboxFileName(email: Pick<TOutgoingEmail, 'id' | 'createdAt'>) {
  return `${email.createdAt.toISOString().replace(/[:.]/g, '-')}_${email.id}.json`;
}

export function createMailboxTransport(dir: string): TTransport {
  return {
    name: 'mailbox',
    async deliver(email) {
      await fs.mkdir(dir, { recursive: true });
      const message: TMailboxMessage = {
        id: email.id,
        to: email.to,
        from: email.from,
        subject: email.subject,
        text: email.text,
        html: email.html,
        createdAt: email.createdAt.toISOString(),
      };
      const file = path.join(dir, mailboxFileName(email));
      // Write then rename, so that a reader never sees half a message.
      await fs.writeFile(`${file}.tmp`, JSON.stringify(message, null, 2));
      await fs.rename(`${file}.tmp`, file);
      return `mailbox:${path.basename(file)}`;
    },
  };
}

export function createResendTransport({ apiKey, baseUrl }: { apiKey: string; baseUrl: string }): TTransport {
  const resend = new Resend(apiKey, { baseUrl });
  return {
    name: 'resend',
    async deliver(email) {
      const { data, error } = await resend.emails.send(
        {
          from: email.from,
          to: [email.to],
          subject: email.subject,
          text: email.text,
          html: email.html,
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        },
        // Resend answers a repeated key with the first result: a retry after a lost response never
        // sends the email twice.
        { idempotencyKey: `portal-email-${email.id}` },
      );
      if (error) {
        const status = (error as { statusCode?: number | null }).statusCode ?? 0;
        const message = `Resend: ${error.name}: ${error.message}`;
        if (status >= 400 && status < 500 && status !== 409 && status !== 429) throw new PermanentDeliveryError(message);
        throw new Error(message);
      }
      if (!data?.id) throw new Error('Resend: no message id in the answer');
      return data.id;
    },
  };
}

export function createTransport(env: TEnv): TTransport {
  return env.RESEND_API_KEY
    ? createResendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL })
    : createMailboxTransport(env.mailboxDir);
}
