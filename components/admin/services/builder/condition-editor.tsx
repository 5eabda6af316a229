'use client';

/**
 * "Afișat doar când": the field (above, for a field; any, for a document) whose answer shows this
 * item, and the answer(s) it must have: options of a select or radio, ticked or not for a
 * checkbox, a text otherwise. A condition left on a field that is no longer above stays chosen,
 * with its error, until it is changed.
 */
import { useTranslations } from 'next-intl';
import { BuilderChoices, BuilderSelect, BuilderText } from '@/components/admin/services/builder/inputs';
import { defaultConditionValue, hasOptions, type TBuilderErrors, type TWorkingCondition, type TWorkingField } from '@/lib/services/form/builder';

export function ConditionEditor({
  path,
  label,
  condition,
  candidates,
  allFields,
  errors,
  onChange,
  onBlur,
}: {
  /** The item's path ("fields.3", "documents.0"); the condition is at `${path}.visibleWhen`. */
  path: string;
  label: string;
  condition: TWorkingCondition | undefined;
  candidates: TWorkingField[];
  allFields: TWorkingField[];
  errors: TBuilderErrors;
  onChange: (condition: TWorkingCondition | null) => void;
  onBlur: () => void;
}) {
  const t = useTranslations('serviceBuilder.condition');
  const at = `${path}.visibleWhen`;
  const target = condition ? allFields.find((f) => f.key === condition.field) : undefined;
  const offered = [...candidates];
  if (target && !offered.includes(target)) offered.push(target);
  const options = [
    { value: '', label: t('always') },
    ...offered.map((field) => ({ value: field.key, label: t('fieldOption', { label: field.label.ro || field.key }) })),
    ...(condition && !target ? [{ value: condition.field, label: condition.field }] : []),
  ];
  const choose = (key: string) => {
    if (!key) return onChange(null);
    const next = allFields.find((f) => f.key === key);
    if (next) onChange({ field: key, equals: defaultConditionValue(next) });
  };

  return (
    <div className="space-y-4">
      {candidates.length === 0 && !condition ? <p className="text-gray-700">{t('noCandidates')}</p> : null}
      {candidates.length > 0 || condition ? <BuilderSelect path={at} label={label} errors={errors} value={condition?.field ?? ''} onValue={choose} options={options} onBlur={onBlur} /> : null}
      {condition && target ? <ConditionValue path={`${at}.equals`} condition={condition} target={target} errors={errors} onChange={onChange} onBlur={onBlur} /> : null}
    </div>
  );
}

function ConditionValue({
  path,
  condition,
  target,
  errors,
  onChange,
  onBlur,
}: {
  path: string;
  condition: TWorkingCondition;
  target: TWorkingField;
  errors: TBuilderErrors;
  onChange: (condition: TWorkingCondition) => void;
  onBlur: () => void;
}) {
  const t = useTranslations('serviceBuilder.condition');
  const { equals } = condition;
  if (hasOptions(target.type)) {
    const values = Array.isArray(equals) ? equals : typeof equals === 'string' && equals ? [equals] : [];
    return (
      <BuilderChoices
        path={path}
        label={t('values')}
        errors={errors}
        values={values}
        onValues={(next) => onChange({ ...condition, equals: next })}
        options={(target.options ?? []).map((option) => ({ value: option.value, label: option.label.ro || option.value }))}
        onBlur={onBlur}
      />
    );
  }
  if (target.type === 'checkbox') {
    return (
      <BuilderSelect
        path={path}
        label={t('checked', { label: target.label.ro || target.key })}
        errors={errors}
        value={equals === false ? 'false' : 'true'}
        onValue={(value) => onChange({ ...condition, equals: value === 'true' })}
        options={[
          { value: 'true', label: t('isChecked') },
          { value: 'false', label: t('isUnchecked') },
        ]}
        onBlur={onBlur}
      />
    );
  }
  return <BuilderText path={path} label={t('text')} errors={errors} value={typeof equals === 'string' ? equals : ''} onValue={(value) => onChange({ ...condition, equals: value })} onBlur={onBlur} />;
}
