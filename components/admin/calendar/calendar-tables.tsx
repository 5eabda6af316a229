import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { FilterSelect } from '@/components/admin/filter-form';
import type { TCalendarDayRow } from '@/lib/calendar/admin';
import { removeCalendarDayAction } from '@/lib/calendar/actions';
import type { TLocale } from '@/lib/i18n/config';
import type { THoliday } from '@/lib/requests/terms';
import { formatDay } from '@/lib/time';

const weekdayFormats: Record<TLocale, Intl.DateTimeFormat> = {
  ro: new Intl.DateTimeFormat('ro-RO', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
};

/** The day of the week of a day (YYYY-MM-DD): "vineri" / "Friday". */
const weekdayOf = (day: string, locale: TLocale) => weekdayFormats[locale].format(new Date(`${day}T12:00:00Z`));

const cell = 'px-3 py-2';

/** A plain GET form: the year is in the address, so a year's page is a link one can share. */
export async function YearPicker({ year, years }: { year: number; years: number[] }) {
  const t = await getTranslations('calendar.year');
  return (
    <form action="/admin/calendar" className="flex flex-wrap items-end gap-3">
      <FilterSelect id="calendar-year" name="year" label={t('label')} defaultValue={String(year)} className="w-40">
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </FilterSelect>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        {t('submit')}
      </button>
    </form>
  );
}

/**
 * The Labour Code's holidays of the year, with their dates and days of the week; named by the
 * heading of its section (`labelledBy`, the heading's id).
 */
export async function HolidaysTable({ holidays, locale, labelledBy }: { holidays: THoliday[]; locale: TLocale; labelledBy: string }) {
  const t = await getTranslations('calendar.holidays');
  return (
    <div className="overflow-x-auto">
      <table aria-labelledby={labelledBy} className="w-full min-w-[36rem] border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['date', 'weekday', 'name'] as const).map((column) => (
              <th key={column} scope="col" className={`${cell} font-semibold`}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {holidays.map((holiday) => (
            <tr key={`${holiday.day}-${holiday.key}`} className="border-b border-gray-200">
              <td className={cell}>{formatDay(holiday.day, locale)}</td>
              <td className={cell}>{weekdayOf(holiday.day, locale)}</td>
              <th scope="row" className={`${cell} font-normal`}>
                {t(`names.${holiday.key}`)}
              </th>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The administrator's days of the year: date, kind, note in the reader's language, who added it, and
 * "Scoate ziua"; named by the heading of its section (`labelledBy`, the heading's id).
 */
export async function CalendarDaysTable({ days, year, locale, labelledBy }: { days: TCalendarDayRow[]; year: number; locale: TLocale; labelledBy: string }) {
  const t = await getTranslations('calendar');
  if (days.length === 0) return <p>{t('days.empty', { year })}</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-labelledby={labelledBy} className="w-full min-w-[48rem] border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            {(['date', 'weekday', 'kind', 'note', 'addedBy', 'actions'] as const).map((column) => (
              <th key={column} scope="col" className={`${cell} font-semibold`}>
                {t(`days.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((row) => {
            const date = formatDay(row.day, locale);
            return (
              <tr key={row.day} className="border-b border-gray-200 align-top">
                <th scope="row" className={`${cell} font-semibold`}>
                  {date}
                </th>
                <td className={cell}>{weekdayOf(row.day, locale)}</td>
                <td className={cell}>{t(`kinds.${row.kind}`)}</td>
                <td className={cell}>{locale === 'en' ? row.noteEn : row.noteRo}</td>
                <td className={cell}>{row.createdBy ?? '—'}</td>
                <td className={cell}>
                  <ActionButton action={removeCalendarDayAction} input={{ day: row.day }} variant="danger" confirm={t('days.removeConfirm', { date })} success={t('days.removed', { date })}>
                    {t('days.remove')}
                    <span className="sr-only"> {date}</span>
                  </ActionButton>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
