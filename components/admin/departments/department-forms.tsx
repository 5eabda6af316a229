'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ActionFormBody, FormScope, SelectField, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { addDepartmentMemberAction, createDepartmentAction, moveServiceAction, updateDepartmentAction } from '@/lib/departments/actions';
import {
  ZCreateDepartmentSchema,
  ZDepartmentMemberSchema,
  ZMoveServiceSchema,
  ZUpdateDepartmentSchema,
  type TCreateDepartmentInput,
  type TUpdateDepartmentInput,
} from '@/lib/departments/schemas';

type TOption = { id: string; name: string };

/** Names in both languages and the contacts: the same fields for a new department and an existing one. */
function DepartmentFields({ form }: { form: UseFormReturn<TCreateDepartmentInput> | UseFormReturn<TUpdateDepartmentInput> }) {
  const t = useTranslations('departments.form');
  const f = form as UseFormReturn<TCreateDepartmentInput>;
  return (
    <>
      <TextField form={f} name="nameRo" label={t('nameRo')} required autoComplete="off" hint={t('nameRoHint')} />
      <TextField form={f} name="nameEn" label={t('nameEn')} required autoComplete="off" lang="en" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={f} name="email" type="email" label={t('email')} autoComplete="off" inputMode="email" />
        <TextField form={f} name="phone" type="tel" label={t('phone')} autoComplete="off" inputMode="tel" />
      </div>
    </>
  );
}

const EMPTY: TCreateDepartmentInput = { nameRo: '', nameEn: '', email: '', phone: '' };

export function CreateDepartmentForm() {
  const t = useTranslations('departments.form');
  const [created, setCreated] = useState('');
  const create = useActionForm(ZCreateDepartmentSchema, { defaultValues: EMPTY, action: createDepartmentAction, reset: true, onSuccess: (_data, values) => setCreated(values.nameRo.trim()) });
  return (
    <FormScope name="create">
      <ActionFormBody actionForm={create} requiredLegend success={t('created', { name: created })} submit={t('create')} className="space-y-5">
        <DepartmentFields form={create.form} />
      </ActionFormBody>
    </FormScope>
  );
}

export function EditDepartmentForm({ initial }: { initial: TUpdateDepartmentInput }) {
  const t = useTranslations('departments.form');
  const [changed, setChanged] = useState(true);
  const edit = useActionForm(ZUpdateDepartmentSchema, { defaultValues: initial, action: updateDepartmentAction, onSuccess: (data) => setChanged(data.changed) });
  return (
    <FormScope name="edit">
      <ActionFormBody actionForm={edit} requiredLegend success={t(changed ? 'saved' : 'unchanged')} submit={t('save')} className="space-y-5">
        <input type="hidden" {...edit.form.register('departmentId')} />
        <DepartmentFields form={edit.form} />
      </ActionFormBody>
    </FormScope>
  );
}

/** Adds one of the active clerks who are not members yet. */
export function AddMemberForm({ departmentId, candidates }: { departmentId: string; candidates: TOption[] }) {
  const t = useTranslations('departments.members');
  const add = useActionForm(ZDepartmentMemberSchema, { defaultValues: { departmentId, userId: '' }, bound: { departmentId }, action: addDepartmentMemberAction, reset: true });
  return (
    <FormScope name="add-member">
      <ActionFormBody actionForm={add} success={t('added')} submit={t('add')} size="compact">
        <SelectField form={add.form} name="userId" label={t('clerk')} required hint={t('clerkHint')} placeholder={t('choose')} options={candidates.map((c) => ({ value: c.id, label: c.name }))} />
      </ActionFormBody>
    </FormScope>
  );
}

/** Moves one service to another active department (new submissions go there; filed requests stay). */
export function MoveServiceForm({ serviceId, serviceTitle, targets }: { serviceId: string; serviceTitle: string; targets: TOption[] }) {
  const t = useTranslations('departments.services');
  const move = useActionForm(ZMoveServiceSchema, { defaultValues: { serviceId, departmentId: '' }, bound: { serviceId }, action: moveServiceAction });
  return (
    <FormScope name={`move-${serviceId}`}>
      <ActionFormBody actionForm={move} success={t('moved')} submit={t('move')} size="compact" className="flex flex-wrap items-end gap-3">
        <SelectField
          form={move.form}
          name="departmentId"
          label={t('target', { service: serviceTitle })}
          required
          placeholder={t('choose')}
          options={targets.map((d) => ({ value: d.id, label: d.name }))}
        />
      </ActionFormBody>
    </FormScope>
  );
}
