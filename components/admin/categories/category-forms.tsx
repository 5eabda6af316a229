'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ActionOutcome, useActionRunner } from '@/components/admin/action-button';
import { ActionFormBody, FormScope, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { createCategoryAction, moveCategoryAction, renameCategoryAction } from '@/lib/categories/actions';
import { ZCreateCategorySchema, ZRenameCategorySchema, type TRenameCategoryInput } from '@/lib/categories/schemas';

export function CreateCategoryForm() {
  const t = useTranslations('categories.form');
  const [created, setCreated] = useState('');
  const create = useActionForm(ZCreateCategorySchema, { defaultValues: { nameRo: '', nameEn: '' }, action: createCategoryAction, reset: true, onSuccess: (_data, values) => setCreated(values.nameRo.trim()) });
  return (
    <FormScope name="create">
      <ActionFormBody actionForm={create} requiredLegend success={t('created', { name: created })} submit={t('create')} className="space-y-5">
        <TextField form={create.form} name="nameRo" label={t('nameRo')} required autoComplete="off" />
        <TextField form={create.form} name="nameEn" label={t('nameEn')} required autoComplete="off" lang="en" />
      </ActionFormBody>
    </FormScope>
  );
}

export function RenameCategoryForm({ initial }: { initial: TRenameCategoryInput }) {
  const t = useTranslations('categories.form');
  const [changed, setChanged] = useState(true);
  const rename = useActionForm(ZRenameCategorySchema, { defaultValues: initial, action: renameCategoryAction, onSuccess: (data) => setChanged(data.changed) });
  return (
    <FormScope name={`rename-${initial.categoryId}`}>
      <ActionFormBody actionForm={rename} success={t(changed ? 'saved' : 'unchanged')} submit={t('save')} size="compact">
        <input type="hidden" {...rename.form.register('categoryId')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={rename.form} name="nameRo" label={t('nameRo')} required autoComplete="off" />
          <TextField form={rename.form} name="nameEn" label={t('nameEn')} required autoComplete="off" lang="en" />
        </div>
      </ActionFormBody>
    </FormScope>
  );
}

const button = 'inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-4 font-semibold text-brand-900 disabled:opacity-60';

/**
 * "Mai sus" / "Mai jos" for one category: plain buttons, so the keyboard does it (no drag). The
 * focus stays on the button that was pressed, in the category's new place (or on the other one
 * when it reached the top or the bottom), and the new position is announced.
 */
export function MoveCategoryButtons({ categoryId, name, position, count }: { categoryId: string; name: string; position: number; count: number }) {
  const t = useTranslations('categories.order');
  const { pending, message, run } = useActionRunner();
  // Set when a move succeeded; used once the refreshed page gives the category its new position.
  const focusNext = useRef<'up' | 'down' | null>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const isFirst = position === 1;
  const isLast = position === count;

  useEffect(() => {
    if (!focusNext.current) return;
    const wanted = focusNext.current === 'up' ? (isFirst ? down : up) : isLast ? up : down;
    focusNext.current = null;
    wanted.current?.focus();
  }, [position, isFirst, isLast]);

  const move = (direction: 'up' | 'down') =>
    run(() => moveCategoryAction({ categoryId, direction }), {
      success: (data) => t('moved', { name, position: data.position, count }),
      onDone: () => (focusNext.current = direction),
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button ref={up} type="button" className={button} disabled={pending || isFirst} onClick={() => move('up')}>
          {t('up')}
          <span className="sr-only"> ({name})</span>
        </button>
        <button ref={down} type="button" className={button} disabled={pending || isLast} onClick={() => move('down')}>
          {t('down')}
          <span className="sr-only"> ({name})</span>
        </button>
      </div>
      <ActionOutcome message={message} />
    </div>
  );
}
