import { getTranslations } from 'next-intl/server';
import { VerifyCodeForm } from '@/components/verify/verify-code-form';

/** "Verifică după cod": the heading and the code form, on /verify and on an unknown code's page. */
export async function VerifyCodeSection() {
  const t = await getTranslations('verify');
  return (
    <section className="space-y-4">
      <h2 className="text-2xl font-bold text-brand-900">{t('codeTitle')}</h2>
      <VerifyCodeForm />
    </section>
  );
}
