'use client';

/**
 * The citizen's form, rendered from a definition with the citizen's own components (fields,
 * document blocks, error summary), validated live by the same answers schema, and never sent:
 * "Verifică răspunsurile" checks everything and says whether the form would pass. Documents are
 * checked for type and size as the citizen's are, but are not uploaded (there is no draft).
 */
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary, getError, RequiredLegend, SuccessMessage } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { documentErrorName } from '@/components/requests/apply-form';
import { DocumentUploader } from '@/components/requests/document-uploader';
import { DefinitionFields } from '@/components/services/definition-fields';
import type { TActionResult } from '@/lib/actions';
import { buildAnswersSchema, isConditionMet } from '@/lib/services/form/answers';
import type { TServiceDefinition } from '@/lib/services/form/definition';

const noDraft = async () => undefined;
const ignore = () => undefined;

export function FormPreview({ definition, locale, labels }: { definition: TServiceDefinition; locale: 'ro' | 'en'; labels: { check: string; valid: string; documentsNote: string } }) {
  const t = useTranslations('apply');
  const tAddress = useTranslations('auth.address');
  const schema = useMemo(() => buildAnswersSchema(definition), [definition]);
  const [valid, setValid] = useState(false);
  const preview = useActionForm(schema, {
    defaultValues: {},
    mode: 'onTouched',
    refresh: false,
    // Nothing is sent: a check that passes says so; required documents cannot be there, and are said missing as the citizen would see.
    action: async (): Promise<TActionResult<undefined>> => (checkDocuments() ? { ok: true, data: undefined } : { ok: false, fieldErrors: {} }),
    onInvalid: () => {
      setValid(false);
      checkDocuments();
    },
    onSuccess: () => setValid(true),
    onFailure: () => setValid(false),
  });
  const { form } = preview;
  const answers = useWatch({ control: form.control }) as Record<string, unknown>;
  const requirements = definition.documents.filter((requirement) => isConditionMet(requirement.visibleWhen, answers));

  const checkDocuments = useCallback(() => {
    const missing = requirements.filter((requirement) => requirement.required);
    for (const requirement of missing) form.setError(documentErrorName(requirement.key), { type: 'required', message: 'upload.required' });
    return missing.length === 0;
  }, [form, requirements]);

  const labelOf = useCallback(
    (name: string) => {
      const [key, part] = name.split('.');
      if (key === '_doc') return definition.documents.find((d) => d.key === part)?.name[locale];
      const label = definition.fields.find((f) => f.key === key)?.label[locale];
      return part && label && tAddress.has(part as never) ? `${label} – ${tAddress(part as never)}` : label;
    },
    [definition, locale, tAddress],
  );

  return (
    <form onSubmit={preview.onSubmit} noValidate className="space-y-8">
      <RequiredLegend />
      <ErrorSummary {...preview.summary} labelOf={labelOf} />
      <DefinitionFields definition={definition} form={form} locale={locale} />
      {requirements.length > 0 ? (
        <section aria-labelledby="preview-documents-title" className="space-y-4">
          <h3 id="preview-documents-title" className="text-2xl font-bold text-brand-900">
            {t('documents.title')}
          </h3>
          <p className="text-gray-700">{t('documents.lead')}</p>
          <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3">{labels.documentsNote}</p>
          {requirements.map((requirement) => (
            <DocumentUploader
              key={requirement.key}
              requirement={requirement}
              locale={locale}
              initial={[]}
              ensureDraft={noDraft}
              error={getError(form.formState.errors, documentErrorName(requirement.key))}
              onChange={ignore}
            />
          ))}
        </section>
      ) : null}
      <div className="space-y-4 border-t border-gray-300 pt-6">
        <div aria-live="polite">{valid ? <SuccessMessage>{labels.valid}</SuccessMessage> : null}</div>
        <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">
          {labels.check}
        </button>
      </div>
    </form>
  );
}
