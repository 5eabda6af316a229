import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { AddCalendarDayForm } from '@/components/admin/calendar/calendar-forms';
import { CalendarDaysTable, HolidaysTable, YearPicker } from '@/components/admin/calendar/calendar-tables';
import { requireStaff } from '@/lib/auth/session';
import { getCalendarYear } from '@/lib/calendar/admin';
import { zCalendarYear } from '@/lib/calendar/schemas';
import { toLocale } from '@/lib/i18n/config';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { todayInRomania } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('calendar'))('title') };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const user = await requireStaff('/admin/calendar', ['ADMIN']);
  const currentYear = Number(todayInRomania().slice(0, 4));
  const year = zCalendarYear(currentYear).parse(firstParam((await searchParams).year));
  const [t, locale] = await Promise.all([getTranslations('calendar'), getLocale().then(toLocale)]);
  const calendar = await getCalendarYear(user, year);
  // The years around this one; a year typed in the address is offered too.
  const years = [...new Set([...Array.from({ length: 6 }, (_, i) => currentYear - 2 + i), year])].sort((a, b) => a - b);
  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <YearPicker year={year} years={years} />
      <AdminSection id="calendar-holidays" title={t('holidays.title', { year })}>
        <p className="text-gray-700">{t('holidays.lead')}</p>
        <HolidaysTable holidays={calendar.holidays} locale={locale} labelledBy="calendar-holidays" />
      </AdminSection>
      <AdminSection id="calendar-days" title={t('days.title', { year })}>
        <CalendarDaysTable days={calendar.days} year={year} locale={locale} labelledBy="calendar-days" />
      </AdminSection>
      <AdminSection id="calendar-add" title={t('form.title')} framed>
        <AddCalendarDayForm />
      </AdminSection>
    </div>
  );
}
