import { canReadMailbox } from '@/lib/email/mailbox-access';
import { getMailboxMessage } from '@/lib/email/mailbox';

/** The HTML of one local-mailbox email, sandboxed: no scripts, no same-origin access. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await canReadMailbox())) return new Response('Not found', { status: 404 });
  const message = await getMailboxMessage((await params).id);
  if (!message) return new Response('Not found', { status: 404 });
  return new Response(message.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'Cache-Control': 'no-store',
    },
  });
}
