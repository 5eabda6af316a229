'use client';

/**
 * What the taxpayer owes, per year, with a checkbox for each obligation still owed: the total of
 * the ticked ones updates as they tick, and "Plătiți cu cardul" sends them to the server action,
 * which opens the payment at the provider (or says why not, above the table). Where the tax system
 * sends a legal order of payment, ticking an obligation also ticks the unpaid ones before it, and
 * unticking one unticks those after it (the server checks the order again). Without JavaScript the
 * form posts the same way; only the live total and the ticking along need it.
 */
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useActionState, useMemo, useState } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { formatLei } from '@/lib/i18n/format';
import type { TLocale } from '@/lib/i18n/config';
import { startTaxPaymentAction } from '@/lib/payments/actions';

export type TObligationRow = {
  id: string;
  year: number;
  kindLabel: string;
  description: string;
  dueDate: string;
  overdue: boolean;
  principalBani: number;
  incrementsBani: number;
  paidBani: number;
  outstandingBani: number;
  openPaymentId: string | null;
  /** The legal order of payment, when the tax system sends one (lower first). */
  rank: number | null;
};

type TProps = { rows: TObligationRow[]; locale: TLocale; idempotencyKey: string; canPay: boolean; ordered: boolean };

export function TaxPaymentForm({ rows, locale, idempotencyKey, canPay, ordered }: TProps) {
  const t = useTranslations('taxes');
  const text = useErrorText();
  const [state, action, pending] = useActionState(startTaxPaymentAction, null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const total = useMemo(() => rows.filter((row) => ticked.has(row.id)).reduce((sum, row) => sum + row.outstandingBani, 0), [rows, ticked]);
  const years = [...new Set(rows.map((row) => row.year))];
  const error = state && !state.ok ? (state.fieldErrors?.obligationIds?.[0] ?? state.formError ?? 'unexpected') : null;
  const payable = rows.filter((row) => row.outstandingBani > 0 && !row.openPaymentId);

  const toggle = (row: TObligationRow, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(row.id);
      else next.delete(row.id);
      if (row.rank !== null) {
        for (const other of payable) {
          if (other.rank === null) continue;
          if (on && other.rank < row.rank) next.add(other.id);
          if (!on && other.rank > row.rank) next.delete(other.id);
        }
      }
      return next;
    });

  return (
    <form action={action} className="space-y-6" aria-describedby={error ? 'tax-payment-error' : undefined}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {error ? (
        <p id="tax-payment-error" role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {text(error)}
        </p>
      ) : null}
      {ordered ? <p className="text-gray-800">{t('legalOrder')}</p> : null}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="mb-3 text-2xl font-bold text-brand-900">
            {t('year', { year })}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] border-collapse text-left">
              <caption className="sr-only">{t('tableCaption', { year })}</caption>
              <thead>
                <tr className="border-b-2 border-gray-400">
                  {canPay ? <th scope="col" className="w-12 p-2"><span className="sr-only">{t('select')}</span></th> : null}
                  <th scope="col" className="p-2">{t('obligation')}</th>
                  <th scope="col" className="p-2">{t('dueDate')}</th>
                  <th scope="col" className="p-2 text-right">{t('principal')}</th>
                  <th scope="col" className="p-2 text-right">{t('increments')}</th>
                  <th scope="col" className="p-2 text-right">{t('paid')}</th>
                  <th scope="col" className="p-2 text-right">{t('outstanding')}</th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((row) => row.year === year)
                  .map((row) => {
                    const name = `${row.kindLabel} — ${row.description}`;
                    return (
                      <tr key={row.id} className="border-b border-gray-200 align-top">
                        {canPay ? (
                          <td className="p-2">
                            {row.outstandingBani > 0 && !row.openPaymentId ? (
                              <input
                                type="checkbox"
                                name="obligationIds"
                                value={row.id}
                                id={`obligation-${row.id}`}
                                checked={ticked.has(row.id)}
                                onChange={(event) => toggle(row, event.target.checked)}
                                className="h-6 w-6"
                                aria-describedby={error ? 'tax-payment-error' : undefined}
                              />
                            ) : null}
                          </td>
                        ) : null}
                        <td className="p-2">
                          {canPay && row.outstandingBani > 0 && !row.openPaymentId ? (
                            <label htmlFor={`obligation-${row.id}`} className="font-semibold">
                              {name}
                            </label>
                          ) : (
                            <span className="font-semibold">{name}</span>
                          )}
                          {row.openPaymentId ? (
                            <p className="text-sm">
                              <Link href={`/taxes/payments/${row.openPaymentId}`}>{t('paymentInProgress')}</Link>
                            </p>
                          ) : null}
                          {row.outstandingBani === 0 ? <p className="text-sm font-semibold text-green-800">{t('settled')}</p> : null}
                        </td>
                        <td className="p-2">
                          {row.dueDate}
                          {row.overdue && row.outstandingBani > 0 ? <span className="block text-sm font-semibold text-red-800">{t('overdue')}</span> : null}
                        </td>
                        <td className="p-2 text-right tabular-nums">{formatLei(row.principalBani, locale)}</td>
                        <td className="p-2 text-right tabular-nums">{formatLei(row.incrementsBani, locale)}</td>
                        <td className="p-2 text-right tabular-nums">{formatLei(row.paidBani, locale)}</td>
                        <td className="p-2 text-right font-semibold tabular-nums">{formatLei(row.outstandingBani, locale)}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {canPay && payable.length > 0 ? (
        <div className="flex flex-wrap items-center gap-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
          <p className="text-xl font-bold" aria-live="polite">
            {t('selectedTotal', { amount: formatLei(total, locale), count: ticked.size })}
          </p>
          <button type="submit" disabled={pending} className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
            {pending ? t('opening') : t('payByCard')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
