'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { ErrorSummary, FieldsetFrame, FormScope, getError, RadioGroupField, RequiredLegend, SubmitButton, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { createStaffAction, updateStaffAction } from '@/lib/staff/actions';
import { STAFF_ROLES, ZCreateStaffSchema, ZUpdateStaffSchema, type TCreateStaffInput, type TUpdateStaff } from '@/lib/staff/schemas';

export type TDepartmentOption = { id: string; name: string };

/** The departments as checkboxes in a framed group; the value is the array of ticked ids. */
function DepartmentCheckboxes<T extends FieldValues>({ form, departments }: { form: UseFormReturn<T>; departments: TDepartmentOption[] }) {
  const t = useTranslations('staff.form');
  const name = 'departmentIds' as Path<T>;
  return (
    <FieldsetFrame name={name} legend={t('departments')} hint={t('departmentsHint')} error={getError(form.formState.errors, name)} variant="box">
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const value = (field.value as string[] | undefined) ?? [];
          return (
            <ul className="grid gap-2 sm:grid-cols-2">
              {departments.map((department) => (
                <li key={department.id}>
                  <label className="flex min-h-11 items-center gap-3 rounded-lg border border-gray-300 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
                    <input
                      type="checkbox"
                      name={field.name}
                      value={department.id}
                      checked={value.includes(department.id)}
                      onChange={(event) => field.onChange(event.target.checked ? [...value, department.id] : value.filter((id) => id !== department.id))}
                      onBlur={field.onBlur}
                      className="h-6 w-6 shrink-0 accent-brand-700"
                    />
                    <span>{department.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          );
        }}
      />
    </FieldsetFrame>
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
  const router = useRouter();
  const roles = useRoleOptions();
  const [invited, setInvited] = useState('');
  const create = async (values: TCreateStaffInput) => {
    const result = await createStaffAction(values);
    if (result.ok) setInvited(values.email.trim().toLowerCase());
    return result;
  };
  const { form, state, onSubmit } = useActionForm<TCreateStaffInput>(ZCreateStaffSchema, EMPTY_STAFF, create, () => router.refresh());
  // Emptied once the account exists, ready for the next one; the message says whom it invited.
  useEffect(() => {
    if (state.done) form.reset(EMPTY_STAFF);
  }, [state.done, form]);

  return (
    <FormScope name="create">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary form={form} formError={state.formError} />
        {state.done ? <SuccessMessage>{t('invited', { email: invited })}</SuccessMessage> : null}
        <RequiredLegend />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="lastName" label={t('lastName')} required autoComplete="off" />
          <TextField form={form} name="firstName" label={t('firstName')} required autoComplete="off" />
        </div>
        <TextField form={form} name="email" type="email" label={t('email')} required autoComplete="off" inputMode="email" hint={t('emailHint')} />
        <RadioGroupField form={form} name="role" label={t('role')} required options={roles} />
        <DepartmentCheckboxes form={form} departments={departments} />
        <SubmitButton pending={form.formState.isSubmitting}>{t('create')}</SubmitButton>
      </form>
    </FormScope>
  );
}

/** Role and departments of an existing member of staff; one's own role is shown, not editable. */
export function EditStaffForm({ initial, departments, isSelf }: { initial: TUpdateStaff; departments: TDepartmentOption[]; isSelf: boolean }) {
  const t = useTranslations('staff.form');
  const router = useRouter();
  const roles = useRoleOptions();
  const [changed, setChanged] = useState(true);
  const { form, state, onSubmit } = useActionForm<TUpdateStaff>(ZUpdateStaffSchema, initial, updateStaffAction, (result) => {
    setChanged(result.ok && (result.data as { changed: boolean }).changed);
    router.refresh();
  });

  return (
    <FormScope name="edit">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary form={form} formError={state.formError} />
        {state.done ? <SuccessMessage>{t(changed ? 'saved' : 'unchanged')}</SuccessMessage> : null}
        <input type="hidden" {...form.register('userId')} />
        <RadioGroupField form={form} name="role" label={t('role')} required options={roles} readOnly={isSelf} hint={isSelf ? t('selfRole') : t('roleHint')} />
        <DepartmentCheckboxes form={form} departments={departments} />
        <SubmitButton pending={form.formState.isSubmitting}>{t('save')}</SubmitButton>
      </form>
    </FormScope>
  );
}
