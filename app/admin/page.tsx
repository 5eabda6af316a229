import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminLinks, AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { inboxHref } from '@/components/admin/inbox/inbox-href';
import { InboxFilters } from '@/components/admin/inbox/inbox-filters';
import { InboxStatusTabs } from '@/components/admin/inbox/inbox-status-tabs';
import { InboxTable } from '@/components/admin/inbox/inbox-table';
import { requireStaff } from '@/lib/auth/session';
import { loadCalendar } from '@/lib/calendar/load';
import { toLocale } from '@/lib/i18n/config';
import { countByStatus, getInboxFilterOptions, listInbox, NAME_SEARCH_MIN_LENGTH, parseInboxQuery, parseInboxSearch } from '@/lib/requests/queries/inbox';
import type { TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

/** The clerks' inbox: counters per status, filters, and the requests one keyset page at a time. */
export default async function AdminHomePage({ searchParams }: TProps) {
  // Checked here as well as in the middleware: a forged header or a stale token gets 403.
  const user = await requireStaff('/admin');
  const query = parseInboxQuery(await searchParams);
  const [t, ta, locale, page, counts, departments, calendar] = await Promise.all([
    getTranslations('inbox'),
    getTranslations('admin'),
    getLocale().then(toLocale),
    listInbox(user, query),
    countByStatus(user, query),
    getInboxFilterOptions(user),
    // The administrator's days off and make-up working days, once for the whole page.
    loadCalendar(),
  ]);
  const searchTooShort = query.q ? parseInboxSearch(query.q).kind === 'tooShort' : false;
  // Nothing in this status, but the counters found some in others (a number searched among the open
  // requests that was already answered, for example): say so, with a link to all of them.
  const elsewhere = page.rows.length === 0 && !query.after && query.status !== 'all' && counts.some((c) => c.count > 0);
  const navigation = [
    ...(query.after ? [{ href: inboxHref(query), label: t('pagination.first') }] : []),
    ...(page.nextCursor ? [{ href: inboxHref(query, { after: page.nextCursor }), label: t('pagination.next') }] : []),
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={ta('welcome', { name: user.displayName, role: ta(`role.${user.role}`) })} />
      {user.role === 'CLERK' && departments.length === 0 ? (
        <p role="status" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {ta('noDepartments')}
        </p>
      ) : null}
      <InboxStatusTabs query={query} counts={counts} />
      <AdminSection id="inbox-filters" title={t('filters.title')} framed>
        <InboxFilters query={query} departments={departments} locale={locale} />
      </AdminSection>
      <AdminSection id="inbox-results" title={t('results')}>
        {searchTooShort ? (
          <p role="status" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
            {t('searchTooShort', { min: NAME_SEARCH_MIN_LENGTH })}
          </p>
        ) : null}
        {page.rows.length === 0 ? (
          <div className="space-y-2">
            <p>{query.after ? t('emptyPage') : t('empty')}</p>
            {elsewhere ? (
              <p>
                {t('otherStatuses')} <Link href={inboxHref(query, { status: 'all' })}>{t('showAllStatuses')}</Link>
              </p>
            ) : null}
          </div>
        ) : (
          <InboxTable rows={page.rows} sort={query.sort} locale={locale} now={new Date()} calendar={calendar} />
        )}
        <AdminLinks label={t('pagination.label')} links={navigation} />
      </AdminSection>
    </div>
  );
}
