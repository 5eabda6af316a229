'use client';

/**
 * The form builder: the fields in order (move up / down, duplicate, remove, each keeping the focus
 * on the item it acted on and announcing what happened), the editor of the selected field, the
 * documents and the delivery; the working copy is saved as it changes (debounced, and at once
 * when a control loses the focus), against the revision the page showed: when another tab or
 * administrator saved meanwhile, it says so and offers to reload or to keep these changes (the
 * last write wins). "Publică" saves first, then publishes or lists what must be corrected.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { DocumentsEditor } from '@/components/admin/services/builder/documents-editor';
import { FieldEditor } from '@/components/admin/services/builder/field-editor';
import { BuilderRadios, idOf, inputClass, smallButtonClass, StepButton, useBuilderErrorText } from '@/components/admin/services/builder/inputs';
import { actionButtonClass } from '@/components/admin/action-button';
import { SuccessMessage, useErrorText } from '@/components/forms/form-kit';
import { discardWorkingCopyAction, publishServiceFormAction, saveWorkingCopyAction } from '@/lib/services/admin/form-actions';
import { addField, duplicateField, errorsUnder, moveField, problemTarget, removeField, setDelivery, validateWorkingCopy, type TBuilderError, type TFieldType, type TWorkingCopy } from '@/lib/services/form/builder';
import { FIELD_TYPES } from '@/lib/services/form/definition';
import { formatTime } from '@/lib/time';

type TSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'stale';

export type TBuilderInitial = {
  copy: TWorkingCopy;
  revision: number;
  hasWorkingCopy: boolean;
  updatedAt: string | null;
  latestVersion: number | null;
};

const SAVE_DELAY_MS = 800;

/** Where the selected item goes when a field moves from `from` to `to`. */
function follow(selected: number | null, from: number, to: number): number | null {
  if (selected === null) return null;
  if (selected === from) return to;
  if (from < selected && to >= selected) return selected - 1;
  if (from > selected && to <= selected) return selected + 1;
  return selected;
}

