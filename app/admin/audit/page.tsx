import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuditFilters } from '@/components/admin/audit/audit-filters';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { listAuditLog, parseAuditFilter, type TAuditFilter } from '@/lib/audit-log';
import { requireStaff } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The link to another page of the same filtered view. */
function pageHref(filter: TAuditFilter, cursor: { after?: string; before?: string }) {
  const query = new URLSearchParams();
  for (const key of ['person', 'request', 'action', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (cursor.after) query.set('after', cursor.after);
  if (cursor.before) query.set('before', cursor.before);
  return `/admin/audit?${query.toString()}`;
}

export default async function AuditPage({ searchParams }: TProps) {
  const user = await requireStaff('/admin/audit', ['ADMIN']);
  const filter = parseAuditFilter(await searchParams);
  const t = await getTranslations('audit');
  const page = await listAuditLog(user, filter);

  // The actions the portal records are the ones with a label (no scan of the whole log to list
  // them); an action recorded by newer code still shows in the table as it was written.
  const labels = t.raw('actions') as Record<string, Record<string, unknown>>;
  const actions = Object.entries(labels).flatMap(([group, verbs]) => Object.keys(verbs).map((verb) => `${group}.${verb}`));
  const actionLabel = (action: string) => {
    const [group, verb] = action.split('.', 2);
    const label = group && verb ? labels[group]?.[verb] : undefined;
    return typeof label === 'string' ? label : action;
  };

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('lead')}</p>
      </div>
      <section aria-labelledby="audit-filters" className="rounded-lg border border-gray-300 p-5">
        <h2 id="audit-filters" className="mb-4 text-2xl font-bold text-brand-900">
          {t('filters.title')}
        </h2>
        <AuditFilters filter={filter} actions={actions.map((value) => ({ value, label: actionLabel(value) }))} />
      </section>
      <section aria-labelledby="audit-results" className="space-y-4">
        <h2 id="audit-results" className="text-2xl font-bold text-brand-900">
          {t('results')}
        </h2>
        {page.rows.length === 0 ? <p>{t('empty')}</p> : <AuditTable rows={page.rows} actionLabel={actionLabel} />}
        {page.newer || page.older ? (
          <nav aria-label={t('pagination.label')}>
            <ul className="flex flex-wrap gap-6">
              {page.newer ? (
                <>
                  <li>
                    <Link href={pageHref(filter, {})} className="inline-flex min-h-11 items-center font-semibold">
                      {t('pagination.newest')}
                    </Link>
                  </li>
                  <li>
                    <Link href={pageHref(filter, { before: page.newer })} className="inline-flex min-h-11 items-center font-semibold">
                      {t('pagination.newer')}
                    </Link>
                  </li>
                </>
              ) : null}
              {page.older ? (
                <li>
                  <Link href={pageHref(filter, { after: page.older })} className="inline-flex min-h-11 items-center font-semibold">
                    {t('pagination.older')}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
