'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, useTransition, type ChangeEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ActionFormBody, CheckboxField, CheckboxGroupField, FormScope, RadioGroupField, SelectField, SuccessMessage, TextAreaField, TextField, useErrorText } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { createServiceAction, importServiceAction, updateServiceAction } from '@/lib/services/admin/actions';
import { TERM_UNITS } from '@/lib/requests/terms';
import type { TPackageProblem } from '@/lib/services/admin/package';
import { APPLICANT_TYPES, ZCreateServiceSchema, ZImportServiceSchema, ZUpdateServiceSchema, type TCreateServiceInput, type TUpdateServiceInput } from '@/lib/services/admin/schemas';

type TOption = { id: string; name: string };

/** The metadata fields, the same for a new service and an existing one. */
function MetadataFields({ form, categories, departments }: { form: UseFormReturn<TCreateServiceInput> | UseFormReturn<TUpdateServiceInput>; categories: TOption[]; departments: TOption[] }) {
  const t = useTranslations('servicesAdmin.form');
  const tTypes = useTranslations('servicesAdmin.applicantTypes');
  const f = form as UseFormReturn<TCreateServiceInput>;
  const tacit = f.watch('tacitApproval');
  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold text-brand-900">{t('texts')}</legend>
        <div className="grid gap-4 lg:grid-cols-2">
          <TextField form={f} name="titleRo" label={t('titleRo')} required autoComplete="off" />
          <TextField form={f} name="titleEn" label={t('titleEn')} required autoComplete="off" lang="en" />
          <TextAreaField form={f} name="summaryRo" label={t('summaryRo')} required rows={3} hint={t('summaryHint')} />
          <TextAreaField form={f} name="summaryEn" label={t('summaryEn')} required rows={3} lang="en" />
          <TextAreaField form={f} name="descriptionRo" label={t('descriptionRo')} required rows={6} />
          <TextAreaField form={f} name="descriptionEn" label={t('descriptionEn')} required rows={6} lang="en" />
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold text-brand-900">{t('placement')}</legend>
        <div className="grid gap-4 lg:grid-cols-2">
          <SelectField form={f} name="categoryId" label={t('category')} required placeholder={t('choose')} options={categories.map((c) => ({ value: c.id, label: c.name }))} />
          <SelectField form={f} name="departmentId" label={t('department')} required hint={t('departmentHint')} placeholder={t('choose')} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
          <TextField form={f} name="position" label={t('position')} required hint={t('positionHint')} type="number" inputMode="numeric" min={0} max={9999} />
        </div>
        <CheckboxGroupField form={f} name="applicantTypes" label={t('applicantTypes')} hint={t('applicantTypesHint')} options={APPLICANT_TYPES.map((type) => ({ value: type, label: tTypes(type) }))} />
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold text-brand-900">{t('law')}</legend>
        <RadioGroupField form={f} name="legalTermUnit" label={t('legalTermUnit')} required hint={t('legalTermUnitHint')} options={TERM_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))} />
        <div className="grid gap-4 lg:grid-cols-2">
          <TextField form={f} name="legalTermDays" label={t('legalTermDays')} required hint={t('legalTermDaysHint')} type="number" inputMode="numeric" min={1} max={365} />
          <TextField form={f} name="maxExtensionDays" label={t('maxExtensionDays')} required hint={t('maxExtensionDaysHint')} type="number" inputMode="numeric" min={0} max={365} />
          <TextAreaField form={f} name="legalBasisRo" label={t('legalBasisRo')} rows={3} />
          <TextAreaField form={f} name="legalBasisEn" label={t('legalBasisEn')} rows={3} lang="en" />
        </div>
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t('suspension')}</legend>
          <CheckboxField form={f} name="suspendOnInfo" label={t('suspendOnInfo')} />
          <CheckboxField form={f} name="suspendOnFee" label={t('suspendOnFee')} />
        </fieldset>
        <CheckboxField form={f} name="tacitApproval" label={t('tacitApproval')} hint={t('tacitApprovalHint')} />
        {tacit ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <TextAreaField form={f} name="tacitApprovalBasisRo" label={t('tacitApprovalBasisRo')} required hint={t('tacitApprovalBasisRoHint')} rows={3} />
            <TextAreaField form={f} name="tacitApprovalBasisEn" label={t('tacitApprovalBasisEn')} required rows={3} lang="en" />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold text-brand-900">{t('feeTitle')}</legend>
        <TextField form={f} name="fee" label={t('fee')} hint={t('feeHint')} inputMode="decimal" autoComplete="off" className="max-w-xs" />
        <div className="grid gap-4 lg:grid-cols-2">
          <TextAreaField form={f} name="feeInfoRo" label={t('feeInfoRo')} rows={3} />
          <TextAreaField form={f} name="feeInfoEn" label={t('feeInfoEn')} rows={3} lang="en" />
        </div>
      </fieldset>
    </>
  );
}

const EMPTY_SERVICE: TCreateServiceInput = {
  slug: '',
  titleRo: '',
  titleEn: '',
  summaryRo: '',
  summaryEn: '',
  descriptionRo: '',
  descriptionEn: '',
  categoryId: '',
  departmentId: '',
  applicantTypes: ['PERSON'],
  legalTermDays: '30',
  legalTermUnit: 'CALENDAR_DAYS',
  maxExtensionDays: '0',
  legalBasisRo: '',
  legalBasisEn: '',
  suspendOnInfo: true,
  suspendOnFee: true,
  tacitApproval: false,
  tacitApprovalBasisRo: '',
  tacitApprovalBasisEn: '',
  fee: '',
  feeInfoRo: '',
  feeInfoEn: '',
  position: '0',
};

