import { getTranslations } from 'next-intl/server';
import { FilterActions, FilterInput, FilterSelect } from '@/components/admin/filter-form';
import { PAYMENT_STATUSES, type TPaymentsFilterParsed } from '@/lib/payments/admin';

/** The filters of /admin/payments: a plain GET form, so that a filtered view is a link one can share. */
export async function PaymentsFilters({ filter }: { filter: TPaymentsFilterParsed }) {
  const [t, tStatus] = await Promise.all([getTranslations('paymentsAdmin.filters'), getTranslations('paymentsAdmin.status')]);
  return (
    <form method="get" action="/admin/payments" role="search" aria-label={t('label')} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterInput id="payments-day" label={t('day')} hint={t('dayHint')} name="day" type="date" defaultValue={filter.day ?? ''} />
        <FilterSelect id="payments-status" label={t('status')} name="status" defaultValue={filter.status ?? ''}>
          <option value="">{t('allStatuses')}</option>
          {PAYMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </FilterSelect>
        <FilterInput id="payments-q" label={t('q')} hint={t('qHint')} name="q" type="search" defaultValue={filter.q ?? ''} />
      </div>
      <FilterActions apply={t('apply')} reset={t('clear')} resetHref="/admin/payments" />
    </form>
  );
}
