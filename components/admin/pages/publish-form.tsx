'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ActionOutcome, actionButtonClass, type TActionMessage } from '@/components/admin/action-button';
import { contentBodyClass } from '@/components/content/content-body';
import { ActionFormBody, FieldsetFrame, FormScope, TextAreaField, TextField, useErrorText } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TActionResult } from '@/lib/actions';
import { previewContentPageAction, publishContentPageAction } from '@/lib/content/actions';
import { LIMITS, ZPublishContentPageSchema, type TContentPageKey, type TPublishContentPageInput } from '@/lib/content/schemas';

type TProps = {
  pageKey: TContentPageKey;
  baseNumber: number;
  initial: Omit<TPublishContentPageInput, 'key' | 'baseNumber'>;
  /** The current text rendered by the server, shown until the administrator asks for a preview of theirs. */
  initialPreview: { ro: string; en: string };
  termsDocument?: string;
  /** YYYY-MM-DD: the date input's upper bound (today in Romania). */
  today: string;
};

/**
 * The form of a new version of a page, filled with the current one; a server-rendered preview of
 * the Markdown in either language; "Publică versiunea nouă". Someone else's publish meanwhile is
 * refused with a way to reload (the form then holds the newer version).
 */
export function PublishContentPageForm({ pageKey, baseNumber, initial, initialPreview, termsDocument, today }: TProps) {
  const t = useTranslations('contentPages.edit');
  const router = useRouter();
  const errorText = useErrorText();
  const format = useFormatter();
  const publish = useActionForm(ZPublishContentPageSchema, {
    defaultValues: { key: pageKey, baseNumber, ...initial },
    bound: { key: pageKey, baseNumber },
    action: publishContentPageAction,
    refresh: false,
    onSuccess: (data) => router.replace(`/admin/pages/${pageKey}?published=${data.number}`, { scroll: false }),
  });
  const [reloading, startReload] = useTransition();
  const stale = publish.state.formError === 'contentPages.stale';
  const actionForm = { ...publish, pending: publish.pending || reloading, summary: { ...publish.summary, onReload: stale ? () => startReload(() => router.refresh()) : publish.summary.onReload } };

  const [preview, setPreview] = useState<{ language: 'ro' | 'en'; html: string }>({ language: 'ro', html: initialPreview.ro });
  const [previewMessage, setPreviewMessage] = useState<TActionMessage>(null);
  const [previewing, startPreview] = useTransition();
  const showPreview = (language: 'ro' | 'en') =>
    startPreview(async () => {
      setPreviewMessage(null);
      const body = publish.form.getValues(language === 'ro' ? 'bodyRo' : 'bodyEn') ?? '';
      const result = await previewContentPageAction({ body }).catch((): TActionResult<{ html: string }> => ({ ok: false, formError: 'unexpected' }));
      if (result.ok) setPreview({ language, html: result.data.html });
      else setPreviewMessage({ ok: false, text: errorText(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? 'unexpected') });
    });

  const counter = (name: 'bodyRo' | 'bodyEn') => `${format.number((publish.form.watch(name) ?? '').length)} / ${format.number(LIMITS.body)}`;
  return (
    <FormScope name="publish">
      <ActionFormBody actionForm={actionForm} requiredLegend submit={t('publish')} className="space-y-6" variant={termsDocument ? 'danger' : 'primary'}>
        <FieldsetFrame name="ro" legend={t('romanian')} variant="box">
          <TextField form={publish.form} name="titleRo" label={t('titleRo')} required autoComplete="off" maxLength={LIMITS.title} />
          <TextAreaField form={publish.form} name="leadRo" label={t('leadRo')} required rows={3} maxLength={LIMITS.lead} />
          <TextAreaField form={publish.form} name="bodyRo" label={t('bodyRo')} required rows={18} hint={t('bodyHint')} note={counter('bodyRo')} />
        </FieldsetFrame>
        <FieldsetFrame name="en" legend={t('english')} variant="box">
          <TextField form={publish.form} name="titleEn" label={t('titleEn')} required autoComplete="off" lang="en" maxLength={LIMITS.title} />
          <TextAreaField form={publish.form} name="leadEn" label={t('leadEn')} required rows={3} lang="en" maxLength={LIMITS.lead} />
          <TextAreaField form={publish.form} name="bodyEn" label={t('bodyEn')} required rows={18} lang="en" hint={t('bodyHint')} note={counter('bodyEn')} />
        </FieldsetFrame>
        {pageKey === 'accessibility' ? <TextField form={publish.form} name="reviewedAt" type="date" label={t('reviewedAt')} required hint={t('reviewedAtHint')} max={today} /> : null}

        <section aria-labelledby="page-preview" className="space-y-3 rounded-lg border border-gray-300 p-4">
          <h3 id="page-preview" className="text-xl font-bold text-brand-900">
            {t('previewTitle')}
          </h3>
          <p className="text-gray-700">{t('previewLead')}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={`${actionButtonClass} border-brand-700 text-brand-900`} disabled={previewing} onClick={() => showPreview('ro')}>
              {t('previewRo')}
            </button>
            <button type="button" className={`${actionButtonClass} border-brand-700 text-brand-900`} disabled={previewing} onClick={() => showPreview('en')}>
              {t('previewEn')}
            </button>
          </div>
          <ActionOutcome message={previewMessage} />
          <div aria-live="polite" className="rounded-md bg-gray-50 p-4">
            <p className="mb-2 text-sm font-semibold text-gray-700">{t('previewOf', { language: t(preview.language === 'ro' ? 'previewLanguageRo' : 'previewLanguageEn') })}</p>
            <div lang={preview.language} className={`space-y-4 text-base leading-7 ${contentBodyClass}`} dangerouslySetInnerHTML={{ __html: preview.html }} />
          </div>
        </section>

        {termsDocument ? (
          <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 font-semibold text-gray-900">{t('termsWarning', { document: termsDocument })}</p>
        ) : null}
      </ActionFormBody>
    </FormScope>
  );
}