/** A new service: created hidden; the next step is its form, on the service's page. */
export function CreateServiceForm({ categories, departments }: { categories: TOption[]; departments: TOption[] }) {
  const t = useTranslations('servicesAdmin.form');
  const router = useRouter();
  const create = useActionForm(ZCreateServiceSchema, {
    defaultValues: EMPTY_SERVICE,
    action: createServiceAction,
    refresh: false,
    onSuccess: (data) => router.push(`/admin/services/${data.serviceId}?created=1`),
  });
  return (
    <FormScope name="create-service">
      <ActionFormBody actionForm={create} requiredLegend submit={t('create')} className="space-y-6">
        <TextField form={create.form} name="slug" label={t('slug')} required hint={t('slugHint')} autoComplete="off" spellCheck={false} className="max-w-xl" />
        <MetadataFields form={create.form} categories={categories} departments={departments} />
      </ActionFormBody>
    </FormScope>
  );
}

/**
 * The metadata of an existing service. A change made meanwhile in another tab is refused; "Reîncarcă
 * pagina" shows it (the fields take the saved values).
 */
export function EditServiceForm({ initial, categories, departments }: { initial: TUpdateServiceInput; categories: TOption[]; departments: TOption[] }) {
  const t = useTranslations('servicesAdmin.form');
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  const [changed, setChanged] = useState(true);
  const edit = useActionForm(ZUpdateServiceSchema, {
    defaultValues: initial,
    bound: { serviceId: initial.serviceId, revision: initial.revision },
    action: updateServiceAction,
    onSuccess: (data) => setChanged(data.changed),
  });
  const { reset } = edit.form;
  // The page was refreshed with other saved values (after a save, or "Reîncarcă pagina"): show them.
  const revision = initial.revision;
  useEffect(() => {
    reset(initial, { keepIsSubmitted: true });
    // Only a new revision means new saved values; `initial` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision, reset]);
  const stale = edit.state.formError === 'servicesAdmin.stale';
  const actionForm = { ...edit, pending: edit.pending || reloading, summary: { ...edit.summary, onReload: stale ? () => startReload(() => router.refresh()) : undefined } };
  return (
    <FormScope name="edit-service">
      <ActionFormBody actionForm={actionForm} requiredLegend success={t(changed ? 'saved' : 'unchanged')} submit={t('save')} className="space-y-6">
        <MetadataFields form={edit.form} categories={categories} departments={departments} />
      </ActionFormBody>
    </FormScope>
  );
}

type TImportResult = { status: 'created' | 'workingCopy'; serviceId: string; slug: string } | { status: 'invalid'; problems: TPackageProblem[] };

/** One problem of an imported file, in the reader's language, with where it is. */
function useProblemText() {
  const t = useTranslations('servicesAdmin.import.problems');
  const tAll = useTranslations();
  const errorText = useErrorText();
  return (problem: TPackageProblem) => {
    if (tAll.has(`errors.${problem.message}` as never)) return errorText(problem.message);
    if (t.has(problem.code as never)) return t(problem.code as never, { message: problem.message, ...(problem.params ?? {}) } as never);
    // A rule of the form's own (a key repeated, a condition on a later field): its words, inside a sentence in the reader's language.
    return t('other', { message: problem.message });
  };
}

/**
 * A service file, pasted or chosen from the computer; optionally the department to put a new
 * service in. Every problem of a file that does not validate is listed.
 */
export function ImportServiceForm({ departments }: { departments: TOption[] }) {
  const t = useTranslations('servicesAdmin.import');
  const problemText = useProblemText();
  const fileId = useId();
  const [result, setResult] = useState<TImportResult | null>(null);
  const importForm = useActionForm(ZImportServiceSchema, {
    defaultValues: { content: '', departmentId: '' },
    action: importServiceAction,
    onSuccess: (data) => setResult(data),
    onFailure: () => setResult(null),
  });
  const { setValue } = importForm.form;
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setValue('content', await file.text(), { shouldValidate: true });
  };
  return (
    <FormScope name="import-service">
      <ActionFormBody actionForm={{ ...importForm, state: { done: false } }} submit={t('submit')} className="space-y-5">
        <div aria-live="polite">
          {result?.status === 'invalid' ? (
            <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
              <p className="font-semibold">{t('invalid', { count: result.problems.length })}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {result.problems.map((problem, index) => (
                  <li key={`${problem.path}-${index}`}>
                    {problem.path ? <code className="mr-1 break-all">{problem.path}</code> : null}
                    {problemText(problem)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {result && result.status !== 'invalid' ? (
            <SuccessMessage>
              <p>{result.status === 'created' ? t('created', { slug: result.slug }) : t('workingCopy', { slug: result.slug })}</p>
              <p className="mt-2">
                <Link href={result.status === 'created' ? `/admin/services/${result.serviceId}` : `/admin/services/${result.serviceId}/form`} className="font-semibold text-green-900">
                  {result.status === 'created' ? t('openService') : t('openForm')}
                </Link>
              </p>
            </SuccessMessage>
          ) : null}
        </div>
        <div className="space-y-1">
          <label htmlFor={fileId} className="font-semibold">
            {t('file')}
          </label>
          <p id={`${fileId}-hint`} className="text-sm text-gray-700">
            {t('fileHint')}
          </p>
          <input id={fileId} type="file" accept="application/json,.json" aria-describedby={`${fileId}-hint`} onChange={(event) => void readFile(event)} className="block min-h-11" />
        </div>
        <TextAreaField form={importForm.form} name="content" label={t('content')} required hint={t('contentHint')} rows={8} spellCheck={false} />
        <SelectField
          form={importForm.form}
          name="departmentId"
          label={t('department')}
          hint={t('departmentHint')}
          placeholder={t('departmentFromFile')}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      </ActionFormBody>
    </FormScope>
  );
}
