import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import {
  ChangeEmailForm,
  ChangePasswordForm,
  DeleteAccountForm,
  EmailPreferenceForm,
  OrganizationProfileForm,
  PersonProfileForm,
  SignOutEverywhere,
} from '@/components/accounts/account-forms';
import { getAccount } from '@/lib/accounts/account';
import { requireUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

const orEmpty = (value: string | null | undefined) => value ?? '';

export default async function AccountPage() {
  const user = await requireUser('/account');
  const [t, account] = await Promise.all([getTranslations('account'), getAccount(user.id)]);
  const profile = account.personProfile ?? account.organizationProfile;
  const address = {
    county: orEmpty(profile?.county),
    locality: orEmpty(profile?.locality),
    street: orEmpty(profile?.street),
    number: orEmpty(profile?.number),
    building: orEmpty(profile?.building),
    staircase: orEmpty(profile?.staircase),
    apartment: orEmpty(profile?.apartment),
    postalCode: orEmpty(profile?.postalCode),
  };
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      {account.personProfile ? (
        <PersonProfileForm
          initial={{
            firstName: account.personProfile.firstName,
            lastName: account.personProfile.lastName,
            cnp: orEmpty(account.personProfile.cnp),
            phone: orEmpty(account.personProfile.phone),
            address,
            currentPassword: '',
          }}
        />
      ) : null}
      {account.organizationProfile ? (
        <OrganizationProfileForm
          isCompany={account.accountType === 'COMPANY'}
          initial={{
            organizationName: account.organizationProfile.name,
            cui: account.organizationProfile.cui,
            tradeRegisterNumber: account.organizationProfile.tradeRegisterNumber ?? undefined,
            representativeName: account.organizationProfile.representativeName,
            representativeRole: account.organizationProfile.representativeRole ?? undefined,
            phone: orEmpty(account.organizationProfile.phone),
            address,
            currentPassword: '',
          }}
        />
      ) : null}
      <ChangeEmailForm current={account.email} />
      {account.role === 'CITIZEN' ? <EmailPreferenceForm initial={{ emails: account.essentialEmailsOnly ? 'essential' : 'all' }} /> : null}
      <ChangePasswordForm
        personal={{
          email: account.email,
          names: [account.personProfile?.firstName, account.personProfile?.lastName, account.organizationProfile?.representativeName].filter((n): n is string => Boolean(n)),
        }}
      />
      <SignOutEverywhere />
      <section aria-labelledby="my-data" className="rounded-lg border border-gray-300 p-5">
        <h2 id="my-data" className="mb-4 text-2xl font-bold text-brand-900">
          {t('data')}
        </h2>
        <p className="mb-4">{t('dataHint')}</p>
        <a href="/account/export" download className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-6 font-semibold text-brand-900 no-underline hover:bg-brand-50">
          {t('download')}
        </a>
      </section>
      <DeleteAccountForm />
    </div>
  );
}
