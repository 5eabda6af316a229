import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { MunicipalitySettingsForm } from '@/components/admin/settings/municipality-settings-form';
import { requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { toLocale } from '@/lib/i18n/config';
import { parseSender, paymentAccount } from '@/lib/settings/municipality';
import { getMunicipalitySettingsForEdit } from '@/lib/settings/settings';
import { formatDateTime } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const user = await requireStaff('/admin/settings', ['ADMIN']);
  const [t, locale] = await Promise.all([getTranslations('settings'), getLocale().then(toLocale)]);
  const { values, updatedAt, override } = await getMunicipalitySettingsForEdit(user);
  const account = paymentAccount({ iban: values.iban, beneficiary: values.beneficiary, fiscalCode: values.beneficiaryFiscalCode }, env());
  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="settings-form" title={t('formTitle')}>
        <p className="text-gray-700">{updatedAt ? t('savedAt', { at: formatDateTime(new Date(updatedAt), locale) }) : t('neverSaved')}</p>
        <MunicipalitySettingsForm settings={values} updatedAt={updatedAt} override={override} demoAccount={account.demo} senderAddress={parseSender(env().MAIL_FROM).address} />
      </AdminSection>
    </div>
  );
}
