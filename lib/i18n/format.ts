/**
 * Dates and money as the city hall writes them, for places without next-intl's formatter (emails,
 * the PDF receipt, server code): dates on Romanian time, "05.03.2026 14:30" in Romanian and
 * "5 March 2026, 14:30" in English; amounts in lei from bani.
 */
import type { TLocale } from '@/lib/i18n/config';

const TIME_ZONE = 'Europe/Bucharest';

// Intl formatters are costly to build (time zone data): built once per locale.
const dateFormats: Record<TLocale, Intl.DateTimeFormat> = {
  ro: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

export function formatDate(date: Date, locale: TLocale, { withTime = false }: { withTime?: boolean } = {}): string {
  const parts = dateFormats[locale].formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = locale === 'ro' ? `${part('day')}.${part('month')}.${part('year')}` : `${Number(part('day'))} ${part('month')} ${part('year')}`;
  if (!withTime) return day;
  return `${day}${locale === 'ro' ? '' : ','} ${part('hour')}:${part('minute')}`;
}

/** "1.250,50 lei" / "1,250.50 lei". */
export function formatLei(bani: number, locale: TLocale): string {
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bani / 100)} lei`;
}
