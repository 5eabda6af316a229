/** Amounts in lei from bani, as the city hall writes them. Dates are printed by lib/time.ts. */
import type { TLocale } from '@/lib/i18n/config';

/** "1.250,50 lei" / "1,250.50 lei". */
export function formatLei(bani: number, locale: TLocale): string {
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bani / 100)} lei`;
}
