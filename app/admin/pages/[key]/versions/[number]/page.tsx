import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminSection } from '@/components/admin/admin-page';
import { contentBodyClass } from '@/components/content/content-body';
import { Markdown } from '@/components/content/markdown';
import { requireStaff } from '@/lib/auth/session';
import { getContentPageVersion } from '@/lib/content/admin';
import { getLatestPageVersion } from '@/lib/content/get-page';
import { zContentPageKey } from '@/lib/content/schemas';
import { toLocale } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ key: string; number: string }> };

const parseNumber = (value: string) => (/^[1-9]\d{0,6}$/.test(value) ? Number(value) : null);

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { key, number } = await params;
  const parsed = zContentPageKey.safeParse(key);
  if (!parsed.success || !parseNumber(number)) return {};
  const [t, tNames] = await Promise.all([getTranslations('contentPages.version'), getTranslations('contentPages.names')]);
  return { title: t('title', { page: tNames(parsed.data), number }) };
}

/** One published version of a page as it was, in both languages (read-only). */
export default async function ContentPageVersionPage({ params }: TProps) {
  const { key: rawKey, number: rawNumber } = await params;
  const user = await requireStaff(`/admin/pages/${encodeURIComponent(rawKey)}/versions/${encodeURIComponent(rawNumber)}`, ['ADMIN']);
  const parsed = zContentPageKey.safeParse(rawKey);
  const number = parseNumber(rawNumber);
  if (!parsed.success || !number) notFound();
  const key = parsed.data;
  const [t, tEdit, tNames, locale] = await Promise.all([getTranslations('contentPages.version'), getTranslations('contentPages.edit'), getTranslations('contentPages.names'), getLocale().then(toLocale)]);
  const [version, latest] = await Promise.all([getContentPageVersion(user, key, number), getLatestPageVersion(key)]);
  if (!version) notFound();
  const languages = [
    { lang: 'ro', heading: tEdit('romanian'), title: version.titleRo, lead: version.leadRo, body: version.bodyRo },
    { lang: 'en', heading: tEdit('english'), title: version.titleEn, lead: version.leadEn, body: version.bodyEn },
  ] as const;
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/pages/${key}`}>{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t('title', { page: tNames(key), number })}</h1>
        <p className="mt-2 text-lg text-gray-700">{t('meta', { date: formatDateTime(version.publishedAt, locale), who: version.publishedBy ?? '—' })}</p>
        {version.reviewedAt && key === 'accessibility' ? <p className="mt-1 text-gray-700">{tEdit('reviewedAt')}: {formatDate(version.reviewedAt, locale)}</p> : null}
        {version.termsVersion ? <p className="mt-1 text-gray-700">{t('termsVersion', { version: version.termsVersion })}</p> : null}
        {latest && latest.number !== version.number ? <p className="mt-1 font-semibold">{t('oldNote', { current: latest.number })}</p> : null}
      </div>
      {languages.map((language) => (
        <AdminSection key={language.lang} id={`version-${language.lang}`} title={language.heading} framed>
          <div lang={language.lang}>
            <p className="text-xl font-bold text-brand-900">{language.title}</p>
            <p className="mt-2 text-lg text-gray-700">{language.lead}</p>
            <Markdown source={language.body} className={`mt-4 ${contentBodyClass}`} />
          </div>
        </AdminSection>
      ))}
    </div>
  );
}
