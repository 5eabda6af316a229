'use client';

/**
 * The editor of the selected field: type, key, labels and help in both languages, required, the
 * rules that suit its type (bounds, lengths, pattern, options), when it is shown, and prefill.
 * Every change goes through the builder's operations, so keys follow labels and conditions
 * follow keys and option values.
 */
import { useTranslations } from 'next-intl';
import { ConditionEditor } from '@/components/admin/services/builder/condition-editor';
import { BuilderCheckbox, BuilderNumberish, BuilderSelect, BuilderText, idOf, StepButton } from '@/components/admin/services/builder/inputs';
import { errorAt, useBuilderErrorText } from '@/components/admin/services/builder/inputs';
import {
  addOption,
  conditionCandidates,
  hasBounds,
  hasOptions,
  hasPrefill,
  hasTextRules,
  moveOption,
  removeOption,
  setCondition,
  setField,
  setOption,
  withHelpText,
  type TBuilderErrors,
  type TWorkingCopy,
  type TWorkingField,
} from '@/lib/services/form/builder';
import { FIELD_TYPES, PREFILL_SOURCES } from '@/lib/services/form/definition';

type TProps = {
  copy: TWorkingCopy;
  index: number;
  errors: TBuilderErrors;
  /** A new copy, and what to announce about it. */
  onCopy: (copy: TWorkingCopy, announcement?: string, focus?: string) => void;
  onBlur: () => void;
};

/** A bound typed as text: dates and "today" stay text, anything else goes through the number parser. */
const asText = (text: string) => (text.trim() === '' ? undefined : text.trim());

export function FieldEditor({ copy, index, errors, onCopy, onBlur }: TProps) {
  const t = useTranslations('serviceBuilder.editor');
  const types = useTranslations('serviceBuilder.types');
  const tc = useTranslations('serviceBuilder.condition');
  const field = copy.fields[index]!;
  const at = `fields.${index}`;
  const patch = (value: Parameters<typeof setField>[2]) => onCopy(setField(copy, index, value));
  const common = { errors, onBlur };

  return (
    <div className="space-y-5">
      <BuilderSelect path={`${at}.type`} label={t('type')} {...common} value={field.type} onValue={(type) => patch({ type: type as TWorkingField['type'] })} options={FIELD_TYPES.map((type) => ({ value: type, label: types(type) }))} />
      <div className="grid gap-4 sm:grid-cols-2">
        <BuilderText path={`${at}.label.ro`} label={t('labelRo')} {...common} value={field.label.ro} onValue={(ro) => patch({ label: { ...field.label, ro } })} lang="ro" />
        <BuilderText path={`${at}.label.en`} label={t('labelEn')} {...common} value={field.label.en} onValue={(en) => patch({ label: { ...field.label, en } })} lang="en" />
        <BuilderText path={`${at}.help.ro`} label={t('helpRo')} {...common} value={field.help?.ro ?? ''} onValue={(text) => patch({ help: withHelpText(field.help, 'ro', text) })} lang="ro" />
        <BuilderText path={`${at}.help.en`} label={t('helpEn')} {...common} value={field.help?.en ?? ''} onValue={(text) => patch({ help: withHelpText(field.help, 'en', text) })} lang="en" />
      </div>
      <BuilderText path={`${at}.key`} label={t('key')} hint={t('keyHint')} {...common} value={field.key} onValue={(key) => patch({ key })} autoComplete="off" spellCheck={false} />
      <BuilderCheckbox path={`${at}.required`} label={t('required')} {...common} checked={field.required === true} onChecked={(required) => patch({ required })} />

      {hasBounds(field.type) || hasTextRules(field.type) ? (
        <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
          <legend className="px-1 font-bold text-brand-900">{t('rules')}</legend>
          {field.type === 'number' ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <BuilderNumberish key={`${at}-min-n`} path={`${at}.min`} label={t('minNumber')} {...common} value={field.min} onValue={(min) => patch({ min })} />
              <BuilderNumberish key={`${at}-max-n`} path={`${at}.max`} label={t('maxNumber')} {...common} value={field.max} onValue={(max) => patch({ max })} />
            </div>
          ) : null}
          {field.type === 'date' ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <BuilderNumberish key={`${at}-min-d`} path={`${at}.min`} label={t('minDate')} hint={t('dateHint')} {...common} value={field.min} onValue={(min) => patch({ min })} parse={asText} inputMode="text" />
              <BuilderNumberish key={`${at}-max-d`} path={`${at}.max`} label={t('maxDate')} hint={t('dateHint')} {...common} value={field.max} onValue={(max) => patch({ max })} parse={asText} inputMode="text" />
            </div>
          ) : null}
          {hasTextRules(field.type) ? (
            <>
              <div className="grid gap-4 sm:grid-cols-2">
                <BuilderNumberish key={`${at}-minLength`} path={`${at}.minLength`} label={t('minLength')} {...common} value={field.minLength} onValue={(minLength) => patch({ minLength })} inputMode="numeric" />
                <BuilderNumberish key={`${at}-maxLength`} path={`${at}.maxLength`} label={t('maxLength')} {...common} value={field.maxLength} onValue={(maxLength) => patch({ maxLength })} inputMode="numeric" />
              </div>
              <BuilderText path={`${at}.pattern`} label={t('pattern')} hint={t('patternHint')} {...common} value={field.pattern ?? ''} onValue={(pattern) => patch({ pattern: pattern === '' ? undefined : pattern })} autoComplete="off" spellCheck={false} />
            </>
          ) : null}
        </fieldset>
      ) : null}

      {hasOptions(field.type) ? <OptionsEditor copy={copy} index={index} errors={errors} onCopy={onCopy} onBlur={onBlur} /> : null}

      <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
        <legend className="px-1 font-bold text-brand-900">{tc('title')}</legend>
        <ConditionEditor
          path={at}
          label={tc('field')}
          condition={field.visibleWhen}
          candidates={conditionCandidates(copy, index)}
          allFields={copy.fields.filter((_, i) => i !== index)}
          errors={errors}
          onChange={(condition) => onCopy(setCondition(copy, index, condition))}
          onBlur={onBlur}
        />
      </fieldset>

      {hasPrefill(field.type) ? (
        <BuilderSelect
          path={`${at}.prefill`}
          label={t('prefill')}
          {...common}
          value={field.prefill ?? ''}
          onValue={(prefill) => patch({ prefill: prefill === '' ? undefined : (prefill as TWorkingField['prefill']) })}
          options={[{ value: '', label: t('prefillNone') }, ...PREFILL_SOURCES.map((source) => ({ value: source, label: t(`prefillSources.${source}`) }))]}
        />
      ) : null}
    </div>
  );
}

