'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { AddressFields } from '@/components/accounts/address-fields';
import { NewPasswordFields } from '@/components/accounts/password-fields';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import { ActionFormBody, CheckboxField, SuccessMessage, TextField } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerAction } from '@/lib/accounts/actions';
import { ZRegisterSchema, type TRegisterInput } from '@/lib/accounts/schemas';

type TAccountType = TRegisterInput['accountType'];
const TYPES: TAccountType[] = ['PERSON', 'COMPANY', 'INSTITUTION'];
const DRAFT_KEY = 'portal.register.draft';
/** The two consents, each linking to the text it accepts. */
const CONSENTS = [
  { name: 'acceptTerms', href: '/terms' },
  { name: 'acceptPrivacy', href: '/privacy' },
] as const;

export function RegisterForm() {
  const t = useTranslations('auth.register');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const kiosk = useKiosk();
  const registration = useActionForm(ZRegisterSchema, {
    defaultValues: { accountType: 'PERSON', email: '', phone: '', password: '', passwordConfirm: '' } as TRegisterInput,
    shouldUnregister: true,
    action: registerAction,
    refresh: false,
    onSuccess: (_data, values) => {
      if (!kiosk) sessionStorage.removeItem(DRAFT_KEY);
      setSentTo(values.email);
    },
  });
  const { form } = registration;
  const accountType = useWatch({ control: form.control, name: 'accountType' });
  // What the person typed about themselves, which the password must not lean on.
  const [email, firstName, lastName, representativeName] = useWatch({
    control: form.control,
    name: ['email', 'firstName', 'lastName', 'representativeName'] as never,
  }) as (string | undefined)[];

  // A half-filled form survives a reload (never the passwords); never on a shared kiosk terminal.
  const { reset, subscribe } = form;
  useEffect(() => {
    if (kiosk) return;
    const saved = sessionStorage.getItem(DRAFT_KEY);
    if (saved) reset({ ...JSON.parse(saved), password: '', passwordConfirm: '' });
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const draft: Record<string, unknown> = { ...values };
        delete draft.password;
        delete draft.passwordConfirm;
        sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
      },
    });
  }, [reset, subscribe, kiosk]);

  if (sentTo) {
    return (
      <SuccessMessage>
        <h2 className="text-xl font-bold">{t('sentTitle')}</h2>
        <p className="mt-2">{t('sentBody', { email: sentTo })}</p>
        <p className="mt-2">{t('sentHint')}</p>
      </SuccessMessage>
    );
  }

  return (
    <div className="space-y-6">
      <ActionFormBody actionForm={registration} requiredLegend submit={t('submit')} className="space-y-6">
        <fieldset className="space-y-2">
          <legend className="text-lg font-bold text-brand-900">{t('accountType')}</legend>
          {TYPES.map((type) => (
            <label key={type} className="flex min-h-11 items-center gap-3 rounded-lg border border-gray-300 px-4 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
              <input type="radio" value={type} checked={accountType === type} {...form.register('accountType')} className="h-5 w-5 accent-brand-700" />
              <span>
                <span className="font-semibold">{t(`type.${type}`)}</span>
                <span className="block text-sm text-gray-700">{t(`typeHint.${type}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        {accountType === 'PERSON' ? (
          <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
            <legend className="px-1 text-lg font-bold text-brand-900">{t('personData')}</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField form={form} name="lastName" label={t('lastName')} required autoComplete="family-name" />
              <TextField form={form} name="firstName" label={t('firstName')} required autoComplete="given-name" />
            </div>
            <TextField form={form} name="cnp" label={t('cnp')} required {...KEYBOARDS.cnp} hint={t('cnpHint')} />
          </fieldset>
        ) : (
          <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
            <legend className="px-1 text-lg font-bold text-brand-900">{t(accountType === 'COMPANY' ? 'companyData' : 'institutionData')}</legend>
            <TextField form={form} name="organizationName" label={t(accountType === 'COMPANY' ? 'companyName' : 'institutionName')} required autoComplete="organization" />
            <TextField form={form} name="cui" label={t('cui')} required {...KEYBOARDS.cui} hint={t('cuiHint')} />
            {accountType === 'COMPANY' ? (
              <>
                <TextField form={form} name="tradeRegisterNumber" label={t('tradeRegister')} required {...KEYBOARDS.tradeRegister} hint={t('tradeRegisterHint')} />
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField form={form} name="representativeName" label={t('representativeName')} required autoComplete="name" />
                  <TextField form={form} name="representativeRole" label={t('representativeRole')} required hint={t('representativeRoleHint')} />
                </div>
              </>
            ) : (
              <TextField form={form} name="representativeName" label={t('contactName')} required autoComplete="name" />
            )}
          </fieldset>
        )}

        <AddressFields form={form} legend={t(accountType === 'PERSON' ? 'addressPerson' : 'addressOrganization')} />

        <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
          <legend className="px-1 text-lg font-bold text-brand-900">{t('contact')}</legend>
          <TextField form={form} name="email" label={t('email')} required {...KEYBOARDS.email} hint={t('emailHint')} />
          <TextField form={form} name="phone" label={t('phone')} required {...KEYBOARDS.phone} hint={t('phoneHint')} />
        </fieldset>

        <fieldset className="space-y-4 rounded-lg border border-gray-300 p-4">
          <legend className="px-1 text-lg font-bold text-brand-900">{t('passwordSection')}</legend>
          <NewPasswordFields form={form} personal={{ email, names: [firstName, lastName, representativeName].filter((n): n is string => Boolean(n)) }} />
        </fieldset>

        <div className="space-y-3">
          {CONSENTS.map(({ name, href }) => (
            <CheckboxField
              key={name}
              form={form}
              name={name}
              required
              label={t.rich(name, {
                link: (chunks) => (
                  <Link href={href} target={kiosk ? undefined : '_blank'}>
                    {chunks}
                  </Link>
                ),
              })}
            />
          ))}
        </div>
      </ActionFormBody>
      <p>
        {t('haveAccount')} <Link href="/login">{t('login')}</Link>
      </p>
    </div>
  );
}
