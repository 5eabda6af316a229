import { getTranslations } from 'next-intl/server';
import { VerifyCodeSection } from '@/components/verify/code-section';

/** An unknown or malformed code (a 404): said plainly, with the form to type it again. */
export default async function UnknownVerificationCode() {
  const t = await getTranslations('verify');
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('unknownCode.title')}</h1>
        <p className="mt-3 text-lg">{t('unknownCode.body')}</p>
      </div>
      <VerifyCodeSection />
    </div>
  );
}
