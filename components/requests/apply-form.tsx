'use client';

/**
 * Step 1 of applying: the service's form, rendered from its definition, with its documents. The
 * draft is saved as the user types; "Continuă" checks everything (the same schema as the server)
 * and goes to the review page.
 */
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary, getError, RequiredLegend, SubmitButton } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { DocumentUploader, type TUploadedDocument } from '@/components/requests/document-uploader';
import { useDraft } from '@/components/requests/use-draft';
import { DefinitionFields, type TAnswerFormValues } from '@/components/services/definition-fields';
import type { TActionResult } from '@/lib/actions';
import { buildAnswersSchema, isConditionMet } from '@/lib/services/form/answers';
import type { TServiceDefinition } from '@/lib/services/form/definition';
import { formatTime } from '@/lib/time';

/** Form-error names of the document requirements (they are not form fields). */
export const documentErrorName = (key: string) => `_doc.${key}`;

export function ApplyForm({
  serviceSlug,
  definition,
  locale,
  initialAnswers,
  draft,
  validateOnMount = false,
}: {
  serviceSlug: string;
  definition: TServiceDefinition;
  locale: 'ro' | 'en';
  initialAnswers: TAnswerFormValues;
  draft: { requestId?: string; savedAt?: string; documents: TUploadedDocument[] };
  validateOnMount?: boolean;
}) {
  const t = useTranslations('apply');
  const tAddress = useTranslations('auth.address');
  const router = useRouter();
  const schema = useMemo(() => buildAnswersSchema(definition), [definition]);
  // Set once the draft is saved: the button stays busy while the review page opens.
  const [leaving, setLeaving] = useState(false);
  const apply = useActionForm(schema, {
    defaultValues: initialAnswers,
    mode: 'onTouched',
    refresh: false,
    // "Continuă" saves the draft and opens the review. The documents are not form fields: a missing
    // one is said at its uploader, with the fields' errors (the closures run at submit, on this render's values).
    action: async (): Promise<TActionResult<string>> => {
      if (!checkDocuments()) return { ok: false, fieldErrors: {} };
      const requestId = await saveNow();
      return requestId ? { ok: true, data: requestId } : { ok: false, formError: 'unexpected' };
    },
    onInvalid: (): void => void checkDocuments(),
    onSuccess: (requestId) => {
      setLeaving(true);
      router.push(`/services/${serviceSlug}/apply/review?draft=${requestId}`);
    },
  });
  const { form } = apply;
  const getValues = useCallback(() => form.getValues(), [form]);
  const { status, saveNow, scheduleSave, ensureDraft } = useDraft({ serviceSlug, initialRequestId: draft.requestId, initialSavedAt: draft.savedAt, getValues });

  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ type }) => {
          // Only the user's own input (an event, not a reset) calls for a save.
          if (type) scheduleSave();
        },
      }),
    [subscribe, scheduleSave],
  );

  const answers = useWatch({ control: form.control }) as Record<string, unknown>;
  const requirements = definition.documents.filter((requirement) => isConditionMet(requirement.visibleWhen, answers));
  const [storedCounts, setStoredCounts] = useState<Record<string, number>>(() => {
    const counts: Record<string, number> = {};
    for (const document of draft.documents) if (document.requirementKey) counts[document.requirementKey] = (counts[document.requirementKey] ?? 0) + 1;
    return counts;
  });
  const onDocumentsChange = useCallback(
    (key: string, stored: { id: string }[]) => {
      const count = stored.length;
      setStoredCounts((counts) => (counts[key] === count ? counts : { ...counts, [key]: count }));
      if (count > 0 && form.getFieldState(documentErrorName(key)).error) form.clearErrors(documentErrorName(key));
    },
    [form],
  );

  const checkDocuments = useCallback(() => {
    const missing = requirements.filter((requirement) => requirement.required && !((storedCounts[requirement.key] ?? 0) > 0));
    for (const requirement of missing) form.setError(documentErrorName(requirement.key), { type: 'required', message: 'upload.required' });
    return missing.length === 0;
  }, [form, requirements, storedCounts]);

  useEffect(() => {
    if (!validateOnMount) return;
    void form.trigger().then(() => checkDocuments());
    // Only once, when the review page sent the user back to fix something.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const labelOf = useCallback(
    (name: string) => {
      const [key, part] = name.split('.');
      if (key === '_doc') return definition.documents.find((d) => d.key === part)?.name[locale];
      const label = definition.fields.find((f) => f.key === key)?.label[locale];
      return part && label && tAddress.has(part as never) ? `${label} – ${tAddress(part as never)}` : label;
    },
    [definition, locale, tAddress],
  );

  const savedAt = status.savedAt ? formatTime(new Date(status.savedAt)) : null;
  return (
    <form onSubmit={apply.onSubmit} noValidate className="space-y-8">
      <RequiredLegend />
      <ErrorSummary {...apply.summary} labelOf={labelOf} />
      <DefinitionFields definition={definition} form={form} locale={locale} />
      {requirements.length > 0 ? (
        <section aria-labelledby="documents-title" className="space-y-4">
          <h2 id="documents-title" className="text-2xl font-bold text-brand-900">
            {t('documents.title')}
          </h2>
          <p className="text-gray-700">{t('documents.lead')}</p>
          {requirements.map((requirement) => (
            <DocumentUploader
              key={requirement.key}
              requirement={requirement}
              locale={locale}
              initial={draft.documents.filter((document) => document.requirementKey === requirement.key)}
              ensureDraft={ensureDraft}
              // `_doc.<key>` is a path: react-hook-form keeps it as errors._doc[key], not errors['_doc.<key>'].
              error={getError(form.formState.errors, documentErrorName(requirement.key))}
              onChange={onDocumentsChange}
            />
          ))}
        </section>
      ) : null}
      <div className="space-y-4 border-t border-gray-300 pt-6">
        <p aria-live="polite" className="text-gray-700">
          {status.state === 'saving' ? t('draft.saving') : null}
          {status.state === 'saved' && savedAt ? t('draft.saved', { time: savedAt }) : null}
          {status.state === 'error' ? <span className="font-semibold text-red-700">{t('draft.failed')}</span> : null}
        </p>
        <div className="flex flex-wrap gap-4">
          <SubmitButton pending={apply.pending || leaving}>{t('continue')}</SubmitButton>
          <button type="button" onClick={() => void saveNow()} className="min-h-12 rounded-lg border-2 border-brand-700 px-6 text-lg font-semibold text-brand-800">
            {t('draft.save')}
          </button>
        </div>
        <p className="text-sm text-gray-700">{t('draft.hint')}</p>
      </div>
    </form>
  );
}
