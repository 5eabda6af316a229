'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { AddressFields } from '@/components/accounts/address-fields';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { useActionForm, type TActionFormState } from '@/components/forms/use-action-form';
import { CheckboxField, ErrorSummary, FormScope, RadioGroupField, RequiredLegend, SubmitButton, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import type { TPasswordContext } from '@/lib/accounts/validation/password';
import { signOutTo } from '@/components/layout/sign-out';
import { changeEmailAction, changePasswordAction, deleteAccountAction, emailPreferenceAction, signOutEverywhereAction, updateOrganizationAction, updatePersonAction } from '@/lib/accounts/actions';
import {
  ZChangeEmailSchema,
  ZChangePasswordSchema,
  ZDeleteAccountSchema,
  ZEmailPreferenceSchema,
  ZUpdateOrganizationSchema,
  ZUpdatePersonSchema,
  type TChangeEmail,
  type TChangePassword,
  type TDeleteAccount,
  type TEmailPreference,
  type TUpdateOrganization,
  type TUpdatePerson,
} from '@/lib/accounts/schemas';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-gray-300 p-5">
      <h2 id={id} className="mb-4 text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <FormScope name={id}>{children}</FormScope>
    </section>
  );
}

function FormBody<T extends FieldValues>({
  form,
  state,
  onSubmit,
  success,
  submit,
  children,
  variant,
}: {
  form: UseFormReturn<T>;
  state: TActionFormState;
  onSubmit: () => void;
  success: string;
  submit: string;
  children: ReactNode;
  variant?: 'danger';
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary form={form} formError={state.formError} retryAfterSeconds={state.retryAfter} />
      {state.done ? <SuccessMessage>{success}</SuccessMessage> : null}
      <RequiredLegend />
      {children}
      <SubmitButton pending={form.formState.isSubmitting} variant={variant}>
        {submit}
      </SubmitButton>
    </form>
  );
}

