'use client';

/**
 * Form building blocks shared by every form: labelled fields with `*` for required ones, the error
 * next to the field (aria-describedby) and an error summary at the top (aria-live) that links to
 * each field. Error texts are message keys translated here.
 */
import { useTranslations } from 'next-intl';
import { createContext, useContext, useEffect, useRef, type BaseSyntheticEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Controller, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';

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

export type TErrorSummaryProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  formError?: string | null;
  retryAfterSeconds?: number;
  /** The field's label, to name it in the summary ("Județul: Alegeți județul din listă."). */
  labelOf?: (name: string) => string | undefined;
  /** Offered with the form error when the page would show what has changed meanwhile ("request.stale"). */
  onReload?: () => void;
};

/** The list of every error of the form, at its top; focused after a failed submit. */
export function ErrorSummary<T extends FieldValues>({ form, formError, retryAfterSeconds, labelOf, onReload }: TErrorSummaryProps<T>) {
  const t = useTranslations('errors');
  const f = useTranslations('forms');
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
          {formError && onReload ? (
            <button type="button" onClick={onReload} className="mt-2 min-h-11 rounded-md border-2 border-red-800 px-4 font-semibold">
              {f('reload')}
            </button>
          ) : null}
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

/** The error message key of a field (dotted names reach nested fields), if it has one. */
export function getError(errors: FieldErrors, name: string): string | undefined {
  const value = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);
  const message = (value as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** What FieldFrame gives its control: the field's id and the ARIA attributes tying it to its hint, note and error. */
type TFieldAria = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string; 'aria-required'?: true };

/** The ids of a field and of its parts, and the ARIA that reads the parts with the control. */
function useFieldParts(name: string, { hint, note, error }: { hint?: ReactNode; note?: ReactNode; error?: string }) {
  const ids = useIds();
  const id = ids.field(name);
  const part = { hint: ids.hint(name), note: `${id}-note`, error: ids.error(name) };
  const describedBy = [hint ? part.hint : null, note ? part.note : null, error ? part.error : null].filter(Boolean).join(' ') || undefined;
  return { id, part, aria: { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': describedBy } };
}

function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="text-sm text-gray-700">
      {hint}
    </p>
  ) : null;
}

/** A field's error, under it, in the user's language. */
function FieldError({ id, error, className }: { id: string; error?: string; className?: string }) {
  const text = useErrorText();
  return error ? (
    <p id={id} className={className ? `text-sm font-semibold text-red-700 ${className}` : 'text-sm font-semibold text-red-700'}>
      {text(error)}
    </p>
  ) : null;
}

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
  const { id, part, aria } = useFieldParts(name, { hint, note, error });
  return (
    <div className="space-y-1">
      {/* The star stays outside the label: the accessible name is the label alone, and
          aria-required tells assistive technology that the field is required. */}
      <div className="font-semibold">
        <label htmlFor={id}>{label}</label>
        {required ? <RequiredMark /> : null}
      </div>
      <FieldHint id={part.hint} hint={hint} />
      {children({ id, ...aria, 'aria-required': required || undefined })}
      {note ? (
        <div id={part.note} className="text-sm text-gray-700">
          {note}
        </div>
      ) : null}
      <FieldError id={part.error} error={error} />
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

const FIELDSET_LOOK = {
  radios: { fieldset: 'space-y-2', legend: 'font-semibold' },
  group: { fieldset: 'space-y-1', legend: 'font-semibold' },
  box: { fieldset: 'space-y-4 rounded-lg border border-gray-300 p-4', legend: 'px-1 text-lg font-bold text-brand-900' },
};

/**
 * A group of controls (radios, checkboxes, the parts of an address) under a legend, with hint and
 * error as in FieldFrame. The fieldset carries the field's id, so the error summary's link reaches
 * it. With `radios`, it is a radiogroup, which can be marked required; a `group` is a plain list of
 * choices; a `box` is a framed section whose own controls carry their `*`.
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
  variant: 'radios' | 'group' | 'box';
  children: ReactNode;
}) {
  const { id, part, aria } = useFieldParts(name, { hint, error });
  const radios = variant === 'radios';
  return (
    <fieldset id={id} tabIndex={-1} role={radios ? 'radiogroup' : undefined} aria-required={(radios && required) || undefined} {...aria} className={FIELDSET_LOOK[variant].fieldset}>
      <legend className={FIELDSET_LOOK[variant].legend}>
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      <FieldHint id={part.hint} hint={hint} />
      {children}
      <FieldError id={part.error} error={error} />
    </fieldset>
  );
}

/** The look of text inputs, text areas and selects; read-only and disabled ones stay readable on grey. */
const inputClass =
  'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700 focus:border-brand-700 [&[readonly]]:bg-gray-100 disabled:bg-gray-100 disabled:text-gray-900';

/** What every field takes: its form, its name (dotted for a nested value), its label, whether it is required, a hint. */
type TFieldProps<T extends FieldValues, TLabel = string> = { form: UseFormReturn<T>; name: Path<T>; label: TLabel; required?: boolean; hint?: ReactNode };
/** The choices of a select, radios or checkboxes; `readOnly` shows the choice without registering the control. */
type TChoiceProps = { options: { value: string; label: string }[]; readOnly?: boolean };

type TInputProps<T extends FieldValues> = TFieldProps<T> & {
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
}: TFieldProps<T> & { note?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'form'>) {
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
}: TFieldProps<T> & TChoiceProps & { placeholder: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form'>) {
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
export function CheckboxField<T extends FieldValues>({ form, name, label, required, hint, readOnly }: TFieldProps<T, ReactNode> & { readOnly?: boolean }) {
  const error = getError(form.formState.errors, name);
  const { id, part, aria } = useFieldParts(name, { hint, error });
  const control = readOnly ? { disabled: true, defaultChecked: form.getValues(name) === true } : form.register(name);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input type="checkbox" id={id} {...control} {...aria} aria-required={required || undefined} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" />
        <span>
          <label htmlFor={id}>{label}</label>
          {required ? <RequiredMark /> : null}
          {hint ? (
            <span id={part.hint} className="block text-sm text-gray-700">
              {hint}
            </span>
          ) : null}
        </span>
      </div>
      <FieldError id={part.error} error={error} className="mt-1" />
    </div>
  );
}

/**
 * Radio buttons in a fieldset whose legend is the question, each a large target. `readOnly` shows
 * the choice with disabled radios that are not registered, so the form keeps the value it has.
 */
export function RadioGroupField<T extends FieldValues>({ form, name, label, required, hint, options, readOnly }: TFieldProps<T> & TChoiceProps) {
  return (
    <FieldsetFrame name={name} legend={label} required={required} hint={hint} error={getError(form.formState.errors, name)} variant="radios">
      {options.map((option) => (
        <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-lg border border-gray-300 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
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

/**
 * Checkboxes whose value is the list of the ticked options, under a legend: a plain list (`group`)
 * or a framed section of bordered choices (`box`).
 */
export function CheckboxGroupField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
  variant = 'group',
}: Omit<TFieldProps<T>, 'required'> & Omit<TChoiceProps, 'readOnly'> & { variant?: 'group' | 'box' }) {
  const box = variant === 'box';
  return (
    <FieldsetFrame name={name} legend={label} hint={hint} error={getError(form.formState.errors, name)} variant={variant}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const ticked = (field.value as string[] | undefined) ?? [];
          return (
            <ul className={box ? 'grid gap-2 sm:grid-cols-2' : 'space-y-1'}>
              {options.map((option) => (
                <li key={option.value}>
                  <label
                    className={
                      box ? 'flex min-h-11 items-center gap-3 rounded-lg border border-gray-300 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50' : 'flex min-h-11 items-center gap-3'
                    }
                  >
                    <input
                      type="checkbox"
                      name={field.name}
                      value={option.value}
                      checked={ticked.includes(option.value)}
                      onChange={(event) => field.onChange(event.target.checked ? [...ticked, option.value] : ticked.filter((value) => value !== option.value))}
                      onBlur={field.onBlur}
                      className="h-6 w-6 shrink-0 accent-brand-700"
                    />
                    <span>{option.label}</span>
                  </label>
                </li>
              ))}
            </ul>
          );
        }}
      />
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

const BUTTON_COLORS = { primary: 'bg-brand-700 hover:bg-brand-800', approve: 'bg-green-800 hover:bg-green-900', danger: 'bg-red-700 hover:bg-red-800' };
const BUTTON_SIZES = { large: 'min-h-12 px-6 text-lg', compact: 'min-h-11 px-5' };

/** The submit button; `compact` for the many small forms of a back-office page. */
export function SubmitButton({
  pending,
  children,
  variant = 'primary',
  size = 'large',
}: {
  pending: boolean;
  children: ReactNode;
  variant?: keyof typeof BUTTON_COLORS;
  size?: keyof typeof BUTTON_SIZES;
}) {
  const t = useTranslations('forms');
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-lg font-semibold text-white disabled:opacity-70 ${BUTTON_SIZES[size]} ${BUTTON_COLORS[variant]}`}>
      {pending ? t('sending') : children}
    </button>
  );
}

/** What ActionFormBody needs of useActionForm. */
type TActionFormParts<T extends FieldValues> = {
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  state: { done: boolean };
  summary: TErrorSummaryProps<T>;
};

export type TActionFormBodyProps<T extends FieldValues> = {
  actionForm: TActionFormParts<T>;
  submit: ReactNode;
  intro?: ReactNode;
  success?: ReactNode;
  requiredLegend?: boolean;
  variant?: keyof typeof BUTTON_COLORS;
  size?: keyof typeof BUTTON_SIZES;
  /** Beside the submit button ("Nu", to step back from a confirmation). */
  actions?: ReactNode;
  /** Names the form's element ids, for a page with several forms whose fields share names (see FormScope). */
  scope?: string;
  className?: string;
  children?: ReactNode;
};

/**
 * The form of a useActionForm: an introduction, the error summary, the success message, the
 * required-fields legend, the fields, and the submit button (with `actions` beside it).
 */
export function ActionFormBody<T extends FieldValues>({
  actionForm: { onSubmit, pending, state, summary },
  submit,
  intro,
  success,
  requiredLegend = false,
  variant,
  size,
  actions,
  scope,
  className = 'space-y-4',
  children,
}: TActionFormBodyProps<T>) {
  const button = (
    <SubmitButton pending={pending} variant={variant} size={size}>
      {submit}
    </SubmitButton>
  );
  const form = (
    <form onSubmit={onSubmit} noValidate className={className}>
      {intro}
      <ErrorSummary {...summary} />
      {state.done && success ? <SuccessMessage>{success}</SuccessMessage> : null}
      {requiredLegend ? <RequiredLegend /> : null}
      {children}
      {actions ? (
        <div className="flex flex-wrap items-center gap-4">
          {button}
          {actions}
        </div>
      ) : (
        button
      )}
    </form>
  );
  return scope ? <FormScope name={scope}>{form}</FormScope> : form;
}

export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-4 text-green-900">
      {children}
    </div>
  );
}
