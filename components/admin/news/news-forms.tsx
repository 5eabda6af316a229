'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState, useTransition } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ActionFormBody, FormScope, TextAreaField, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { createNewsAction, scheduleNewsAction, updateNewsAction } from '@/lib/news/actions';
import { ZCreateNewsSchema, ZScheduleNewsSchema, ZUpdateNewsSchema, type TCreateNewsInput, type TScheduleNewsInput, type TUpdateNewsInput } from '@/lib/news/schemas';

/** "Reîncarcă pagina" next to the message when the post changed meanwhile (another tab, another administrator). */
function useStaleReload(formError: string | undefined) {
  const router = useRouter();
  const [, startReload] = useTransition();
  return formError === 'news.stale' ? () => startReload(() => router.refresh()) : undefined;
}

/** The texts in both languages: the same fields for a new post and an existing one. */
function ContentFields({ form }: { form: UseFormReturn<TCreateNewsInput> | UseFormReturn<TUpdateNewsInput> }) {
  const t = useTranslations('adminNews.form');
  const f = form as UseFormReturn<TCreateNewsInput>;
  const legend = 'px-1 text-lg font-bold text-brand-900';
  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
        <legend className={legend}>{t('ro')}</legend>
        <TextField form={f} name="titleRo" label={t('titleRo')} required autoComplete="off" />
        <TextAreaField form={f} name="excerptRo" label={t('excerptRo')} required hint={t('excerptHint')} rows={3} />
        <TextAreaField form={f} name="bodyRo" label={t('bodyRo')} required hint={t('bodyHint')} rows={14} />
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4" lang="en">
        <legend className={legend}>{t('en')}</legend>
        <TextField form={f} name="titleEn" label={t('titleEn')} required autoComplete="off" />
        <TextAreaField form={f} name="excerptEn" label={t('excerptEn')} required hint={t('excerptHint')} rows={3} />
        <TextAreaField form={f} name="bodyEn" label={t('bodyEn')} required hint={t('bodyHint')} rows={14} />
      </fieldset>
    </>
  );
}

const EMPTY: TCreateNewsInput = { titleRo: '', titleEn: '', excerptRo: '', excerptEn: '', bodyRo: '', bodyEn: '' };

/** A new post, saved as a draft; its page opens next (image, publication). */
export function CreateNewsForm() {
  const t = useTranslations('adminNews.new');
  const router = useRouter();
  const create = useActionForm(ZCreateNewsSchema, { defaultValues: EMPTY, action: createNewsAction, refresh: false, onSuccess: (data) => router.push(`/admin/news/${data.postId}`) });
  return (
    <FormScope name="create">
      <ActionFormBody actionForm={create} requiredLegend submit={t('create')} className="space-y-5">
        <ContentFields form={create.form} />
      </ActionFormBody>
    </FormScope>
  );
}

/**
 * The texts, the address and the image's descriptions of a post. `updatedAt` and `hasImage` come
 * from the page (the latest render after a refresh): a page older than the post is refused.
 */
export function EditNewsForm({ initial }: { initial: TUpdateNewsInput }) {
  const t = useTranslations('adminNews.form');
  const [changed, setChanged] = useState(true);
  const { postId, updatedAt, hasImage, imageAltRo, imageAltEn } = initial;
  const edit = useActionForm(ZUpdateNewsSchema, { defaultValues: initial, bound: { postId, updatedAt, hasImage }, action: updateNewsAction, onSuccess: (data) => setChanged(data.changed) });
  const onReload = useStaleReload(edit.state.formError);
  const { setValue } = edit.form;
  // A new image (uploaded beside this form) comes with its descriptions: the fields show them.
  useEffect(() => {
    setValue('imageAltRo', imageAltRo);
    setValue('imageAltEn', imageAltEn);
  }, [setValue, hasImage, imageAltRo, imageAltEn]);
  return (
    <FormScope name="edit">
      <ActionFormBody actionForm={{ ...edit, summary: { ...edit.summary, onReload } }} requiredLegend success={t(changed ? 'saved' : 'unchanged')} submit={t('save')} className="space-y-5">
        <ContentFields form={edit.form} />
        <TextField form={edit.form} name="slug" label={t('slug')} required hint={t('slugHint')} autoComplete="off" spellCheck={false} />
        {hasImage ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField form={edit.form} name="imageAltRo" label={t('imageAltRo')} required hint={t('imageAltHint')} autoComplete="off" />
            <TextField form={edit.form} name="imageAltEn" label={t('imageAltEn')} required hint={t('imageAltHint')} autoComplete="off" lang="en" />
          </div>
        ) : null}
      </ActionFormBody>
    </FormScope>
  );
}

/** Publication at a date and time typed in Romanian time; the post must be a draft or scheduled. */
export function ScheduleNewsForm({ initial, rescheduling }: { initial: TScheduleNewsInput; rescheduling: boolean }) {
  const t = useTranslations('adminNews.publish');
  const { postId, updatedAt } = initial;
  const schedule = useActionForm(ZScheduleNewsSchema, { defaultValues: initial, bound: { postId, updatedAt }, action: scheduleNewsAction });
  const onReload = useStaleReload(schedule.state.formError);
  return (
    <FormScope name="schedule">
      <ActionFormBody actionForm={{ ...schedule, summary: { ...schedule.summary, onReload } }} success={t('scheduled')} submit={rescheduling ? t('reschedule') : t('schedule')} size="compact">
        <TextField form={schedule.form} name="publishAt" type="datetime-local" label={t('publishAt')} required hint={t('publishAtHint')} className="sm:w-72" />
      </ActionFormBody>
    </FormScope>
  );
}
