'use client';

import { useTranslations } from 'next-intl';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { SelectField, TextField } from '@/components/forms/form-kit';
import { COUNTIES } from '@/lib/accounts/validation/address';

/** The address block (județ from the official list, localitate, street...), under `address.*`. */
export function AddressFields<T extends FieldValues>({ form, legend }: { form: UseFormReturn<T>; legend: string }) {
  const t = useTranslations('auth.address');
  const name = (field: string) => `address.${field}` as Path<T>;
  return (
    <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
      <legend className="px-1 text-lg font-bold text-brand-900">{legend}</legend>
      <SelectField form={form} name={name('county')} label={t('county')} required placeholder={t('countyPlaceholder')} options={COUNTIES.map((c) => ({ value: c.name, label: c.name }))} autoComplete="address-level1" />
      <TextField form={form} name={name('locality')} label={t('locality')} required autoComplete="address-level2" />
      <TextField form={form} name={name('street')} label={t('street')} required autoComplete="address-line1" />
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField form={form} name={name('number')} label={t('number')} required />
        <TextField form={form} name={name('building')} label={t('building')} />
        <TextField form={form} name={name('staircase')} label={t('staircase')} />
        <TextField form={form} name={name('apartment')} label={t('apartment')} />
      </div>
      <TextField form={form} name={name('postalCode')} label={t('postalCode')} required inputMode="numeric" autoComplete="postal-code" maxLength={6} />
    </fieldset>
  );
}
