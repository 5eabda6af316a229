'use client';

/**
 * The one form of /admin/settings: the city hall's identity, address, contacts, office hours, fee
 * account and email sender, in framed groups. A save from a page older than the last save is
 * refused ("changed meanwhile") with a button that reloads the saved values into the form.
 */
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState, useTransition, type ReactNode } from 'react';
import { ActionFormBody, FieldsetFrame, TextAreaField, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { updateMunicipalitySettingsAction } from '@/lib/settings/actions';
import { ZUpdateMunicipalitySettingsSchema, type TMunicipalitySettings, type TUpdateMunicipalitySettingsInput } from '@/lib/settings/schemas';

/** The saved settings as the form's boxes hold them: the hours one line per row, "none" as an empty box. */
function formValues(settings: TMunicipalitySettings, updatedAt: string | null): TUpdateMunicipalitySettingsInput {
  return {
    ...settings,
    fax: settings.fax ?? '',
    beneficiaryFiscalCode: settings.beneficiaryFiscalCode ?? '',
    hoursRo: settings.hoursRo.join('\n'),
    hoursEn: settings.hoursEn.join('\n'),
    expectedUpdatedAt: updatedAt,
  };
}

function Group({ name, legend, children }: { name: string; legend: string; children: ReactNode }) {
  return (
    <FieldsetFrame name={`group-${name}`} legend={legend} variant="box">
      {children}
    </FieldsetFrame>
  );
}

export type TMunicipalitySettingsFormProps = {
  settings: TMunicipalitySettings;
  /** When the shown settings were saved; null: never (the defaults). */
  updatedAt: string | null;
  /** The account's fields the environment pins (PAYMENT_IBAN, PAYMENT_BENEFICIARY), if any. */
  override: { iban: string | null; beneficiary: string | null };
  /** The account fees are paid into now is the portal's demo account. */
  demoAccount: boolean;
  /** The sender's address (MAIL_FROM's), which stays the environment's. */
  senderAddress: string;
};

export function MunicipalitySettingsForm({ settings, updatedAt, override, demoAccount, senderAddress }: TMunicipalitySettingsFormProps) {
  const t = useTranslations('settings');
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  const [changed, setChanged] = useState(true);
  // The saved time the page had when a save was refused as stale: once the page has a newer one, it is reloaded.
  const [staleAt, setStaleAt] = useState<string | null | undefined>(undefined);
  const values = useMemo(() => formValues(settings, updatedAt), [settings, updatedAt]);
  const save = useActionForm(ZUpdateMunicipalitySettingsSchema, {
    defaultValues: values,
    bound: { expectedUpdatedAt: updatedAt },
    action: updateMunicipalitySettingsAction,
    onSuccess: (data) => setChanged(data.changed),
    onFailure: (result) => {
      if (result.formError === 'settings.stale') setStaleAt(updatedAt);
    },
  });
  const { form } = save;
  // After a save or a reload the page brings the settings as stored (the IBAN compact, the hours
  // without empty rows), or as someone else saved them: the form shows them.
  useEffect(() => {
    form.reset(values);
  }, [form, values]);

  const stale = save.state.formError === 'settings.stale';
  const reloaded = stale && staleAt !== updatedAt;
  const summary = {
    ...save.summary,
    formError: reloaded ? undefined : save.summary.formError,
    onReload: stale && !reloaded ? () => startReload(() => router.refresh()) : undefined,
  };
  return (
    <ActionFormBody
      actionForm={{ ...save, pending: save.pending || reloading, summary }}
      requiredLegend
      success={t(changed ? 'saved' : 'unchanged')}
      submit={t('save')}
      scope="settings"
      className="space-y-6"
    >
      <Group name="identity" legend={t('identity')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="nameRo" label={t('nameRo')} required autoComplete="off" />
          <TextField form={form} name="nameEn" label={t('nameEn')} required autoComplete="off" lang="en" />
          <TextField form={form} name="shortNameRo" label={t('shortNameRo')} required autoComplete="off" hint={t('shortNameHint')} />
          <TextField form={form} name="shortNameEn" label={t('shortNameEn')} required autoComplete="off" lang="en" />
        </div>
      </Group>
      <Group name="address" legend={t('address')}>
        <TextField form={form} name="street" label={t('street')} required autoComplete="off" />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField form={form} name="postalCode" label={t('postalCode')} required autoComplete="off" inputMode="numeric" maxLength={6} />
          <TextField form={form} name="city" label={t('city')} required autoComplete="off" />
          <TextField form={form} name="county" label={t('county')} required autoComplete="off" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="countryRo" label={t('countryRo')} required autoComplete="off" />
          <TextField form={form} name="countryEn" label={t('countryEn')} required autoComplete="off" lang="en" />
        </div>
      </Group>
      <Group name="contact" legend={t('contact')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="phone" type="tel" label={t('phone')} required autoComplete="off" inputMode="tel" hint={t('phoneHint')} />
          <TextField form={form} name="fax" type="tel" label={t('fax')} autoComplete="off" inputMode="tel" hint={t('faxHint')} />
          <TextField form={form} name="email" type="email" label={t('email')} required autoComplete="off" inputMode="email" />
          <TextField form={form} name="dpoEmail" type="email" label={t('dpoEmail')} required autoComplete="off" inputMode="email" />
        </div>
        <TextField form={form} name="website" type="url" label={t('website')} required autoComplete="off" inputMode="url" hint={t('websiteHint')} />
      </Group>
      <Group name="hours" legend={t('hours')}>
        <TextAreaField form={form} name="hoursRo" label={t('hoursRo')} required rows={4} hint={t('hoursHint')} />
        <TextAreaField form={form} name="hoursEn" label={t('hoursEn')} required rows={4} lang="en" />
      </Group>
      <Group name="payment" legend={t('payment')}>
        {override.iban ? <Note>{t('overrideIban', { iban: override.iban })}</Note> : demoAccount ? <Note>{t('demoIban')}</Note> : null}
        {override.beneficiary ? <Note>{t('overrideBeneficiary', { beneficiary: override.beneficiary })}</Note> : null}
        <TextField form={form} name="iban" label={t('iban')} required autoComplete="off" spellCheck={false} className="font-mono" hint={t('ibanHint')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="beneficiary" label={t('beneficiary')} required autoComplete="off" />
          <TextField form={form} name="beneficiaryFiscalCode" label={t('beneficiaryFiscalCode')} autoComplete="off" inputMode="numeric" hint={t('beneficiaryFiscalCodeHint')} />
        </div>
      </Group>
      <Group name="email" legend={t('emailGroup')}>
        <TextField form={form} name="emailSenderName" label={t('emailSenderName')} required autoComplete="off" hint={t('emailSenderHint', { address: senderAddress })} />
      </Group>
    </ActionFormBody>
  );
}

function Note({ children }: { children: ReactNode }) {
  return <p className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-gray-900">{children}</p>;
}
