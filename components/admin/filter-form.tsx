/**
 * Building blocks of the back-office's filter forms (inbox, audit log): plain GET forms, so they
 * work without JavaScript and a filtered view is a link one can share.
 */
import Link from 'next/link';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

const filterInputClass = 'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 text-base focus:border-brand-700';

type TFieldProps = { id: string; label: string; hint?: string; className?: string };

/** A labelled filter control, with an optional hint read with it (`<id>-hint`). */
function FilterField({ id, label, hint, className = '', children }: TFieldProps & { children: ReactNode }) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A text, search or date filter. */
export function FilterInput({ id, label, hint, className, ...input }: TFieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>) {
  return (
    <FilterField id={id} label={label} hint={hint} className={className}>
      <input id={id} className={filterInputClass} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
    </FilterField>
  );
}

/** A drop-down filter; its options are the children. */
export function FilterSelect({ id, label, hint, className, children, ...select }: TFieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>) {
  return (
    <FilterField id={id} label={label} hint={hint} className={className}>
      <select id={id} className={filterInputClass} aria-describedby={hint ? `${id}-hint` : undefined} {...select}>
        {children}
      </select>
    </FilterField>
  );
}

/** "Filtrează" and "Resetează" under the filters. */
export function FilterActions({ apply, reset, resetHref }: { apply: string; reset: string; resetHref: string }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">
        {apply}
      </button>
      <Link href={resetHref} className="inline-flex min-h-11 items-center">
        {reset}
      </Link>
    </div>
  );
}
