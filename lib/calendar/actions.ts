'use server';

import { adminAction } from '@/lib/actions';
import { addCalendarDay, removeCalendarDay } from '@/lib/calendar/admin';
import { ZAddCalendarDaySchema, ZRemoveCalendarDaySchema } from '@/lib/calendar/schemas';

export const addCalendarDayAction = adminAction(ZAddCalendarDaySchema, async (data, { user, request }) => addCalendarDay(data, { actor: user, request }));

export const removeCalendarDayAction = adminAction(ZRemoveCalendarDaySchema, async (data, { user, request }) => removeCalendarDay(data, { actor: user, request }));
