import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { inboxHref } from '@/components/admin/inbox/inbox-href';
import type { TLocale } from '@/lib/i18n/config';
import { INBOX_STATUSES, type TInboxQuery } from '@/lib/requests/inbox';

const inputClass = 'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base focus:border-brand-700';

type TDepartmentOption = { slug: string; nameRo: string; nameEn: string; services: { slug: string; titleRo: string; titleEn: string }[] };

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
        <div className="space-y-1 sm:col-span-2 lg:col-span-3">
          <label htmlFor="inbox-q" className="font-semibold">
            {t('search')}
          </label>
          <input id="inbox-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={100} className={inputClass} aria-describedby="inbox-q-hint" />
          <p id="inbox-q-hint" className="text-sm text-gray-700">
            {t('searchHint')}
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="inbox-status" className="font-semibold">
            {t('status')}
          </label>
          <select id="inbox-status" name="status" defaultValue={query.status} className={inputClass}>
            <option value="open">{t('statusOpen')}</option>
            {INBOX_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tr(status)}
              </option>
            ))}
            <option value="all">{t('statusAll')}</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="inbox-department" className="font-semibold">
            {t('department')}
          </label>
          <select id="inbox-department" name="department" defaultValue={query.department ?? ''} className={inputClass}>
            <option value="">{t('allDepartments')}</option>
            {departments.map((department) => (
              <option key={department.slug} value={department.slug}>
                {name(department)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="inbox-service" className="font-semibold">
            {t('service')}
          </label>
          <select id="inbox-service" name="service" defaultValue={query.service ?? ''} className={inputClass}>
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
          </select>
        </div>
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
        <div className="space-y-1">
          <label htmlFor="inbox-sort" className="font-semibold">
            {t('sort')}
          </label>
          <select id="inbox-sort" name="sort" defaultValue={query.sort} className={inputClass}>
            <option value="due">{t('sortDue')}</option>
            <option value="submitted">{t('sortSubmitted')}</option>
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">
          {t('apply')}
        </button>
        <Link href="/admin" className="inline-flex min-h-11 items-center">
          {t('reset')}
        </Link>
      </div>
    </form>
  );
}
