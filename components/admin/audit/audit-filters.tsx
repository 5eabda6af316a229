import { FilterActions, FilterInput, FilterSelect } from '@/components/admin/filter-form';
import { getTranslations } from 'next-intl/server';
import type { TAuditFilter } from '@/lib/audit/read';

/** The filters of the audit log: a plain GET form, so that a filtered view is a link one can share. */
export async function AuditFilters({ filter, actions }: { filter: TAuditFilter; actions: { value: string; label: string }[] }) {
  const t = await getTranslations('audit.filters');
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t('label')} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterInput id="audit-person" label={t('person')} hint={t('personHint')} name="person" type="search" defaultValue={filter.person ?? ''} />
        <FilterInput id="audit-request" label={t('request')} hint={t('requestHint')} name="request" type="search" defaultValue={filter.request ?? ''} />
        <FilterSelect id="audit-action" label={t('action')} name="action" defaultValue={filter.action ?? ''}>
          <option value="">{t('allActions')}</option>
          {actions.map((action) => (
            <option key={action.value} value={action.value}>
              {action.label}
            </option>
          ))}
        </FilterSelect>
        <FilterInput id="audit-from" label={t('from')} name="from" type="date" defaultValue={filter.from ?? ''} />
        <FilterInput id="audit-to" label={t('to')} name="to" type="date" defaultValue={filter.to ?? ''} />
      </div>
      <FilterActions apply={t('apply')} reset={t('clear')} resetHref="/admin/audit" />
    </form>
  );
}
