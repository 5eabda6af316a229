import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminLinks, AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { AuditFilters } from '@/components/admin/audit/audit-filters';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { listAuditLog, parseAuditFilter, type TAuditFilter } from '@/lib/audit/read';
import { requireStaff } from '@/lib/auth/session';
import type { TSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

type TProps = { searchParams: Promise<TSearchParams> };

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

  const pages = [
    ...(page.newer
      ? [
          { href: pageHref(filter, {}), label: t('pagination.newest') },
          { href: pageHref(filter, { before: page.newer }), label: t('pagination.newer') },
        ]
      : []),
    ...(page.older ? [{ href: pageHref(filter, { after: page.older }), label: t('pagination.older') }] : []),
  ];

  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="audit-filters" title={t('filters.title')} framed>
        <AuditFilters filter={filter} actions={actions.map((value) => ({ value, label: actionLabel(value) }))} />
      </AdminSection>
      <AdminSection id="audit-results" title={t('results')}>
        {page.rows.length === 0 ? <p>{t('empty')}</p> : <AuditTable rows={page.rows} actionLabel={actionLabel} />}
        <AdminLinks label={t('pagination.label')} links={pages} />
      </AdminSection>
    </div>
  );
}