/** The options of a select or radio field: labels in both languages, the value, and their order. */
function OptionsEditor({ copy, index, errors, onCopy, onBlur }: TProps) {
  const t = useTranslations('serviceBuilder.options');
  const errorText = useBuilderErrorText();
  const field = copy.fields[index]!;
  const options = field.options ?? [];
  const at = `fields.${index}.options`;
  const listError = errorAt(errors, at);
  return (
    <fieldset id={idOf(at)} tabIndex={-1} aria-describedby={listError ? `${idOf(at)}-error` : undefined} className="space-y-4 rounded-lg border border-gray-300 p-4">
      <legend className="px-1 font-bold text-brand-900">{t('title')}</legend>
      {listError ? (
        <p id={`${idOf(at)}-error`} className="text-sm font-semibold text-red-700">
          {errorText(listError)}
        </p>
      ) : null}
      <ol className="space-y-4">
        {options.map((option, position) => {
          const path = `${at}.${position}`;
          const name = t('option', { position: position + 1 });
          return (
            <li key={position}>
              <fieldset className="space-y-3 rounded-md border border-gray-200 p-3">
                <legend className="px-1 font-semibold">{name}</legend>
                <div className="grid gap-3 sm:grid-cols-3">
                  <BuilderText path={`${path}.label.ro`} label={t('labelRo')} errors={errors} onBlur={onBlur} value={option.label.ro} onValue={(ro) => onCopy(setOption(copy, index, position, { label: { ...option.label, ro } }))} lang="ro" />
                  <BuilderText path={`${path}.label.en`} label={t('labelEn')} errors={errors} onBlur={onBlur} value={option.label.en} onValue={(en) => onCopy(setOption(copy, index, position, { label: { ...option.label, en } }))} lang="en" />
                  <BuilderText path={`${path}.value`} label={t('value')} errors={errors} onBlur={onBlur} value={option.value} onValue={(value) => onCopy(setOption(copy, index, position, { value }))} autoComplete="off" spellCheck={false} />
                </div>
                <div className="flex flex-wrap gap-2">
                  <StepButton
                    id={`${idOf(path)}-up`}
                    disabled={position === 0}
                    onClick={() => onCopy(moveOption(copy, index, position, position - 1), t('moved', { label: option.label.ro, position }), `${idOf(`${at}.${position - 1}`)}-up`)}
                  >
                    {t('moveUp')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                  <StepButton
                    id={`${idOf(path)}-down`}
                    disabled={position === options.length - 1}
                    onClick={() => onCopy(moveOption(copy, index, position, position + 1), t('moved', { label: option.label.ro, position: position + 2 }), `${idOf(`${at}.${position + 1}`)}-down`)}
                  >
                    {t('moveDown')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                  <StepButton danger onClick={() => onCopy(removeOption(copy, index, position), t('removed', { label: option.label.ro }), `${idOf(at)}-add`)}>
                    {t('remove')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <StepButton id={`${idOf(at)}-add`} onClick={() => onCopy(addOption(copy, index), t('added', { position: options.length + 1 }), idOf(`${at}.${options.length}.label.ro`))}>
        {t('add')}
      </StepButton>
    </fieldset>
  );
}
