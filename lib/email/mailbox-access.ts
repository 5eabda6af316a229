import 'server-only';
import { getRequestInfo } from '@/lib/actions';
import { getSession } from '@/lib/auth/session';
import { isMailboxActive, mayReadMailbox } from '@/lib/email/mailbox';

/** The check of the mailbox page and of each message: the same answer (404) for everyone refused. */
export async function canReadMailbox(): Promise<boolean> {
  if (!isMailboxActive()) return false;
  const [{ ip }, user] = await Promise.all([getRequestInfo(), getSession()]);
  return mayReadMailbox({ clientIp: ip, role: user?.role ?? null });
}
