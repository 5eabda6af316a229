import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { inboxHref } from '@/components/admin/inbox/inbox-href';
import { OPEN_STATUSES } from '@/lib/requests/workflow';
import type { TInboxCount, TInboxQuery } from '@/lib/requests/queries/inbox';

type TTab = { status: TInboxQuery['status']; label: string; count: number; capped: boolean };

const sum = (counts: TInboxCount[]) => ({ count: counts.reduce((total, c) => total + c.count, 0), capped: counts.some((c) => c.capped) });

/**
 * The counters at the top: open requests, each status, all. Each is a link that sets the status
 * filter and keeps the others; the current one is marked for assistive technology as well.
 */
export async function InboxStatusTabs({ query, counts }: { query: TInboxQuery; counts: TInboxCount[] }) {
  const [t, tr, format] = await Promise.all([getTranslations('inbox.tabs'), getTranslations('request.status'), getFormatter()]);
  const open = counts.filter((c) => (OPEN_STATUSES as readonly string[]).includes(c.status));
  const tabs: TTab[] = [
    { status: 'open', label: t('open'), ...sum(open) },
    ...counts.map((c) => ({ status: c.status, label: tr(c.status), count: c.count, capped: c.capped })),
    { status: 'all', label: t('all'), ...sum(counts) },
  ];
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = tab.status === query.status;
          const count = tab.capped ? t('capped', { count: format.number(tab.count) }) : format.number(tab.count);
          return (
            <li key={tab.status}>
              <Link
                href={inboxHref(query, { status: tab.status })}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center gap-2 rounded-lg border-2 px-3 py-1 font-semibold no-underline ${
                  current ? 'border-brand-700 bg-brand-700 text-white' : 'border-gray-400 bg-white text-brand-900 hover:border-brand-700'
                }`}
              >
                <span>{tab.label}</span>{' '}
                <span className={`rounded-full px-2 text-sm tabular-nums ${current ? 'bg-white text-brand-900' : 'bg-gray-100 text-gray-900'}`}>{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
