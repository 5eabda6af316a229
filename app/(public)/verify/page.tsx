import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FileCheck } from '@/components/verify/file-check';
import { VerifyCodeSection } from '@/components/verify/code-section';
import { toLocale } from '@/lib/i18n/config';
import { isKiosk } from '@/lib/kiosk/server';
import { firstParam, type TSearchParams } from '@/lib/search-params';
import { getMunicipality } from '@/lib/settings/settings';

export async function generateMetadata(): Promise<Metadata> {
  const [t, municipality, locale] = await Promise.all([getTranslations('verify'), getMunicipality(), getLocale()]);
  return { title: t('title'), description: t('lead', { municipality: municipality.name[toLocale(locale)] }) };
}

/**
 * "Verificarea documentelor", public: by the code printed on a document, or by the file itself.
 * `?code=…` is the code form posted without JavaScript: the document's page decides (and says
 * when the code is not one).
 */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const query = await searchParams;
  const typed = firstParam(query.code);
  if (typed) redirect(`/verify/${encodeURIComponent(typed.slice(0, 40))}`);
  const [t, kiosk, municipality, locale] = await Promise.all([getTranslations('verify'), isKiosk(), getMunicipality(), getLocale()]);
  const name = municipality.name[toLocale(locale)];
  return (
    <div className="max-w-3xl space-y-10">
      <div>
        <h1 className={`font-bold text-brand-900 ${kiosk ? 'text-4xl' : 'text-3xl sm:text-4xl'}`}>{t('title')}</h1>
        <p className={`mt-3 text-gray-700 ${kiosk ? 'text-xl' : 'text-lg'}`}>{t('lead', { municipality: name })}</p>
      </div>
      <VerifyCodeSection />
      <section className="space-y-4">
        <h2 className="text-2xl font-bold text-brand-900">
          {t('fileTitle')}
        </h2>
        <FileCheck municipality={name} />
      </section>
    </div>
  );
}
