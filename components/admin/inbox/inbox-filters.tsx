import { FilterActions, FilterInput, FilterSelect } from '@/components/admin/filter-form';
import { getTranslations } from 'next-intl/server';
import { inboxHref } from '@/components/admin/inbox/inbox-href';
import type { TLocale } from '@/lib/i18n/config';
import { INBOX_STATUSES, type TInboxQuery } from '@/lib/requests/queries/inbox';

type TDepartmentOption = {
  slug: string;
  nameRo: string;
  nameEn: string;
  services: { slug: string; titleRo: string; titleEn: string }[];
};

/**
 * The inbox's filters: a plain GET form (works without JavaScript, and a filtered view is a link one
 * can share). Submitting starts again at the first page: the cursor is not part of the form.
 */
export async function InboxFilters({ query, departments, locale }: { query: TInboxQuery; departments: TDepartmentOption[]; locale: TLocale }) {
  const [t, tr] = await Promise.all([getTranslations('inbox.filters'), getTranslations('request.status')]);
  const name = (item: { nameRo: string; nameEn: string }) => (locale === 'en' ? item.nameEn : item.nameRo);
  const title = (item: { titleRo: string; titleEn: string }) => (locale === 'en' ? item.titleEn : item.titleRo);
  const withServices = departments.filter((d) => d.services.length > 0);
  return (
    // Keyed by the filters: after a client-side navigation (a counter, "Resetează") the uncontrolled
    // fields must show the new filters, not keep what was typed before.
    <form key={inboxHref(query)} method="get" action="/admin" role="search" aria-label={t('label')} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterInput id="inbox-q" label={t('search')} hint={t('searchHint')} className="sm:col-span-2 lg:col-span-3" name="q" type="search" defaultValue={query.q ?? ''} maxLength={100} />
        <FilterSelect id="inbox-status" label={t('status')} name="status" defaultValue={query.status}>
          <option value="open">{t('statusOpen')}</option>
          {INBOX_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tr(status)}
            </option>
          ))}
          <option value="all">{t('statusAll')}</option>
        </FilterSelect>
        <FilterSelect id="inbox-department" label={t('department')} name="department" defaultValue={query.department ?? ''}>
          <option value="">{t('allDepartments')}</option>
          {departments.map((department) => (
            <option key={department.slug} value={department.slug}>
              {name(department)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="inbox-service" label={t('service')} name="service" defaultValue={query.service ?? ''}>
          <option value="">{t('allServices')}</option>
          {withServices.map((department) => (
            <optgroup key={department.slug} label={name(department)}>
              {department.services.map((service) => (
                <option key={service.slug} value={service.slug}>
                  {title(service)}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t('assigned')}</legend>
          {(
            [
              ['', t('assignedAny')],
              ['me', t('assignedMe')],
              ['unassigned', t('unassigned')],
            ] as const
          ).map(([value, label]) => (
            <label key={value || 'any'} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="assigned" value={value} defaultChecked={(query.assigned ?? '') === value} className="h-6 w-6 shrink-0 accent-brand-700" />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-4">
          <div className="flex min-h-11 items-center gap-3">
            <input id="inbox-overdue" type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} className="h-6 w-6 shrink-0 accent-brand-700" />
            <label htmlFor="inbox-overdue">{t('overdue')}</label>
          </div>
        </div>
        <FilterSelect id="inbox-sort" label={t('sort')} name="sort" defaultValue={query.sort}>
          <option value="due">{t('sortDue')}</option>
          <option value="submitted">{t('sortSubmitted')}</option>
        </FilterSelect>
      </div>
      <FilterActions apply={t('apply')} reset={t('reset')} resetHref="/admin" />
    </form>
  );
}
