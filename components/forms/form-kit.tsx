'use client';

/**
 * Form building blocks shared by every form: labelled fields with `*` for required ones, the error
 * next to the field (aria-describedby) and an error summary at the top (aria-live) that links to
 * each field. Error texts are message keys translated here.
 */
import { useTranslations } from 'next-intl';
import { createContext, useContext, useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { TActionResult } from '@/lib/actions';

/** Turns a message key (from zod or the server) into text in the user's language. */
export function useErrorText() {
  const t = useTranslations();
  return (key: string | undefined, values?: Record<string, number | string>): string => {
    if (!key) return '';
    for (const candidate of [`validation.${key}`, `errors.${key}`]) {
      if (t.has(candidate as never)) return t(candidate as never, values as never);
    }
    // A key without a message (a library's default text): say the value is wrong, never "fill this in".
    return t('validation.invalid');
  };
}

// Several forms on one page (the account page) must not share element ids: each names its scope.
const FormScopeContext = createContext('');

export function FormScope({ name, children }: { name: string; children: ReactNode }) {
  return <FormScopeContext.Provider value={`${name}-`}>{children}</FormScopeContext.Provider>;
}

function useIds() {
  const scope = useContext(FormScopeContext);
  const field = (name: string) => `field-${scope}${name.replace(/\./g, '-')}`;
  return { field, error: (name: string) => `${field(name)}-error`, hint: (name: string) => `${field(name)}-hint` };
}

function flatten(errors: FieldErrors, prefix = ''): { name: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === 'root') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') return [{ name, message: (value as { message: string }).message }];
    return flatten(value as FieldErrors, name);
  });
}

