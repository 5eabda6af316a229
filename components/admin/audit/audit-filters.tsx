import { FilterActions, FilterField, filterInputClass } from '@/components/admin/filter-form';
import { getTranslations } from 'next-intl/server';
import type { TAuditFilter } from '@/lib/audit-log';

/** The filters of the audit log: a plain GET form, so that a filtered view is a link one can share. */
export async function AuditFilters({ filter, actions }: { filter: TAuditFilter; actions: { value: string; label: string }[] }) {
  const t = await getTranslations('audit.filters');
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t('label')} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterField id="audit-person" label={t('person')} hint={t('personHint')}>
          <input id="audit-person" name="person" type="search" defaultValue={filter.person ?? ''} className={filterInputClass} aria-describedby="audit-person-hint" />
        </FilterField>
        <FilterField id="audit-request" label={t('request')} hint={t('requestHint')}>
          <input id="audit-request" name="request" type="search" defaultValue={filter.request ?? ''} className={filterInputClass} aria-describedby="audit-request-hint" />
        </FilterField>
        <FilterField id="audit-action" label={t('action')}>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''} className={filterInputClass}>
            <option value="">{t('allActions')}</option>
            {actions.map((action) => (
              <option key={action.value} value={action.value}>
                {action.label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="audit-from" label={t('from')}>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} className={filterInputClass} />
        </FilterField>
        <FilterField id="audit-to" label={t('to')}>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} className={filterInputClass} />
        </FilterField>
      </div>
      <FilterActions apply={t('apply')} reset={t('clear')} resetHref="/admin/audit" />
    </form>
  );
}
