'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionFormBody, FormScope, RadioGroupField, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { addCalendarDayAction } from '@/lib/calendar/actions';
import { CALENDAR_DAY_KINDS, ZAddCalendarDaySchema, type TAddCalendarDayInput } from '@/lib/calendar/schemas';
import { toLocale } from '@/lib/i18n/config';
import { formatDay } from '@/lib/time';

const EMPTY: TAddCalendarDayInput = { day: '', kind: 'DAY_OFF', noteRo: '', noteEn: '' };

/** Adds a day off granted or a make-up working day, with the note that says why in both languages. */
export function AddCalendarDayForm() {
  const t = useTranslations('calendar');
  const locale = toLocale(useLocale());
  const [added, setAdded] = useState('');
  const add = useActionForm(ZAddCalendarDaySchema, { defaultValues: EMPTY, action: addCalendarDayAction, reset: true, onSuccess: (data) => setAdded(formatDay(data.day, locale)) });
  return (
    <FormScope name="calendar-add">
      <ActionFormBody actionForm={add} requiredLegend success={t('form.added', { date: added })} submit={t('form.submit')} className="space-y-5">
        <TextField form={add.form} name="day" type="date" label={t('form.day')} required hint={t('form.dayHint')} className="max-w-xs" />
        <RadioGroupField
          form={add.form}
          name="kind"
          label={t('form.kind')}
          required
          options={CALENDAR_DAY_KINDS.map((kind) => ({ value: kind, label: t(`kindOptions.${kind}`) }))}
        />
        <div className="grid gap-4 lg:grid-cols-2">
          <TextField form={add.form} name="noteRo" label={t('form.noteRo')} required hint={t('form.noteRoHint')} autoComplete="off" maxLength={300} />
          <TextField form={add.form} name="noteEn" label={t('form.noteEn')} required autoComplete="off" lang="en" maxLength={300} />
        </div>
      </ActionFormBody>
    </FormScope>
  );
}
