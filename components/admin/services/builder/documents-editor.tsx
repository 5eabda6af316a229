'use client';

/**
 * The documents a request asks for: names and help in both languages, required, accepted file
 * types, maximum size and number of files, when they are asked for; in order, each with move,
 * duplicate and remove buttons that keep the focus on the document they moved.
 */
import { useTranslations } from 'next-intl';
import { ConditionEditor } from '@/components/admin/services/builder/condition-editor';
import { BuilderCheckbox, BuilderChoices, BuilderNumberish, BuilderText, idOf, StepButton } from '@/components/admin/services/builder/inputs';
import { addDocument, duplicateDocument, moveDocument, removeDocument, setDocument, withHelpText, type TBuilderErrors, type TWorkingCopy } from '@/lib/services/form/builder';
import { TYPE_LABELS } from '@/lib/documents/file-type';
import { DOCUMENT_TYPES } from '@/lib/services/form/definition';

export function DocumentsEditor({
  copy,
  errors,
  onCopy,
  onBlur,
}: {
  copy: TWorkingCopy;
  errors: TBuilderErrors;
  onCopy: (copy: TWorkingCopy, announcement?: string, focus?: string) => void;
  onBlur: () => void;
}) {
  const t = useTranslations('serviceBuilder.documents');
  const tf = useTranslations('serviceBuilder.fields');
  const count = copy.documents.length;
  return (
    <div className="space-y-4">
      {count === 0 ? <p>{t('empty')}</p> : null}
      <ol aria-label={t('listLabel')} className="space-y-4">
        {copy.documents.map((document, index) => {
          const at = `documents.${index}`;
          const name = document.name.ro || document.key;
          const patch = (value: Parameters<typeof setDocument>[2]) => onCopy(setDocument(copy, index, value));
          const common = { errors, onBlur };
          const headingId = `${idOf(at)}-title`;
          return (
            <li key={index}>
              <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-gray-300 p-4">
                <h3 id={headingId} tabIndex={-1} className="text-lg font-bold text-brand-900">
                  {t('item', { position: index + 1, name })}
                </h3>
                <div className="grid gap-4 sm:grid-cols-2">
                  <BuilderText path={`${at}.name.ro`} label={t('nameRo')} {...common} value={document.name.ro} onValue={(ro) => patch({ name: { ...document.name, ro } })} lang="ro" />
                  <BuilderText path={`${at}.name.en`} label={t('nameEn')} {...common} value={document.name.en} onValue={(en) => patch({ name: { ...document.name, en } })} lang="en" />
                  <BuilderText path={`${at}.help.ro`} label={t('helpRo')} {...common} value={document.help?.ro ?? ''} onValue={(text) => patch({ help: withHelpText(document.help, 'ro', text) })} lang="ro" />
                  <BuilderText path={`${at}.help.en`} label={t('helpEn')} {...common} value={document.help?.en ?? ''} onValue={(text) => patch({ help: withHelpText(document.help, 'en', text) })} lang="en" />
                </div>
                <BuilderText path={`${at}.key`} label={t('key')} {...common} value={document.key} onValue={(key) => patch({ key })} autoComplete="off" spellCheck={false} />
                <BuilderCheckbox path={`${at}.required`} label={t('required')} {...common} checked={document.required === true} onChecked={(required) => patch({ required })} />
                <BuilderChoices
                  path={`${at}.accept`}
                  label={t('accept')}
                  {...common}
                  values={document.accept}
                  onValues={(values) => patch({ accept: DOCUMENT_TYPES.filter((type) => values.includes(type)) })}
                  options={DOCUMENT_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }))}
                />
                <div className="grid gap-4 sm:grid-cols-2">
                  <BuilderNumberish key={`${at}-size-${document.key}`} path={`${at}.maxSizeMb`} label={t('maxSizeMb')} {...common} value={document.maxSizeMb} onValue={(maxSizeMb) => patch({ maxSizeMb: maxSizeMb ?? '' })} />
                  <BuilderNumberish key={`${at}-files-${document.key}`} path={`${at}.maxFiles`} label={t('maxFiles')} {...common} value={document.maxFiles} onValue={(maxFiles) => patch({ maxFiles })} inputMode="numeric" />
                </div>
                <ConditionEditor
                  path={at}
                  label={t('condition')}
                  condition={document.visibleWhen}
                  candidates={copy.fields}
                  allFields={copy.fields}
                  errors={errors}
                  onChange={(visibleWhen) => patch({ visibleWhen: visibleWhen ?? undefined })}
                  onBlur={onBlur}
                />
                <div className="flex flex-wrap gap-2">
                  <StepButton
                    id={`${idOf(at)}-up`}
                    disabled={index === 0}
                    onClick={() => onCopy(moveDocument(copy, index, index - 1), t('moved', { name, position: index, count }), `${idOf(`documents.${index - 1}`)}-up`)}
                  >
                    {tf('moveUp')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                  <StepButton
                    id={`${idOf(at)}-down`}
                    disabled={index === count - 1}
                    onClick={() => onCopy(moveDocument(copy, index, index + 1), t('moved', { name, position: index + 2, count }), `${idOf(`documents.${index + 1}`)}-down`)}
                  >
                    {tf('moveDown')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                  <StepButton
                    onClick={() => {
                      const next = duplicateDocument(copy, index);
                      onCopy(next.copy, t('duplicated', { name, position: next.index + 1 }), `${idOf(`documents.${next.index}`)}-title`);
                    }}
                  >
                    {tf('duplicate')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                  <StepButton danger onClick={() => onCopy(removeDocument(copy, index), t('removed', { name }), 'sb-documents-add')}>
                    {tf('remove')}
                    <span className="sr-only"> ({name})</span>
                  </StepButton>
                </div>
              </section>
            </li>
          );
        })}
      </ol>
      <StepButton
        id="sb-documents-add"
        onClick={() => {
          const next = addDocument(copy);
          onCopy(next.copy, t('added', { name: next.copy.documents[next.index]!.name.ro }), idOf(`documents.${next.index}.name.ro`));
        }}
      >
        {t('add')}
      </StepButton>
    </div>
  );
}
