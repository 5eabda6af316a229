import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { env } from '@/lib/env';
import { canReadMailbox } from '@/lib/email/mailbox-access';
import { listMailbox } from '@/lib/email/mailbox';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mailbox'))('title'), robots: { index: false } };
}

export default async function MailboxPage() {
  if (!(await canReadMailbox())) notFound();
  const [t, locale, messages] = await Promise.all([getTranslations('mailbox'), getLocale().then(toLocale), listMailbox()]);
  return (
    <PageShell>
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-gray-700">{t('lead', { dir: env().mailboxDir })}</p>
      {messages.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-gray-300 p-4">
              <h2 className="text-lg font-semibold">{message.subject}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-semibold">{t('to')}</dt>
                <dd>{message.to}</dd>
                <dt className="font-semibold">{t('from')}</dt>
                <dd>{message.from}</dd>
                <dt className="font-semibold">{t('date')}</dt>
                <dd>{formatDateTime(new Date(message.createdAt), locale, { seconds: true })}</dd>
              </dl>
              <details className="mt-3">
                <summary className="cursor-pointer font-semibold text-brand-700">{t('showText')}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-gray-100 p-3 text-sm">{message.text}</pre>
              </details>
              <p className="mt-2">
                <a href={`/dev/mailbox/${message.id}`}>{t('openHtml')}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  );
}
