'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { AddressFields } from '@/components/accounts/address-fields';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { ActionFormBody, CheckboxField, FormScope, RadioGroupField, SuccessMessage, TextField, type TActionFormBodyProps } from '@/components/forms/form-kit';
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

/**
 * The profile's section and form, the same for people and organisations: the title, the messages,
 * the password that a change of the identity number (CNP or CUI) needs, the button.
 */
function ProfileSection<T extends FieldValues & { currentPassword?: string }>({
  profile,
  idName,
  children,
}: {
  profile: TActionFormBodyProps<T>['actionForm'];
  idName: 'CNP' | 'CUI';
  children: ReactNode;
}) {
  const t = useTranslations('account');
  return (
    <Section id="profil" title={t('profile')}>
      <ActionFormBody actionForm={profile} requiredLegend success={t('saved')} submit={t('save')}>
        {children}
        <TextField
          form={profile.summary.form}
          name={'currentPassword' as Path<T>}
          type="password"
          label={t('passwordForIdChange')}
          autoComplete="current-password"
          hint={t('passwordForIdChangeHint', { id: idName })}
        />
      </ActionFormBody>
    </Section>
  );
}

export function PersonProfileForm({ initial }: { initial: TUpdatePerson }) {
  const r = useTranslations('auth.register');
  const profile = useActionForm(ZUpdatePersonSchema, { defaultValues: initial, action: updatePersonAction });
  const { form } = profile;
  return (
    <ProfileSection profile={profile} idName="CNP">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="lastName" label={r('lastName')} required autoComplete="family-name" />
        <TextField form={form} name="firstName" label={r('firstName')} required autoComplete="given-name" />
      </div>
      <TextField form={form} name="cnp" label={r('cnp')} required {...KEYBOARDS.cnp} />
      <TextField form={form} name="phone" label={r('phone')} required {...KEYBOARDS.phone} />
      <AddressFields form={form} legend={r('addressPerson')} />
    </ProfileSection>
  );
}

export function OrganizationProfileForm({ initial, isCompany }: { initial: TUpdateOrganization; isCompany: boolean }) {
  const r = useTranslations('auth.register');
  const profile = useActionForm(ZUpdateOrganizationSchema, { defaultValues: initial, action: updateOrganizationAction });
  const { form } = profile;
  return (
    <ProfileSection profile={profile} idName="CUI">
      <TextField form={form} name="organizationName" label={r(isCompany ? 'companyName' : 'institutionName')} required autoComplete="organization" />
      <TextField form={form} name="cui" label={r('cui')} required {...KEYBOARDS.cui} />
      {isCompany ? <TextField form={form} name="tradeRegisterNumber" label={r('tradeRegister')} {...KEYBOARDS.tradeRegister} /> : null}
      <TextField form={form} name="representativeName" label={r(isCompany ? 'representativeName' : 'contactName')} required autoComplete="name" />
      {isCompany ? <TextField form={form} name="representativeRole" label={r('representativeRole')} /> : null}
      <TextField form={form} name="phone" label={r('phone')} required {...KEYBOARDS.phone} />
      <AddressFields form={form} legend={r('addressOrganization')} />
    </ProfileSection>
  );
}

export function ChangeEmailForm({ current }: { current: string }) {
  const t = useTranslations('account');
  const change = useActionForm(ZChangeEmailSchema, { defaultValues: { email: '', currentPassword: '' }, action: changeEmailAction });
  const { form } = change;
  return (
    <Section id="adresa-email" title={t('email')}>
      <p className="mb-4">{t('currentEmail', { email: current })}</p>
      <ActionFormBody actionForm={change} requiredLegend success={t('emailSent')} submit={t('changeEmail')}>
        <TextField form={form} name="email" label={t('newEmail')} required {...KEYBOARDS.email} />
        <TextField form={form} name="currentPassword" type="password" label={t('currentPassword')} required autoComplete="current-password" />
      </ActionFormBody>
    </Section>
  );
}

export function ChangePasswordForm({ personal }: { personal: TPasswordContext }) {
  const t = useTranslations('account');
  // The password change ends every session: the next step is the login page, not this one refreshed.
  const change = useActionForm(ZChangePasswordSchema, {
    defaultValues: { currentPassword: '', password: '', passwordConfirm: '' },
    action: changePasswordAction,
    refresh: false,
    onSuccess: () => void signOutTo('/login?passwordChanged=1'),
  });
  const { form } = change;
  return (
    <Section id="parola" title={t('password')}>
      <ActionFormBody actionForm={change} requiredLegend success={t('passwordChanged')} submit={t('changePassword')}>
        <TextField form={form} name="currentPassword" type="password" label={t('currentPassword')} required autoComplete="current-password" />
        <NewPasswordFields form={form} label={t('newPassword')} personal={personal} />
      </ActionFormBody>
    </Section>
  );
}

export function EmailPreferenceForm({ initial }: { initial: TEmailPreference }) {
  const t = useTranslations('account.emailPreference');
  const preference = useActionForm(ZEmailPreferenceSchema, { defaultValues: initial, action: emailPreferenceAction });
  return (
    <Section id="emailuri" title={t('title')}>
      <ActionFormBody actionForm={preference} requiredLegend success={t('saved')} submit={t('save')}>
        <RadioGroupField
          form={preference.form}
          name="emails"
          label={t('label')}
          required
          hint={t('hint')}
          options={[
            { value: 'all', label: t('all') },
            { value: 'essential', label: t('essential') },
          ]}
        />
      </ActionFormBody>
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
  // No refresh: the account is gone, the page would send the visitor away before the message is read.
  const remove = useActionForm(ZDeleteAccountSchema, {
    defaultValues: { currentPassword: '', confirm: false as unknown as true },
    action: deleteAccountAction,
    refresh: false,
    onSuccess: ({ legalHold: hold }) => {
      setLegalHold(hold);
      setTimeout(() => void signOutTo('/login?deleted=1'), hold ? 6000 : 1500);
    },
  });
  const { form } = remove;
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
      <ActionFormBody actionForm={remove} requiredLegend success={t('deleted')} submit={t('deleteSubmit')} variant="danger">
        <TextField form={form} name="currentPassword" type="password" label={t('currentPassword')} required autoComplete="current-password" />
        <CheckboxField form={form} name="confirm" label={t('deleteConfirm')} required />
      </ActionFormBody>
    </Section>
  );
}