export function ServiceFormBuilder({ serviceId, initial }: { serviceId: string; initial: TBuilderInitial }) {
  const t = useTranslations('serviceBuilder');
  const types = useTranslations('serviceBuilder.types');
  const tForms = useTranslations('forms');
  const errorText = useErrorText();
  const builderErrorText = useBuilderErrorText();
  const router = useRouter();

  const [copy, setCopy] = useState(initial.copy);
  const [selected, setSelected] = useState<number | null>(initial.copy.fields.length > 0 ? 0 : null);
  const [status, setStatus] = useState<TSaveStatus>('idle');
  const [hasWorkingCopy, setHasWorkingCopy] = useState(initial.hasWorkingCopy);
  const [savedAt, setSavedAt] = useState(initial.updatedAt);
  const [latestVersion, setLatestVersion] = useState(initial.latestVersion);
  const [announcement, setAnnouncement] = useState('');
  const [newType, setNewType] = useState<TFieldType>('text');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  const copyRef = useRef(initial.copy);
  const revisionRef = useRef(initial.revision);
  const dirtyRef = useRef(false);
  // A service never published shows the starting form, not saved yet: "Publică" saves it first.
  const unsavedStartRef = useRef(!initial.hasWorkingCopy && initial.latestVersion === null);
  const staleRevisionRef = useRef<number | null>(null);
  const queueRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const focusRef = useRef<string | null>(null);

  const validation = useMemo(() => validateWorkingCopy(copy), [copy]);
  const errors = useMemo(() => (validation.ok ? {} : validation.errors), [validation]);

  // The focus goes where the last action asked, once the list has re-rendered.
  useEffect(() => {
    if (!focusRef.current) return;
    const target = document.getElementById(focusRef.current);
    // Not there yet (a render of something else came first): the next render tries again.
    if (!target) return;
    target.focus();
    focusRef.current = null;
  });

  /** Saves what is not saved yet, one save at a time; true when everything is saved. */
  const saveStep = useCallback(async (): Promise<boolean> => {
    for (;;) {
      if (staleRevisionRef.current !== null) return false;
      if (!dirtyRef.current) return true;
      const sent = copyRef.current;
      setStatus('saving');
      const result = await saveWorkingCopyAction({ serviceId, revision: revisionRef.current, copy: sent }).catch(() => null);
      if (!result?.ok) {
        setStatus('failed');
        return false;
      }
      if (result.data.status === 'stale') {
        staleRevisionRef.current = result.data.revision;
        setStatus('stale');
        return false;
      }
      revisionRef.current = result.data.revision;
      unsavedStartRef.current = false;
      setHasWorkingCopy(true);
      setSavedAt(new Date(result.data.updatedAt).toISOString());
      if (copyRef.current === sent) {
        dirtyRef.current = false;
        setStatus('saved');
        return true;
      }
    }
  }, [serviceId]);

  const flush = useCallback(() => {
    clearTimeout(timerRef.current);
    const next = queueRef.current.then(saveStep, saveStep);
    queueRef.current = next;
    return next;
  }, [saveStep]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timerRef.current);
    };
  }, []);

  /** Takes a new copy: shown at once, saved shortly; `announcement` is read out, `focus` gets the focus. */
  const onCopy = useCallback(
    (next: TWorkingCopy, say?: string, focus?: string) => {
      copyRef.current = next;
      dirtyRef.current = true;
      setCopy(next);
      setOutcome(null);
      if (say) setAnnouncement(say);
      if (focus) focusRef.current = focus;
      if (staleRevisionRef.current === null) setStatus('pending');
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );
  const onBlur = useCallback(() => {
    if (dirtyRef.current) void flush();
  }, [flush]);

  const labelOf = (index: number) => copy.fields[index]?.label.ro || copy.fields[index]?.key || '';
  const count = copy.fields.length;

  const moveTo = (from: number, to: number, button: 'up' | 'down') => {
    const label = labelOf(from);
    setSelected((current) => follow(current, from, to));
    onCopy(moveField(copy, from, to), t('fields.moved', { label, position: to + 1, count }), `sb-field-${to}-${button}`);
  };
  const duplicate = (index: number) => {
    const next = duplicateField(copy, index);
    setSelected(next.index);
    onCopy(next.copy, t('fields.duplicated', { label: labelOf(index), position: next.index + 1 }), `sb-field-${next.index}-edit`);
  };
  const remove = (index: number) => {
    const label = labelOf(index);
    const { copy: next, cleared } = removeField(copy, index);
    setSelected((current) => (current === null || current === index ? null : current > index ? current - 1 : current));
    const focus = next.fields.length === 0 ? 'sb-add-type' : `sb-field-${Math.min(index, next.fields.length - 1)}-edit`;
    onCopy(next, cleared.length > 0 ? t('fields.removedConditions', { label, keys: cleared.join(', ') }) : t('fields.removed', { label }), focus);
  };
  const add = () => {
    const next = addField(copy, newType);
    setSelected(next.index);
    onCopy(next.copy, t('fields.added', { label: next.copy.fields[next.index]!.label.ro, position: next.index + 1 }), idOf(`fields.${next.index}.label.ro`));
  };
  /** Moves the focus to `id`: at once when it is on the page, else once the next render shows it. */
  const focusOn = (id: string, rerenders: boolean) => {
    if (rerenders) focusRef.current = id;
    else document.getElementById(id)?.focus();
  };
  const edit = (index: number) => {
    setSelected(index);
    focusOn('sb-editor-title', selected !== index);
  };

  /** Goes to what a problem is about: the field's editor (selecting it first), or the document's control. */
  const goTo = (path: string) => {
    const match = /^fields\.(\d+)/.exec(path);
    const index = match ? Number(match[1]) : null;
    if (index !== null) setSelected(index);
    focusOn(path === 'fields' ? 'sb-add-type' : idOf(path), index !== null && index !== selected);
  };

  const problems = Object.entries(errors).flatMap(([path, list]) => list.map((error) => ({ path, error })));
  const whereOf = (path: string) => {
    const target = problemTarget(copy, path);
    if (target.kind === 'field') return t('problems.field', { position: target.position, label: target.label });
    if (target.kind === 'document') return t('problems.document', { position: target.position, name: target.name });
    return t('problems.form');
  };

  const publish = async () => {
    setBusy(true);
    setOutcome(null);
    if (unsavedStartRef.current) dirtyRef.current = true;
    const saved = await flush();
    if (!saved) {
      setBusy(false);
      if (staleRevisionRef.current === null) setOutcome({ ok: false, text: t('actions.saveFirst') });
      return;
    }
    const result = await publishServiceFormAction({ serviceId, revision: revisionRef.current }).catch(() => null);
    setBusy(false);
    if (!result) return setOutcome({ ok: false, text: errorText('unexpected') });
    if (!result.ok) {
      if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) {
        setShowProblems(true);
        setOutcome({ ok: false, text: t('actions.invalid', { count: Object.values(result.fieldErrors).flat().length }) });
        focusRef.current = 'sb-problems';
      } else setOutcome({ ok: false, text: errorText(result.formError ?? 'unexpected') });
      return;
    }
    if (result.data.status === 'stale') {
      staleRevisionRef.current = result.data.revision;
      setStatus('stale');
      return;
    }
    revisionRef.current = result.data.revision;
    setHasWorkingCopy(false);
    setLatestVersion(result.data.version);
    setShowProblems(false);
    setOutcome({ ok: true, text: t('actions.published', { version: result.data.version }) });
  };

  const discard = async () => {
    setConfirmingDiscard(false);
    setBusy(true);
    clearTimeout(timerRef.current);
    dirtyRef.current = false;
    await queueRef.current;
    const result = await discardWorkingCopyAction({ serviceId, revision: revisionRef.current }).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setOutcome({ ok: false, text: errorText(result?.ok === false ? (result.formError ?? 'unexpected') : 'unexpected') });
    if (result.data.status === 'stale') {
      staleRevisionRef.current = result.data.revision;
      setStatus('stale');
      return;
    }
    // The page reloads with the published form (a new revision: the builder starts afresh).
    router.refresh();
  };

  const reload = () => {
    dirtyRef.current = false;
    router.refresh();
  };
  const overwrite = () => {
    if (staleRevisionRef.current === null) return;
    revisionRef.current = staleRevisionRef.current;
    staleRevisionRef.current = null;
    dirtyRef.current = true;
    void flush();
  };

  const previewHref = `/admin/services/${serviceId}/preview`;
  const openPreview = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!dirtyRef.current) return;
    event.preventDefault();
    if (await flush()) router.push(previewHref);
  };

  const field = selected !== null ? copy.fields[selected] : undefined;

  return (
    <div className="space-y-8">
      <div className="space-y-2 rounded-lg border border-gray-300 bg-gray-50 p-4">
        <p>{latestVersion !== null ? t('currentVersion', { version: latestVersion }) : t('noVersion')}</p>
        <p>{hasWorkingCopy && savedAt ? t('workingCopy', { time: formatTime(new Date(savedAt)) }) : t('noWorkingCopy')}</p>
        <p role="status" className="font-semibold">
          {status === 'saving' ? t('save.saving') : status === 'saved' ? t('save.saved') : status === 'pending' ? t('save.pending') : null}
        </p>
        {status === 'failed' ? (
          <p role="alert" className="font-semibold text-red-700">
            {t('save.failed')}
          </p>
        ) : null}
        {status === 'stale' ? (
          <div role="alert" className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
            <p className="font-semibold">{t('save.stale')}</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" onClick={reload} className="min-h-11 rounded-md border-2 border-red-800 px-4 font-semibold">
                {t('save.reload')}
              </button>
              <button type="button" onClick={overwrite} className="min-h-11 rounded-md border-2 border-red-800 px-4 font-semibold">
                {t('save.overwrite')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <section aria-labelledby="sb-fields-title" className="space-y-4">
        <h2 id="sb-fields-title" className="text-2xl font-bold text-brand-900">
          {t('fields.title')}
        </h2>
        <p className="text-gray-700">{t('fields.lead')}</p>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <div className="space-y-4">
            {count === 0 ? <p>{t('fields.empty')}</p> : null}
            <ol aria-label={t('fields.listLabel')} className="space-y-3">
              {copy.fields.map((item, index) => {
                const label = item.label.ro || item.key;
                const name = <span className="sr-only"> ({label})</span>;
                const hasErrors = Object.keys(errorsUnder(errors, `fields.${index}`)).length > 0;
                return (
                  <li key={index} className={`rounded-lg border-2 p-3 ${selected === index ? 'border-brand-700 bg-brand-50' : 'border-gray-300'}`}>
                    <p className="font-bold text-brand-900">{t('fields.item', { position: index + 1, label })}</p>
                    <p className="text-sm text-gray-700">
                      {t('fields.meta', { type: types(item.type), key: item.key })}
                      {item.required ? ` · ${t('fields.required')}` : null}
                      {item.visibleWhen ? ` · ${t('fields.conditional')}` : null}
                      {selected === index ? ` · ${t('fields.editing')}` : null}
                    </p>
                    {hasErrors ? <p className="text-sm font-semibold text-red-700">{t('fields.hasErrors')}</p> : null}
                    <div className="mt-2 flex flex-wrap gap-2">
                      <button id={`sb-field-${index}-edit`} type="button" aria-controls="sb-editor" onClick={() => edit(index)} className={smallButtonClass}>
                        {t('fields.edit')}
                        {name}
                      </button>
                      <StepButton id={`sb-field-${index}-up`} disabled={index === 0} onClick={() => moveTo(index, index - 1, 'up')}>
                        {t('fields.moveUp')}
                        {name}
                      </StepButton>
                      <StepButton id={`sb-field-${index}-down`} disabled={index === count - 1} onClick={() => moveTo(index, index + 1, 'down')}>
                        {t('fields.moveDown')}
                        {name}
                      </StepButton>
                      <StepButton onClick={() => duplicate(index)}>
                        {t('fields.duplicate')}
                        {name}
                      </StepButton>
                      <StepButton danger onClick={() => remove(index)}>
                        {t('fields.remove')}
                        {name}
                      </StepButton>
                    </div>
                  </li>
                );
              })}
            </ol>
            <div className="space-y-2 rounded-lg border border-gray-300 p-4">
              <h3 className="text-lg font-bold text-brand-900">{t('fields.addTitle')}</h3>
              <label htmlFor="sb-add-type" className="block font-semibold">
                {t('fields.addType')}
              </label>
              <select
                id="sb-add-type"
                value={newType}
                onChange={(event) => setNewType(event.target.value as TFieldType)}
                aria-invalid={errors.fields ? true : undefined}
                aria-describedby={errors.fields ? 'sb-add-type-error' : undefined}
                className={inputClass}
              >
                {FIELD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {types(type)}
                  </option>
                ))}
              </select>
              {errors.fields ? (
                <p id="sb-add-type-error" className="text-sm font-semibold text-red-700">
                  {builderErrorText(errors.fields[0]!)}
                </p>
              ) : null}
              <button type="button" onClick={add} className={smallButtonClass}>
                {t('fields.add')}
              </button>
            </div>
          </div>

          <section id="sb-editor" aria-labelledby="sb-editor-title" className="space-y-4 rounded-lg border border-gray-300 p-4">
            <h3 id="sb-editor-title" tabIndex={-1} className="text-xl font-bold text-brand-900">
              {field && selected !== null ? t('editor.title', { position: selected + 1, label: field.label.ro || field.key }) : t('fields.edit')}
            </h3>
            {field && selected !== null ? <FieldEditor key={selected} copy={copy} index={selected} errors={errors} onCopy={onCopy} onBlur={onBlur} /> : <p>{t('editor.none')}</p>}
          </section>
        </div>
      </section>

      <section aria-labelledby="sb-documents-title" className="space-y-4">
        <h2 id="sb-documents-title" className="text-2xl font-bold text-brand-900">
          {t('documents.title')}
        </h2>
        <p className="text-gray-700">{t('documents.lead')}</p>
        <DocumentsEditor copy={copy} errors={errors} onCopy={onCopy} onBlur={onBlur} />
      </section>

      <section aria-labelledby="sb-delivery-title" className="space-y-4">
        <h2 id="sb-delivery-title" className="text-2xl font-bold text-brand-900">
          {t('delivery.title')}
        </h2>
        <BuilderRadios
          path="delivery"
          label={t('delivery.title')}
          value={copy.delivery}
          onValue={(delivery) => onCopy(setDelivery(copy, delivery as TWorkingCopy['delivery']))}
          onBlur={onBlur}
          options={[
            { value: 'electronic', label: t('delivery.electronic') },
            { value: 'counter', label: t('delivery.counter') },
          ]}
        />
      </section>

      <section aria-labelledby="sb-publish-title" className="space-y-4 rounded-lg border border-gray-300 p-5">
        <h2 id="sb-publish-title" className="text-2xl font-bold text-brand-900">
          {t('actions.title')}
        </h2>
        <p className="text-gray-700">{t('actions.lead')}</p>
        {showProblems && problems.length > 0 ? (
          <div id="sb-problems" tabIndex={-1} className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
            <h3 className="font-bold">{t('problems.title')}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {problems.map(({ path, error }) => (
                <li key={`${path}-${error}`}>
                  <button type="button" onClick={() => goTo(path)} className="min-h-11 text-left font-semibold text-red-900 underline">
                    {whereOf(path)}: {builderErrorText(error as TBuilderError)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div aria-live="polite">
          {outcome?.ok ? <SuccessMessage>{outcome.text}</SuccessMessage> : null}
          {outcome && !outcome.ok ? (
            <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
              {outcome.text}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={previewHref} onClick={openPreview} className={`${actionButtonClass} border-brand-700 text-brand-900 no-underline`}>
            {t('actions.preview')}
          </Link>
          <button type="button" disabled={busy} onClick={() => void publish()} className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
            {t('actions.publish')}
          </button>
          {confirmingDiscard ? (
            <div role="group" aria-label={t('actions.discardConfirm')} className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{t('actions.discardConfirm')}</span>
              <button type="button" disabled={busy} onClick={() => void discard()} className={`${actionButtonClass} border-red-700 bg-red-700 text-white`}>
                {tForms('yes')}
              </button>
              <button type="button" onClick={() => setConfirmingDiscard(false)} className={`${actionButtonClass} border-gray-600`}>
                {tForms('no')}
              </button>
            </div>
          ) : (
            <button type="button" disabled={busy || (!hasWorkingCopy && status !== 'pending')} onClick={() => setConfirmingDiscard(true)} className={`${actionButtonClass} border-red-700 text-red-800`}>
              {t('actions.discard')}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
