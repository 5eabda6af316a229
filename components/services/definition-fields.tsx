'use client';

/**
 * The fields of a service's form, rendered from its definition: each field type gets the control
 * that suits it, fields whose condition is not met are left out, and answers already given stay
 * in the form when a field is hidden and shown again.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { AddressFields } from '@/components/accounts/address-fields';
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { resolveDateBound } from '@/lib/services/form/answers';
import type { TField, TServiceDefinition } from '@/lib/services/form/definition';
import type { TLocale } from '@/lib/i18n/config';
import { visibleFields } from '@/lib/services/form/format';

/** The values of a definition's form, as react-hook-form holds them. */
export type TAnswerFormValues = Record<string, unknown>;

type TAnswerForm = UseFormReturn<TAnswerFormValues>;

// Text fields filled in from the profile hold the applicant's own data: the browser may offer it.
const AUTOCOMPLETE: Partial<Record<NonNullable<TField['prefill']>, string>> = {
  fullName: 'name',
  firstName: 'given-name',
  lastName: 'family-name',
  organizationName: 'organization',
};

/**
 * Renders the visible fields of `definition` in order, bound to `form` (whose resolver is
 * `zodResolver(buildAnswersSchema(definition))` and which must keep unmounted fields' values, the
 * react-hook-form default). A field that becomes hidden is unregistered with its value kept: it is
 * neither validated nor shown with a stale error, and its answer comes back if it is shown again.
 */
export function DefinitionFields({
  definition,
  form,
  locale,
  isEditable,
}: {
  definition: TServiceDefinition;
  form: TAnswerForm;
  locale: 'ro' | 'en';
  /** When given, fields for which it returns false are shown read-only (disabled-looking but readable, not submitted as changed). Used later when a clerk asks to correct only some fields. */
  isEditable?: (key: string) => boolean;
}) {
  // Only the fields that conditions look at are watched, so typing elsewhere does not re-render the form.
  const conditionKeys = useMemo(() => [...new Set(definition.fields.flatMap((field) => (field.visibleWhen ? [field.visibleWhen.field] : [])))], [definition]);
  const watched = useWatch({ control: form.control, name: conditionKeys });
  const visible = useMemo(() => visibleFields(definition, Object.fromEntries(conditionKeys.map((key, index) => [key, watched[index]]))), [definition, conditionKeys, watched]);

  const shownBefore = useRef(visible);
  useEffect(() => {
    const hidden = shownBefore.current.filter((field) => !visible.includes(field)).map((field) => field.key);
    shownBefore.current = visible;
    if (hidden.length > 0) form.unregister(hidden, { keepValue: true, keepDefaultValue: true });
  }, [form, visible]);

  return (
    <div className="space-y-6">
      {visible.map((field) => (
        <AnswerField key={field.key} field={field} form={form} locale={locale} readOnly={isEditable ? !isEditable(field.key) : false} />
      ))}
    </div>
  );
}

function AnswerField({ field, form, locale, readOnly }: { field: TField; form: TAnswerForm; locale: TLocale; readOnly: boolean }) {
  const t = useTranslations('serviceForm');
  const common = { form, name: field.key, label: field.label[locale], required: field.required, hint: field.help?.[locale], readOnly };
  const options = field.options?.map((option) => ({ value: option.value, label: option.label[locale] })) ?? [];
  switch (field.type) {
    case 'text':
      return <TextField {...common} autoComplete={field.prefill && AUTOCOMPLETE[field.prefill]} />;
    case 'textarea':
      return <TextAreaAnswer field={field} common={common} />;
    case 'number':
      return <TextField {...common} {...KEYBOARDS.decimal} />;
    case 'date':
      return <TextField {...common} type="date" min={resolveDateBound(field.min)} max={resolveDateBound(field.max)} />;
    case 'select':
      return <SelectField {...common} options={options} placeholder={t('selectPlaceholder')} />;
    case 'radio':
      return <RadioGroupField {...common} options={options} />;
    case 'checkbox':
      return <CheckboxField {...common} />;
    case 'email':
      return <TextField {...common} {...KEYBOARDS.email} />;
    case 'phone':
      return <TextField {...common} {...KEYBOARDS.phone} />;
    case 'cnp':
      return <TextField {...common} {...KEYBOARDS.cnp} />;
    case 'cui':
      return <TextField {...common} {...KEYBOARDS.cui} />;
    case 'iban':
      return <TextField {...common} {...KEYBOARDS.iban} className="uppercase" />;
    case 'address': {
      // An optional address may stay blank, but once started it needs its main parts.
      const hint = [common.hint, field.required ? null : t('addressOptional')].filter(Boolean).join(' ') || undefined;
      return <AddressFields form={form} prefix={field.key} legend={common.label} hint={hint} required={field.required} readOnly={readOnly} />;
    }
  }
}

/** A text area with a live character count when the field has a maximum length. */
function TextAreaAnswer({ field, common }: { field: TField; common: { form: TAnswerForm; name: string; label: string; required: boolean; hint?: string; readOnly: boolean } }) {
  const t = useTranslations('serviceForm');
  const value = useWatch({ control: common.form.control, name: field.key });
  const max = field.maxLength;
  const count = typeof value === 'string' ? [...value].length : 0;
  const note =
    max === undefined ? undefined : count > max ? <span className="font-semibold text-red-700">{t('characterCountOver', { over: count - max, max })}</span> : t('characterCount', { count, max });
  return <TextAreaField {...common} rows={5} note={note} />;
}
