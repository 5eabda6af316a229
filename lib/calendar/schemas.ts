/**
 * Inputs of the administrator's working-day calendar (/admin/calendar): one zod schema each, used
 * by the form in the browser and parsed again by the server actions. Errors are message keys
 * (`errors.calendar.*`). The rules that need only the law (weekends, Labour Code holidays) are
 * checked here, on both sides; "the day is there already" needs the database (lib/calendar/admin.ts).
 */
import { z } from 'zod';
import { isLegalHoliday, isWeekend } from '@/lib/requests/terms';
import { isDay } from '@/lib/time';

export const CALENDAR_DAY_KINDS = ['DAY_OFF', 'WORKING_DAY'] as const;
export type TCalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/**
 * The years the calendar counts: from 2018, the first year whose holidays the table lists right (Good
 * Friday since 2018; 6–7 January since 2024, both kept by year), to 2099 (Orthodox Easter is computed for 1900–2099).
 */
const CALENDAR_FIRST_YEAR = 2018;
const CALENDAR_LAST_YEAR = 2099;

const zDay = z
  .string({ error: 'calendar.dayInvalid' })
  .trim()
  .refine((day) => isDay(day) && Number(day.slice(0, 4)) >= CALENDAR_FIRST_YEAR && Number(day.slice(0, 4)) <= CALENDAR_LAST_YEAR, 'calendar.dayInvalid');

const zNote = z.string({ error: 'calendar.noteRequired' }).trim().min(2, 'calendar.noteRequired').max(300, 'calendar.noteTooLong');

/**
 * A day the administrator adds: a day off granted besides weekends and legal holidays (a working
 * day made free), or a make-up working day (a Saturday or Sunday worked instead). A note says why,
 * in both languages ("HG nr. …/2026").
 */
export const ZAddCalendarDaySchema = z
  .object({
    day: zDay,
    kind: z.enum(CALENDAR_DAY_KINDS, { error: 'calendar.kindRequired' }),
    noteRo: zNote,
    noteEn: zNote,
  })
  .strict()
  .superRefine(({ day, kind }, ctx) => {
    if (!isDay(day)) return;
    const weekend = isWeekend(day);
    const holiday = isLegalHoliday(day);
    if (kind === 'DAY_OFF' && holiday) ctx.addIssue({ code: 'custom', path: ['day'], message: 'calendar.dayOffOnHoliday' });
    else if (kind === 'DAY_OFF' && weekend) ctx.addIssue({ code: 'custom', path: ['day'], message: 'calendar.dayOffOnWeekend' });
    // A legal holiday is free by law: no government decision makes it a working day.
    else if (kind === 'WORKING_DAY' && holiday) ctx.addIssue({ code: 'custom', path: ['day'], message: 'calendar.workingOnHoliday' });
    else if (kind === 'WORKING_DAY' && !weekend) ctx.addIssue({ code: 'custom', path: ['day'], message: 'calendar.alreadyWorking' });
  });
export type TAddCalendarDayInput = z.input<typeof ZAddCalendarDaySchema>;
export type TAddCalendarDay = z.output<typeof ZAddCalendarDaySchema>;

export const ZRemoveCalendarDaySchema = z.object({ day: zDay }).strict();
export type TRemoveCalendarDay = z.output<typeof ZRemoveCalendarDaySchema>;

/** The year the page shows, from its URL (`?year=2027`); anything else: the current year. */
export const zCalendarYear = (fallback: number) =>
  z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR).catch(fallback).default(fallback);
