'use client';

/**
 * The administrator's editor of one answer template: title, body and legal basis with merge fields,
 * the list of the fields it may use (those of the service's form included), a live preview merged
 * with sample data, and the saved text's PDF. A save adds the next version; the version the page
 * showed goes with it, so a save over someone else's newer one is refused.
 */
import { useTranslations } from 'next-intl';
import { ActionFormBody, TextAreaField, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { saveAnswerTemplateAction } from '@/lib/templates/actions';
import { ANSWER_PREFIX, MERGE_FIELDS, mergeTemplate, unknownFields, type TMergeData } from '@/lib/templates/merge';
import { sampleMergeData } from '@/lib/templates/sample';
import { ZSaveTemplateSchema } from '@/lib/templates/schemas';
import type { ANSWER_TEMPLATE_KINDS } from '@/lib/templates/defaults';

type TProps = {
  serviceId: string;
  kind: (typeof ANSWER_TEMPLATE_KINDS)[number];
  current: { number: number; title: string; body: string; legalBasis: string };
  /** The fields of the service's current form: `{{raspuns.<key>}}`. */
  fields: { key: string; label: string }[];
  sample: { municipality: TMergeData['municipality']; serviceTitle: string; legalBasis: string | null };
  pdfHref: string;
};

export function TemplateEditor({ serviceId, kind, current, fields, sample, pdfHref }: TProps) {
  const t = useTranslations('templates');
  const save = useActionForm(ZSaveTemplateSchema, {
    defaultValues: { title: current.title, body: current.body, legalBasis: current.legalBasis },
    bound: { serviceId, kind, expectedVersion: current.number },
    action: saveAnswerTemplateAction,
  });
  const [title = '', body = '', legalBasis = ''] = save.form.watch(['title', 'body', 'legalBasis']);
  const keys = fields.map((f) => f.key);
  const unknown = (text: string) => unknownFields([text], keys);
  const unknownNote = (text: string) => {
    const names = unknown(text);
    return names.length > 0 ? <span className="font-semibold text-red-700">{t('unknownNames', { names: names.map((n) => `{{${n}}}`).join(', ') })}</span> : undefined;
  };
  const merged = mergeTemplate({ title, body, legalBasis }, sampleMergeData({ ...sample, fields }));

  return (
    <div className="space-y-8">
      <ActionFormBody actionForm={save} scope="template" submit={t('save')} success={t('saved')} requiredLegend>
        <TextField form={save.form} name="title" label={t('fields.title')} hint={t('fields.titleHint')} note={unknownNote(title)} required />
        <TextAreaField form={save.form} name="body" label={t('fields.body')} hint={t('fields.bodyHint')} note={unknownNote(body)} required rows={16} />
        <TextAreaField form={save.form} name="legalBasis" label={t('fields.legalBasis')} hint={t('fields.legalBasisHint')} note={unknownNote(legalBasis)} required rows={3} />
      </ActionFormBody>

      <details className="rounded-lg border border-gray-300 p-4">
        <summary className="cursor-pointer text-lg font-bold text-brand-900">{t('mergeFields.title')}</summary>
        <p className="mt-2 text-gray-700">{t('mergeFields.lead')}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          {MERGE_FIELDS.map((name) => (
            <div key={name} className="contents">
              <dt>
                <code className="rounded bg-gray-100 px-1">{`{{${name}}}`}</code>
              </dt>
              <dd>{t(`mergeFields.names.${name.replace('.', '_') as 'text'}`)}</dd>
            </div>
          ))}
          {fields.map((field) => (
            <div key={field.key} className="contents">
              <dt>
                <code className="rounded bg-gray-100 px-1">{`{{${ANSWER_PREFIX}${field.key}}}`}</code>
              </dt>
              <dd>{t('mergeFields.answer', { label: field.label })}</dd>
            </div>
          ))}
        </dl>
        {fields.length === 0 ? <p className="mt-2">{t('mergeFields.noForm')}</p> : null}
      </details>

      {/* A plain block: the merged text below is the region (one landmark, one name). */}
      <div className="space-y-3">
        <h3 className="text-xl font-bold text-brand-900">
          {t('preview.title')}
        </h3>
        <p className="text-gray-700">{t('preview.lead')}</p>
        <div role="region" aria-label={t('preview.region')} className="space-y-3 rounded-lg border-2 border-dashed border-gray-400 bg-white p-6">
          <p className="text-center text-lg font-bold">{merged.title}</p>
          {merged.paragraphs.map((paragraph, i) => (
            <p key={i} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
          <p>
            <span className="font-semibold">{t('preview.legalBasis')}</span> {merged.legalBasis}
          </p>
        </div>
        <p>
          <a href={pdfHref} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center font-semibold">
            {t('preview.pdf')}
          </a>
          <span className="block text-sm text-gray-700">{t('preview.pdfNote')}</span>
        </p>
      </div>
    </div>
  );
}
