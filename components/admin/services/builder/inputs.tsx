'use client';

/**
 * The builder's labelled controls. The builder edits a working copy held in React state (not a
 * react-hook-form form), so these are form-kit's look with the error of the builder's path next to
 * the control (aria-describedby) instead of a form's field state. Ids are the builder paths
 * ("fields.2.pattern" → "sb-f-2-pattern"), so that the list of problems can move the focus there.
 */
import { useTranslations } from 'next-intl';
import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import type { TBuilderError, TBuilderErrors } from '@/lib/services/form/builder';

/** The element id of a builder path. */
export const idOf = (path: string) => `sb-${path.replace(/^fields\./, 'f.').replace(/^documents\./, 'd.').replace(/\./g, '-')}`;

export const inputClass = 'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700 focus:border-brand-700';
export const smallButtonClass = 'inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-900 aria-disabled:border-gray-400 aria-disabled:text-gray-600';
export const dangerButtonClass = 'inline-flex min-h-11 items-center rounded-lg border-2 border-red-700 px-4 font-semibold text-red-800';

/** The message of a builder error, in the admin's language. */
export function useBuilderErrorText() {
  const t = useTranslations('serviceBuilder.errors');
  return (error: TBuilderError) => t(error);
}

/** The first error at `path`, if any. */
export const errorAt = (errors: TBuilderErrors, path: string): TBuilderError | undefined => errors[path]?.[0];

function Parts({ id, hint, error }: { id: string; hint?: ReactNode; error?: TBuilderError }) {
  const text = useBuilderErrorText();
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          {text(error)}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: ReactNode, error?: string) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

type TBase = { path: string; label: string; hint?: ReactNode; errors: TBuilderErrors };

/** The control at `path`: its id, its first error, and the attributes that tie them together. */
function controlOf(path: string, hint: ReactNode, errors: TBuilderErrors) {
  const id = idOf(path);
  const error = errorAt(errors, path);
  return { id, error, aria: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) } };
}

/** A label above its control, the hint and the error below. */
function Labelled({ id, label, hint, error, children }: { id: string; label: string; hint?: ReactNode; error?: TBuilderError; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
      <Parts id={id} hint={hint} error={error} />
    </div>
  );
}

/** A text input bound to a string of the working copy. */
export function BuilderText({ path, label, hint, errors, value, onValue, onBlur, ...input }: TBase & { value: string; onValue: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  const { id, error, aria } = controlOf(path, hint, errors);
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <input type="text" {...input} {...aria} value={value} onChange={(event) => onValue(event.target.value)} onBlur={onBlur} className={inputClass} />
    </Labelled>
  );
}

/** "" → nothing; a plain number → the number; anything else stays text, for the schema to refuse next to the input. */
export function parseNumberish(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return trimmed;
}

/**
 * A number (or date) typed as text: the input keeps what is typed ("1," on the way to "1,5") while
 * the working copy gets the parsed value. Keyed by the item it edits, so another item starts afresh.
 */
export function BuilderNumberish({ path, label, hint, errors, value, onValue, onBlur, parse = parseNumberish, inputMode = 'decimal' }: TBase & {
  value: number | string | undefined;
  onValue: (value: number | string | undefined) => void;
  onBlur?: () => void;
  parse?: (text: string) => number | string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  return (
    <BuilderText
      path={path}
      label={label}
      hint={hint}
      errors={errors}
      value={text}
      inputMode={inputMode}
      onBlur={onBlur}
      onValue={(next) => {
        setText(next);
        onValue(parse(next));
      }}
    />
  );
}

/** A select bound to a value of the working copy. */
export function BuilderSelect({ path, label, hint, errors, value, onValue, options, onBlur }: TBase & { value: string; onValue: (value: string) => void; options: { value: string; label: string }[]; onBlur?: () => void }) {
  const { id, error, aria } = controlOf(path, hint, errors);
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <select {...aria} value={value} onChange={(event) => onValue(event.target.value)} onBlur={onBlur} className={inputClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A checkbox bound to a boolean of the working copy. */
export function BuilderCheckbox({ path, label, errors, checked, onChecked, onBlur }: Omit<TBase, 'hint'> & { checked: boolean; onChecked: (checked: boolean) => void; onBlur?: () => void }) {
  const { id, error, aria } = controlOf(path, undefined, errors);
  return (
    <div>
      <div className="flex min-h-11 items-center gap-3">
        <input type="checkbox" {...aria} checked={checked} onChange={(event) => onChecked(event.target.checked)} onBlur={onBlur} className="h-6 w-6 shrink-0 accent-brand-700" />
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </div>
      <Parts id={id} error={error} />
    </div>
  );
}

/** Several choices of one list of the working copy (accepted file types, the values of a condition), under a legend. */
export function BuilderChoices({ path, label, hint, errors, values, onValues, options, onBlur }: TBase & { values: string[]; onValues: (values: string[]) => void; options: { value: string; label: string }[]; onBlur?: () => void }) {
  const { id, error } = controlOf(path, hint, errors);
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)} className="space-y-1">
      <legend className="font-semibold">{label}</legend>
      <Parts id={id} hint={hint} />
      <ul className="space-y-1">
        {options.map((option, index) => (
          <li key={option.value}>
            <label className="flex min-h-11 items-center gap-3">
              <input
                id={`${id}-${index}`}
                type="checkbox"
                checked={values.includes(option.value)}
                onChange={(event) => onValues(event.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value))}
                onBlur={onBlur}
                className="h-6 w-6 shrink-0 accent-brand-700"
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <Parts id={id} error={error} />
    </fieldset>
  );
}

/** One choice among a few (the delivery), as radio buttons under a legend. */
export function BuilderRadios({ path, label, value, onValue, options, onBlur }: { path: string; label: string; value: string; onValue: (value: string) => void; options: { value: string; label: string }[]; onBlur?: () => void }) {
  const id = idOf(path);
  return (
    <fieldset id={id} className="space-y-2">
      <legend className="font-semibold">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-lg border border-gray-300 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
          <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onValue(option.value)} onBlur={onBlur} className="h-6 w-6 shrink-0 accent-brand-700" />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A button that stays focusable at the end of its range (aria-disabled instead of disabled), so that
 * the focus is not lost when an item reaches the top or the bottom of its list.
 */
export function StepButton({ id, disabled, onClick, children, danger = false }: { id?: string; disabled?: boolean; onClick: () => void; children: ReactNode; danger?: boolean }) {
  return (
    <button id={id} type="button" aria-disabled={disabled || undefined} onClick={() => (disabled ? undefined : onClick())} className={danger ? dangerButtonClass : smallButtonClass}>
      {children}
    </button>
  );
}