/** The list of every error of the form, at its top; focused after a failed submit. */
export function ErrorSummary<T extends FieldValues>({
  form,
  formError,
  retryAfterSeconds,
  labelOf,
}: {
  form: UseFormReturn<T>;
  formError?: string | null;
  retryAfterSeconds?: number;
  /** The field's label, to name it in the summary ("Județul: Alegeți județul din listă."). */
  labelOf?: (name: string) => string | undefined;
}) {
  const t = useTranslations('errors');
  const text = useErrorText();
  const ids = useIds();
  const ref = useRef<HTMLDivElement>(null);
  const items = flatten(form.formState.errors);
  const count = items.length;
  const { submitCount } = form.formState;
  useEffect(() => {
    if (submitCount > 0 && (count > 0 || formError)) ref.current?.focus();
  }, [submitCount, count, formError]);
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return (
    <div ref={ref} tabIndex={-1} aria-live="assertive" className="focus:outline-none">
      {formError || count > 0 ? (
        <div role="alert" className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {formError ? <p className="font-semibold">{text(formError, { minutes })}</p> : null}
          {count > 0 ? (
            <>
              <p className="font-semibold">{t('summaryTitle', { count })}</p>
              <ul className="mt-2 list-disc pl-6">
                {items.map((item) => (
                  <li key={item.name}>
                    <a href={`#${ids.field(item.name)}`} className="text-red-900">
                      {labelOf?.(item.name) ? `${labelOf(item.name)}: ` : null}
                      {text(item.message)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Applies a failed server result to the form (field errors next to their fields). */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, result: TActionResult<unknown>) {
  if (result.ok || !result.fieldErrors) return;
  for (const [name, messages] of Object.entries(result.fieldErrors)) {
    form.setError(name as Path<T>, { type: 'server', message: messages[0] });
  }
}

/** The error message key of a field (dotted names reach nested fields), if it has one. */
export function getError(errors: FieldErrors, name: string): string | undefined {
  const value = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);
  const message = (value as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** What FieldFrame gives its control: the field's id and the ARIA attributes tying it to its hint, note and error. */
type TFieldAria = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string; 'aria-required'?: true };

type TFieldFrameProps = {
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  /** Shown under the control and read with it (a character counter, for example). */
  note?: ReactNode;
  error?: string;
  children: (aria: TFieldAria) => ReactNode;
};

/** A labelled control: label and `*`, hint, the control (rendered by `children`), note and error. */
function FieldFrame({ name, label, required, hint, note, error, children }: TFieldFrameProps) {
  const text = useErrorText();
  const ids = useIds();
  const noteId = `${ids.field(name)}-note`;
  const describedBy = [hint ? ids.hint(name) : null, note ? noteId : null, error ? ids.error(name) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      {/* The star stays outside the label: the accessible name is the label alone, and
          aria-required tells assistive technology that the field is required. */}
      <div className="font-semibold">
        <label htmlFor={ids.field(name)}>{label}</label>
        {required ? <RequiredMark /> : null}
      </div>
      {hint ? (
        <p id={ids.hint(name)} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {children({ id: ids.field(name), 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
      {note ? (
        <div id={noteId} className="text-sm text-gray-700">
          {note}
        </div>
      ) : null}
      {error ? (
        <p id={ids.error(name)} className="text-sm font-semibold text-red-700">
          {text(error)}
        </p>
      ) : null}
    </div>
  );
}

function RequiredMark() {
  return (
    <span aria-hidden="true" className="text-red-700">
      {' '}
      *
    </span>
  );
}

/**
 * A group of controls (radios, the parts of an address) under a legend, with hint and error as in
 * FieldFrame. The fieldset carries the field's id, so the error summary's link reaches it. With
 * `radios`, it is a radiogroup, which can be marked required; a `box` is a framed section whose
 * own controls carry their `*`.
 */
export function FieldsetFrame({
  name,
  legend,
  required,
  hint,
  error,
  variant,
  children,
}: {
  name: string;
  legend: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  variant: 'radios' | 'box';
  children: ReactNode;
}) {
  const text = useErrorText();
  const ids = useIds();
  const describedBy = [hint ? ids.hint(name) : null, error ? ids.error(name) : null].filter(Boolean).join(' ') || undefined;
  const radios = variant === 'radios';
  return (
    <fieldset
      id={ids.field(name)}
      tabIndex={-1}
      role={radios ? 'radiogroup' : undefined}
      aria-required={(radios && required) || undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      className={radios ? 'space-y-2' : 'space-y-4 rounded-lg border border-gray-300 p-4'}
    >
      <legend className={radios ? 'font-semibold' : 'px-1 text-lg font-bold text-brand-900'}>
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? (
        <p id={ids.hint(name)} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={ids.error(name)} className="text-sm font-semibold text-red-700">
          {text(error)}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The look of text inputs, text areas and selects; read-only and disabled ones stay readable on grey. */
const inputClass =
  'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700 focus:border-brand-700 [&[readonly]]:bg-gray-100 disabled:bg-gray-100 disabled:text-gray-900';

type TInputProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  /** Under the input and read with it, like the hint (a strength meter, for example). */
  note?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'form'>;

/** A text input; `readOnly` shows the value on grey, `className` adds to the house look. */
export function TextField<T extends FieldValues>({ form, name, label, required, hint, note, className, ...input }: TInputProps<T>) {
  return (
    <FieldFrame name={name} label={label} required={required} hint={hint} note={note} error={getError(form.formState.errors, name)}>
      {(aria) => <input type="text" {...input} {...aria} {...form.register(name)} className={className ? `${inputClass} ${className}` : inputClass} />}
    </FieldFrame>
  );
}

/** A text area; `note` goes under it and is read with it (a character counter, for example). */
export function TextAreaField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  note,
  ...textarea
}: { form: UseFormReturn<T>; name: Path<T>; label: string; required?: boolean; hint?: ReactNode; note?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'form'>) {
  return (
    <FieldFrame name={name} label={label} required={required} hint={hint} note={note} error={getError(form.formState.errors, name)}>
      {(aria) => <textarea {...textarea} {...aria} {...form.register(name)} className={inputClass} />}
    </FieldFrame>
  );
}

/**
 * A select with a placeholder option. `readOnly` shows the current value in a disabled select that
 * is not registered, so the form keeps the value it already has.
 */
export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  options,
  placeholder,
  readOnly,
  ...select
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  placeholder: string;
  readOnly?: boolean;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form'>) {
  const control = readOnly ? { disabled: true, defaultValue: String(form.getValues(name) ?? '') } : form.register(name);
  return (
    <FieldFrame name={name} label={label} required={required} hint={hint} error={getError(form.formState.errors, name)}>
      {(aria) => (
        <select {...select} {...aria} {...control} className={inputClass}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * A single checkbox whose label is the question. `readOnly` shows it ticked or not, disabled and
 * not registered, so the form keeps the value it already has.
 */
export function CheckboxField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  readOnly,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  readOnly?: boolean;
}) {
  const text = useErrorText();
  const ids = useIds();
  const error = getError(form.formState.errors, name);
  const describedBy = [hint ? ids.hint(name) : null, error ? ids.error(name) : null].filter(Boolean).join(' ') || undefined;
  const control = readOnly ? { disabled: true, defaultChecked: form.getValues(name) === true } : form.register(name);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={ids.field(name)}
          {...control}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
        />
        <span>
          <label htmlFor={ids.field(name)}>{label}</label>
          {required ? <RequiredMark /> : null}
          {hint ? (
            <span id={ids.hint(name)} className="block text-sm text-gray-700">
              {hint}
            </span>
          ) : null}
        </span>
      </div>
      {error ? (
        <p id={ids.error(name)} className="mt-1 text-sm font-semibold text-red-700">
          {text(error)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Radio buttons in a fieldset whose legend is the question, each a large target. `readOnly` shows
 * the choice with disabled radios that are not registered, so the form keeps the value it has.
 */
export function RadioGroupField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  options,
  readOnly,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  readOnly?: boolean;
}) {
  return (
    <FieldsetFrame name={name} legend={label} required={required} hint={hint} error={getError(form.formState.errors, name)} variant="radios">
      {options.map((option) => (
        <label
          key={option.value}
          className="flex min-h-11 items-center gap-3 rounded-lg border border-gray-300 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50"
        >
          <input
            type="radio"
            value={option.value}
            {...(readOnly ? { name, disabled: true, defaultChecked: form.getValues(name) === option.value } : form.register(name))}
            className="h-6 w-6 shrink-0 accent-brand-700"
          />
          <span>{option.label}</span>
        </label>
      ))}
    </FieldsetFrame>
  );
}

export function RequiredLegend() {
  const t = useTranslations('forms');
  return (
    <p className="mb-4 text-sm text-gray-700">
      <span aria-hidden="true" className="text-red-700">
        *
      </span>{' '}
      {t('requiredLegend')}
    </p>
  );
}

export function SubmitButton({ pending, children, variant = 'primary' }: { pending: boolean; children: ReactNode; variant?: 'primary' | 'danger' }) {
  const t = useTranslations('forms');
  const colors = variant === 'danger' ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-700 hover:bg-brand-800';
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`min-h-12 rounded-lg px-6 text-lg font-semibold text-white disabled:opacity-70 ${colors}`}>
      {pending ? t('sending') : children}
    </button>
  );
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-4 text-green-900">
      {children}
    </div>
  );
}
