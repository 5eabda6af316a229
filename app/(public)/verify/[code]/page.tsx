import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FileCheck } from '@/components/verify/file-check';
import { IssuedFacts } from '@/components/verify/issued-facts';
import { getRequestInfo } from '@/lib/actions';
import { toLocale } from '@/lib/i18n/config';
import { formatVerificationCode, isVerificationCode, normalizeVerificationCode } from '@/lib/issued/codes';
import { verifyCodePage } from '@/lib/issued/verify';
import { isKiosk } from '@/lib/kiosk/server';
import { getMunicipality } from '@/lib/settings/settings';

type TProps = { params: Promise<{ code: string }> };

const typedCode = async (params: TProps['params']) => {
  const { code } = await params;
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
};

// A code's page is for whoever holds the document, not for search engines.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations('verify');
  const normalized = normalizeVerificationCode(await typedCode(params));
  return { title: isVerificationCode(normalized) ? t('pageTitle', { code: formatVerificationCode(normalized) }) : t('unknownCode.title'), robots: { index: false, follow: false } };
}

/**
 * /verify/<code>, the address in every issued document's QR code: whether the city hall issued a
 * document with this code, its public facts, and the check of a file against it. Counted per
 * client IP like the file check; over the limit, a page that says so.
 */
export default async function VerifyCodePage({ params }: TProps) {
  const typed = await typedCode(params);
  const normalized = normalizeVerificationCode(typed);
  if (!isVerificationCode(normalized)) notFound();
  // One address per document ("7kq2m9xp4tra" as typed becomes 7KQ2-M9XP-4TRA), before anything is counted.
  const formatted = formatVerificationCode(normalized);
  if (typed !== formatted) redirect(`/verify/${formatted}`);

  const [t, kiosk, municipality, locale, request] = await Promise.all([getTranslations('verify'), isKiosk(), getMunicipality(), getLocale(), getRequestInfo()]);
  const page = await verifyCodePage(normalized, { ip: request.ip });
  if (page.status === 'unknown') notFound();
  const name = municipality.name[toLocale(locale)];
  const heading = `font-bold text-brand-900 ${kiosk ? 'text-4xl' : 'text-3xl sm:text-4xl'}`;

  if (page.status === 'rateLimited') {
    return (
      <div className="max-w-2xl">
        <h1 className={heading}>{t('rateLimited.title')}</h1>
        <p className="mt-4 text-lg">{t('rateLimited.body', { seconds: page.retryAfterSeconds })}</p>
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-4">
        <h1 className={heading}>{t('authentic')}</h1>
        <p className={`text-gray-700 ${kiosk ? 'text-xl' : 'text-lg'}`}>{t('pageLead', { municipality: name, code: page.facts.code })}</p>
        <IssuedFacts facts={page.facts} />
      </div>
      <section className="space-y-4">
        <h2 className="text-2xl font-bold text-brand-900">
          {t('fileTitle')}
        </h2>
        <FileCheck code={page.facts.code} municipality={name} />
      </section>
    </div>
  );
}
