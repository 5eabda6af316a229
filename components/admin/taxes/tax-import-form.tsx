'use client';

/**
 * The tax office's upload: the exported file (CSV or JSON) and, optionally, when it was exported.
 * The form posts its FormData to the server action (also without JavaScript); the browser only
 * refuses early what the server would refuse too (no file, a wrong type, too large). A refused
 * file lists every bad row ("Linia 4: CNP invalid: …") in the error summary at the top, which is
 * read out and focused; a good one says how many rows it brought.
 */
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { SubmitButton, SuccessMessage, useErrorText } from '@/components/forms/form-kit';
import type { TActionResult } from '@/lib/actions';
import { importTaxFileAction, type TTaxImportOutcome } from '@/lib/taxes/actions';

type TState = TActionResult<TTaxImportOutcome> | null;

const inputClass = 'block min-h-11 w-full rounded-md border-2 border-gray-500 bg-white px-3 py-2 aria-invalid:border-red-700 focus:border-brand-700';
const FILE_ID = 'field-tax-import-file';
const EXPORTED_AT_ID = 'field-tax-import-exportedAt';

export function TaxImportForm({ maxMb }: { maxMb: number }) {
  const t = useTranslations('taxesAdmin');
  const translate = useTranslations();
  const errorText = useErrorText();
  const [state, action, pending] = useActionState<TState, FormData>(importTaxFileAction, null);
  const [browserError, setBrowserError] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // The server's keys are our namespaces' ("taxesAdmin.form.fileTooLarge", "taxImport.exportedAt.invalid")
  // or the shared ones ("forbidden", "unexpected").
  const text = (key: string) => (translate.has(key as never) ? translate(key as never, { size: maxMb } as never) : errorText(key));
  // A file the browser refuses now replaces what the server said about the previous one.
  const failure = state && !state.ok && !browserError ? state : null;
  const fileError = browserError ?? failure?.fieldErrors?.file?.[0] ?? null;
  const exportedAtError = failure?.fieldErrors?.exportedAt?.[0] ?? null;
  const rowErrors = !browserError && state?.ok && state.data.errors ? state.data : null;
  const imported = !browserError && state?.ok ? state.data.imported : undefined;
  const formError = failure?.formError ?? (failure && !fileError && !exportedAtError ? 'unexpected' : null);
  const hasErrors = Boolean(fileError || exportedAtError || formError || rowErrors);

  useEffect(() => {
    if (state && hasErrors) summary.current?.focus();
  }, [state, hasErrors]);
  useEffect(() => {
    if (imported && fileInput.current) fileInput.current.value = '';
  }, [imported]);

  const check = (event: FormEvent<HTMLFormElement>) => {
    const file = fileInput.current?.files?.[0];
    const problem = !file ? 'taxesAdmin.form.fileRequired' : !/\.(csv|json)$/i.test(file.name) ? 'taxesAdmin.form.fileType' : file.size > maxMb * 1024 * 1024 ? 'taxesAdmin.form.fileTooLarge' : null;
    setBrowserError(problem);
    if (problem) {
      event.preventDefault();
      summary.current?.focus();
    }
  };

  return (
    <form action={action} onSubmit={check} noValidate className="space-y-5">
      <div ref={summary} tabIndex={-1} aria-live="assertive" className="focus:outline-none">
        {hasErrors && !pending ? (
          <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
            {rowErrors ? (
              <>
                <p className="font-semibold">{t('errors.title', { count: rowErrors.errorCount })}</p>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {rowErrors.errors.map((error, i) => (
                    <li key={`${error.line}-${error.field ?? ''}-${i}`}>
                      {error.place}: {error.message}
                    </li>
                  ))}
                </ul>
                {rowErrors.errorCount > rowErrors.errors.length ? <p className="mt-2">{t('errors.more', { count: rowErrors.errorCount - rowErrors.errors.length })}</p> : null}
              </>
            ) : (
              <ul className="list-disc pl-6">
                {formError ? <li className="font-semibold">{text(formError)}</li> : null}
                {fileError ? (
                  <li>
                    <a href={`#${FILE_ID}`} className="text-red-900">
                      {t('form.file')}: {text(fileError)}
                    </a>
                  </li>
                ) : null}
                {exportedAtError ? (
                  <li>
                    <a href={`#${EXPORTED_AT_ID}`} className="text-red-900">
                      {t('form.exportedAt')}: {text(exportedAtError)}
                    </a>
                  </li>
                ) : null}
              </ul>
            )}
          </div>
        ) : null}
      </div>
      {imported && !pending ? <SuccessMessage>{t('result.imported', { file: imported.fileName, rows: imported.rows, created: imported.created, updated: imported.updated, skipped: imported.skipped })}</SuccessMessage> : null}

      <div className="space-y-1">
        <div className="font-semibold">
          <label htmlFor={FILE_ID}>{t('form.file')}</label>
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        </div>
        <p id={`${FILE_ID}-hint`} className="text-sm text-gray-700">
          {t('form.fileHint', { size: maxMb })}
        </p>
        <input
          ref={fileInput}
          id={FILE_ID}
          name="file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[`${FILE_ID}-hint`, fileError ? `${FILE_ID}-error` : null].filter(Boolean).join(' ')}
          onChange={() => setBrowserError(null)}
          className={`${inputClass} file:mr-4 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:font-semibold file:text-white`}
        />
        {fileError ? (
          <p id={`${FILE_ID}-error`} className="text-sm font-semibold text-red-700">
            {text(fileError)}
          </p>
        ) : null}
      </div>

      <div className="max-w-sm space-y-1">
        <label htmlFor={EXPORTED_AT_ID} className="block font-semibold">
          {t('form.exportedAt')}
        </label>
        <p id={`${EXPORTED_AT_ID}-hint`} className="text-sm text-gray-700">
          {t('form.exportedAtHint')}
        </p>
        <input
          id={EXPORTED_AT_ID}
          name="exportedAt"
          type="datetime-local"
          aria-invalid={exportedAtError ? true : undefined}
          aria-describedby={[`${EXPORTED_AT_ID}-hint`, exportedAtError ? `${EXPORTED_AT_ID}-error` : null].filter(Boolean).join(' ')}
          className={inputClass}
        />
        {exportedAtError ? (
          <p id={`${EXPORTED_AT_ID}-error`} className="text-sm font-semibold text-red-700">
            {text(exportedAtError)}
          </p>
        ) : null}
      </div>

      <SubmitButton pending={pending}>{t('form.submit')}</SubmitButton>
    </form>
  );
}
