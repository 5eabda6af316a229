import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegisterForm } from '@/components/accounts/register-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.register'))('title') };
}

export default async function RegisterPage() {
  const t = await getTranslations('auth.register');
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mt-2 mb-6 text-lg text-gray-700">{t('lead')}</p>
      <RegisterForm />
    </>
  );
}
