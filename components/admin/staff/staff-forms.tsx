'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ActionFormBody, CheckboxGroupField, FormScope, RadioGroupField, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { createStaffAction, updateStaffAction } from '@/lib/staff/actions';
import { STAFF_ROLES, ZCreateStaffSchema, ZUpdateStaffSchema, type TCreateStaffInput, type TUpdateStaff } from '@/lib/staff/schemas';

export type TDepartmentOption = { id: string; name: string };

/** The departments as checkboxes in a framed group; the value is the array of ticked ids. */
function DepartmentCheckboxes<T extends FieldValues>({ form, departments }: { form: UseFormReturn<T>; departments: TDepartmentOption[] }) {
  const t = useTranslations('staff.form');
  return (
    <CheckboxGroupField
      form={form}
      name={'departmentIds' as Path<T>}
      label={t('departments')}
      hint={t('departmentsHint')}
      options={departments.map((department) => ({ value: department.id, label: department.name }))}
      variant="box"
    />
  );
}

function useRoleOptions() {
  const t = useTranslations('staff.roles');
  return STAFF_ROLES.map((role) => ({ value: role, label: t(role) }));
}

const EMPTY_STAFF: TCreateStaffInput = { firstName: '', lastName: '', email: '', role: 'CLERK', departmentIds: [] };

/** The form that creates a clerk or administrator account and emails the invitation. */
export function CreateStaffForm({ departments }: { departments: TDepartmentOption[] }) {
  const t = useTranslations('staff.form');
  const roles = useRoleOptions();
  const [invited, setInvited] = useState('');
  // Emptied once the account exists, ready for the next one; the message says whom it invited.
  const create = useActionForm(ZCreateStaffSchema, {
    defaultValues: EMPTY_STAFF,
    action: createStaffAction,
    reset: true,
    onSuccess: (_data, values) => setInvited(values.email.trim().toLowerCase()),
  });
  const { form } = create;

  return (
    <FormScope name="create">
      <ActionFormBody actionForm={create} requiredLegend success={t('invited', { email: invited })} submit={t('create')} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="lastName" label={t('lastName')} required autoComplete="off" />
          <TextField form={form} name="firstName" label={t('firstName')} required autoComplete="off" />
        </div>
        <TextField form={form} name="email" type="email" label={t('email')} required autoComplete="off" inputMode="email" hint={t('emailHint')} />
        <RadioGroupField form={form} name="role" label={t('role')} required options={roles} />
        <DepartmentCheckboxes form={form} departments={departments} />
      </ActionFormBody>
    </FormScope>
  );
}

/** Role and departments of an existing member of staff; one's own role is shown, not editable. */
export function EditStaffForm({ initial, departments, isSelf }: { initial: TUpdateStaff; departments: TDepartmentOption[]; isSelf: boolean }) {
  const t = useTranslations('staff.form');
  const roles = useRoleOptions();
  const [changed, setChanged] = useState(true);
  const edit = useActionForm(ZUpdateStaffSchema, { defaultValues: initial, action: updateStaffAction, onSuccess: (data) => setChanged(data.changed) });
  const { form } = edit;

  return (
    <FormScope name="edit">
      <ActionFormBody actionForm={edit} success={t(changed ? 'saved' : 'unchanged')} submit={t('save')} className="space-y-5">
        <input type="hidden" {...form.register('userId')} />
        <RadioGroupField form={form} name="role" label={t('role')} required options={roles} readOnly={isSelf} hint={isSelf ? t('selfRole') : t('roleHint')} />
        <DepartmentCheckboxes form={form} departments={departments} />
      </ActionFormBody>
    </FormScope>
  );
}
