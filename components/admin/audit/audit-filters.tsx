import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TAuditFilter } from '@/lib/audit-log';

const inputClass = 'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base focus:border-brand-700';

/** The filters of the audit log: a plain GET form, so that a filtered view is a link one can share. */
export async function AuditFilters({ filter, actions }: { filter: TAuditFilter; actions: { value: string; label: string }[] }) {
  const t = await getTranslations('audit.filters');
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t('label')} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="audit-person" className="font-semibold">
            {t('person')}
          </label>
          <input id="audit-person" name="person" type="search" defaultValue={filter.person ?? ''} className={inputClass} aria-describedby="audit-person-hint" />
          <p id="audit-person-hint" className="text-sm text-gray-700">
            {t('personHint')}
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-request" className="font-semibold">
            {t('request')}
          </label>
          <input id="audit-request" name="request" type="search" defaultValue={filter.request ?? ''} className={inputClass} aria-describedby="audit-request-hint" />
          <p id="audit-request-hint" className="text-sm text-gray-700">
            {t('requestHint')}
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-action" className="font-semibold">
            {t('action')}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''} className={inputClass}>
            <option value="">{t('allActions')}</option>
            {actions.map((action) => (
              <option key={action.value} value={action.value}>
                {action.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-from" className="font-semibold">
            {t('from')}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-to" className="font-semibold">
            {t('to')}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">
          {t('apply')}
        </button>
        <Link href="/admin/audit">{t('clear')}</Link>
      </div>
    </form>
  );
}
