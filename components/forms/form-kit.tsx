'use client';

/**
 * Form building blocks shared by every form: labelled fields with `*` for required ones, the error
 * next to the field (aria-describedby) and an error summary at the top (aria-live) that links to
 * each field. Error texts are message keys translated here.
 */
import { useTranslations } from 'next-intl';
import { createContext, useContext, useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
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
    return t('validation.required');
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
export function ErrorSummary<T extends FieldValues>({ form, formError, retryAfterSeconds }: { form: UseFormReturn<T>; formError?: string | null; retryAfterSeconds?: number }) {
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

function getError(errors: FieldErrors, name: string): string | undefined {
  const value = name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);
  const message = (value as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

type TFieldFrameProps = { name: string; label: string; required?: boolean; hint?: ReactNode; error?: string; children: (aria: Record<string, unknown>) => ReactNode };

function FieldFrame({ name, label, required, hint, error, children }: TFieldFrameProps) {
  const text = useErrorText();
  const ids = useIds();
  const describedBy = [hint ? ids.hint(name) : null, error ? ids.error(name) : null].filter(Boolean).join(' ') || undefined;
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

const inputClass =
  'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700 focus:border-brand-700';

type TInputProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'form'>;

export function TextField<T extends FieldValues>({ form, name, label, required, hint, ...input }: TInputProps<T>) {
  return (
    <FieldFrame name={name} label={label} required={required} hint={hint} error={getError(form.formState.errors, name)}>
      {(aria) => <input type="text" {...input} {...aria} {...form.register(name)} className={inputClass} />}
    </FieldFrame>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  options,
  placeholder,
  ...select
}: { form: UseFormReturn<T>; name: Path<T>; label: string; required?: boolean; hint?: ReactNode; options: { value: string; label: string }[]; placeholder: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form'>) {
  return (
    <FieldFrame name={name} label={label} required={required} hint={hint} error={getError(form.formState.errors, name)}>
      {(aria) => (
        <select {...select} {...aria} {...form.register(name)} className={inputClass}>
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

export function CheckboxField<T extends FieldValues>({ form, name, label, required }: { form: UseFormReturn<T>; name: Path<T>; label: ReactNode; required?: boolean }) {
  const text = useErrorText();
  const ids = useIds();
  const error = getError(form.formState.errors, name);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={ids.field(name)}
          {...form.register(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error(name) : undefined}
          aria-required={required || undefined}
          className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
        />
        <span>
          <label htmlFor={ids.field(name)}>{label}</label>
          {required ? <RequiredMark /> : null}
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
