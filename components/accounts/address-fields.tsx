'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { FieldsetFrame, getError, SelectField, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { COUNTIES } from '@/lib/accounts/validation/address';

/**
 * The address block (județ from the official list, localitate, street...), under `<prefix>.*`
 * (`address.*` by default). An address that is not `required` has no `*` on its parts: it may be
 * left blank, but once started it needs them. `readOnly` shows the parts without letting them
 * change.
 */
export function AddressFields<T extends FieldValues>({
  form,
  legend,
  prefix = 'address',
  hint,
  required = true,
  readOnly = false,
}: {
  form: UseFormReturn<T>;
  legend: string;
  prefix?: string;
  hint?: ReactNode;
  required?: boolean;
  readOnly?: boolean;
}) {
  const t = useTranslations('auth.address');
  const name = (field: string) => `${prefix}.${field}` as Path<T>;
  return (
    <FieldsetFrame name={prefix} legend={legend} hint={hint} error={getError(form.formState.errors, prefix)} variant="box">
      <SelectField
        form={form}
        name={name('county')}
        label={t('county')}
        required={required}
        readOnly={readOnly}
        placeholder={t('countyPlaceholder')}
        options={COUNTIES.map((c) => ({ value: c.name, label: c.name }))}
        autoComplete="address-level1"
      />
      <TextField form={form} name={name('locality')} label={t('locality')} required={required} readOnly={readOnly} autoComplete="address-level2" />
      <TextField form={form} name={name('street')} label={t('street')} required={required} readOnly={readOnly} autoComplete="address-line1" />
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField form={form} name={name('number')} label={t('number')} required={required} readOnly={readOnly} />
        <TextField form={form} name={name('building')} label={t('building')} readOnly={readOnly} />
        <TextField form={form} name={name('staircase')} label={t('staircase')} readOnly={readOnly} />
        <TextField form={form} name={name('apartment')} label={t('apartment')} readOnly={readOnly} />
      </div>
      <TextField form={form} name={name('postalCode')} label={t('postalCode')} required={required} readOnly={readOnly} {...KEYBOARDS.postalCode} />
    </FieldsetFrame>
  );
}
