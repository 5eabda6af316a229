import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { env } from '@/lib/env';

const ZMailboxMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: z.string(),
});

export type TMailboxEntry = z.infer<typeof ZMailboxMessageSchema>;

/** Whether /dev/mailbox exists: only while emails go to the local mailbox, never with a real mail provider. */
export function isMailboxActive() {
  return env().mailTransport === 'mailbox';
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (how Node reports an IPv4 client on a dual-stack socket). */
export function isLoopbackAddress(ip: string): boolean {
  const address = ip.trim().toLowerCase().replace(/^::ffff:/, '');
  return address === '::1' || /^127(\.\d{1,3}){3}$/.test(address);
}

/**
 * Who may read the local mailbox. It holds every activation and password-reset link, so reading it
 * is taking over any account: only a browser on the machine itself (the developer, the demo) or a
 * signed-in administrator, whatever interface the portal listens on, and nobody at all once a real
 * mail provider is configured. `clientIp` is the address lib/cli/server.js decided (X-Forwarded-For
 * as rewritten there, never the client's own header).
 */
export function mayReadMailbox({ clientIp, role }: { clientIp: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN' | null }): boolean {
  if (!isMailboxActive()) return false;
  return isLoopbackAddress(clientIp) || role === 'ADMIN';
}

/** The newest messages of the local mailbox. */
export async function listMailbox(limit = 100): Promise<TMailboxEntry[]> {
  const dir = env().mailboxDir;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => n.endsWith('.json')).sort().reverse().slice(0, limit);
  const messages = await Promise.all(
    files.map(async (name) => {
      const parsed = ZMailboxMessageSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, name), 'utf8').catch(() => 'null')));
      return parsed.success ? parsed.data : null;
    }),
  );
  return messages.filter((m): m is TMailboxEntry => m !== null);
}

export async function getMailboxMessage(id: string): Promise<TMailboxEntry | null> {
  if (!/^[a-z0-9]+$/i.test(id)) return null;
  const dir = env().mailboxDir;
  const name = (await fs.readdir(dir).catch(() => [] as string[])).find((n) => n.endsWith(`_${id}.json`));
  if (!name) return null;
  const parsed = ZMailboxMessageSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')));
  return parsed.success ? parsed.data : null;
}