export function PersonProfileForm({ initial }: { initial: TUpdatePerson }) {
  const t = useTranslations('account');
  const r = useTranslations('auth.register');
  const { form, state, onSubmit } = useActionForm<TUpdatePerson>(ZUpdatePersonSchema, initial, updatePersonAction);
  return (
    <Section id="profil" title={t('profile')}>
      <FormBody form={form} state={state} onSubmit={onSubmit} success={t('saved')} submit={t('save')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="lastName" label={r('lastName')} required autoComplete="family-name" />
          <TextField form={form} name="firstName" label={r('firstName')} required autoComplete="given-name" />
        </div>
        <TextField form={form} name="cnp" label={r('cnp')} required {...KEYBOARDS.cnp} />
        <TextField form={form} name="phone" label={r('phone')} required {...KEYBOARDS.phone} />
        <AddressFields form={form} legend={r('addressPerson')} />
        <TextField form={form} name="currentPassword" type="password" label={t('passwordForIdChange')} autoComplete="current-password" hint={t('passwordForIdChangeHint', { id: 'CNP' })} />
      </FormBody>
    </Section>
  );
}

export function OrganizationProfileForm({ initial, isCompany }: { initial: TUpdateOrganization; isCompany: boolean }) {
  const t = useTranslations('account');
  const r = useTranslations('auth.register');
  const { form, state, onSubmit } = useActionForm<TUpdateOrganization>(ZUpdateOrganizationSchema, initial, updateOrganizationAction);
  return (
    <Section id="profil" title={t('profile')}>
      <FormBody form={form} state={state} onSubmit={onSubmit} success={t('saved')} submit={t('save')}>
        <TextField form={form} name="organizationName" label={r(isCompany ? 'companyName' : 'institutionName')} required autoComplete="organization" />
        <TextField form={form} name="cui" label={r('cui')} required {...KEYBOARDS.cui} />
        {isCompany ? <TextField form={form} name="tradeRegisterNumber" label={r('tradeRegister')} {...KEYBOARDS.tradeRegister} /> : null}
        <TextField form={form} name="representativeName" label={r(isCompany ? 'representativeName' : 'contactName')} required autoComplete="name" />
        {isCompany ? <TextField form={form} name="representativeRole" label={r('representativeRole')} /> : null}
        <TextField form={form} name="phone" label={r('phone')} required {...KEYBOARDS.phone} />
        <AddressFields form={form} legend={r('addressOrganization')} />
        <TextField form={form} name="currentPassword" type="password" label={t('passwordForIdChange')} autoComplete="current-password" hint={t('passwordForIdChangeHint', { id: 'CUI' })} />
      </FormBody>
    </Section>
  );
}

export function ChangeEmailForm({ current }: { current: string }) {
  const t = useTranslations('account');
  const { form, state, onSubmit } = useActionForm<TChangeEmail>(ZChangeEmailSchema, { email: '', currentPassword: '' }, changeEmailAction);
  return (
    <Section id="adresa-email" title={t('email')}>
      <p className="mb-4">{t('currentEmail', { email: current })}</p>
      <FormBody form={form} state={state} onSubmit={onSubmit} success={t('emailSent')} submit={t('changeEmail')}>
        <TextField form={form} name="email" label={t('newEmail')} required {...KEYBOARDS.email} />
        <TextField form={form} name="currentPassword" type="password" label={t('currentPassword')} required autoComplete="current-password" />
      </FormBody>
    </Section>
  );
}

export function ChangePasswordForm({ personal }: { personal: TPasswordContext }) {
  const t = useTranslations('account');
  const { form, state, onSubmit } = useActionForm<TChangePassword>(
    ZChangePasswordSchema,
    { currentPassword: '', password: '', passwordConfirm: '' },
    changePasswordAction,
    () => void signOutTo('/login?passwordChanged=1'),
  );
  return (
    <Section id="parola" title={t('password')}>
      <FormBody form={form} state={state} onSubmit={onSubmit} success={t('passwordChanged')} submit={t('changePassword')}>
        <TextField form={form} name="currentPassword" type="password" label={t('currentPassword')} required autoComplete="current-password" />
        <NewPasswordFields form={form} label={t('newPassword')} personal={personal} />
      </FormBody>
    </Section>
  );
}

export function EmailPreferenceForm({ initial }: { initial: TEmailPreference }) {
  const t = useTranslations('account.emailPreference');
  const { form, state, onSubmit } = useActionForm<TEmailPreference>(ZEmailPreferenceSchema, initial, emailPreferenceAction);
  return (
    <Section id="emailuri" title={t('title')}>
      <FormBody form={form} state={state} onSubmit={onSubmit} success={t('saved')} submit={t('save')}>
        <RadioGroupField
          form={form}
          name="emails"
          label={t('label')}
          required
          hint={t('hint')}
          options={[
            { value: 'all', label: t('all') },
            { value: 'essential', label: t('essential') },
          ]}
        />
      </FormBody>
    </Section>
  );
}

export function SignOutEverywhere() {
  const t = useTranslations('account');
  const [pending, setPending] = useState(false);
  return (
    <Section id="sesiuni" title={t('sessions')}>
      <p className="mb-4">{t('sessionsHint')}</p>
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          await signOutEverywhereAction({});
          await signOutTo('/login?loggedOut=1');
        }}
        className="min-h-12 rounded-lg border-2 border-brand-700 px-6 font-semibold text-brand-900 hover:bg-brand-50"
      >
        {t('signOutEverywhere')}
      </button>
    </Section>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations('account');
  const [legalHold, setLegalHold] = useState<boolean | null>(null);
  const { form, state, onSubmit } = useActionForm<TDeleteAccount>(ZDeleteAccountSchema, { currentPassword: '', confirm: false as unknown as true }, deleteAccountAction, (result) => {
    const hold = result.ok && (result.data as { legalHold: boolean }).legalHold;
    setLegalHold(hold);
    setTimeout(() => void signOutTo('/login?deleted=1'), hold ? 6000 : 1500);
  });
  if (legalHold !== null) {
    return (
      <SuccessMessage>
        <p className="font-semibold">{t('deleted')}</p>
        {legalHold ? <p className="mt-2">{t('legalHold')}</p> : null}
      </SuccessMessage>
    );
  }
  return (
    <Section id="stergere" title={t('delete')}>
      <p className="mb-2">{t('deleteHint')}</p>
      <p className="mb-4">{t('legalHoldHint')}</p>
      <FormBody form={form} state={state} onSubmit={onSubmit} success={t('deleted')} submit={t('deleteSubmit')} variant="danger">
        <TextField form={form} name="currentPassword" type="password" label={t('currentPassword')} required autoComplete="current-password" />
        <CheckboxField form={form} name="confirm" label={t('deleteConfirm')} required />
      </FormBody>
    </Section>
  );
}
