import { getLocale, getTranslations } from 'next-intl/server';
import { ContentPage } from '@/components/content/content-page';
import { OutsideLink } from '@/components/kiosk/outside-link';
import { contentPageMetadata, getContentPage } from '@/lib/content/get-page';
import { toLocale } from '@/lib/i18n/config';
import { isKiosk } from '@/lib/kiosk/server';
import { telHref } from '@/lib/settings/municipality';
import { getMunicipality } from '@/lib/settings/settings';

export const generateMetadata = () => contentPageMetadata('contact');

export default async function ContactPage() {
  const [page, t, locale, kiosk, municipality] = await Promise.all([getContentPage('contact'), getTranslations('contact'), getLocale().then(toLocale), isKiosk(), getMunicipality()]);
  const { address } = municipality;
  return (
    <ContentPage page={page}>
      {/* At a kiosk's larger type two columns leave the labels and addresses no room: one under the other. */}
      <div className={`mt-6 grid gap-6 rounded-xl border border-gray-300 p-5 ${kiosk ? '' : 'sm:grid-cols-2'}`}>
        <section aria-labelledby="contact-address">
          <h2 id="contact-address" className="text-xl font-bold text-brand-900">
            {t('addressTitle')}
          </h2>
          <address className="mt-2 not-italic leading-7">
            {municipality.name[locale]}
            <br />
            {address.street}
            <br />
            {address.postalCode} {address.city}, {address.county}, {address.country[locale]}
          </address>
          <dl className="mt-3 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr] [&_dd]:mb-2 [&_dd]:min-w-0 [&_dd]:[overflow-wrap:anywhere] sm:[&_dd]:mb-0">
            <dt className="font-semibold">{t('phone')}</dt>
            <dd>
              <OutsideLink href={telHref(municipality.phone)}>{municipality.phone}</OutsideLink>
            </dd>
            {municipality.fax ? (
              <>
                <dt className="font-semibold">{t('fax')}</dt>
                <dd>{municipality.fax}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t('email')}</dt>
            <dd>
              <OutsideLink href={`mailto:${municipality.email}`}>{municipality.email}</OutsideLink>
            </dd>
            <dt className="font-semibold">{t('dpo')}</dt>
            <dd>
              <OutsideLink href={`mailto:${municipality.dpoEmail}`}>{municipality.dpoEmail}</OutsideLink>
            </dd>
            <dt className="font-semibold">{t('website')}</dt>
            <dd>
              <OutsideLink href={municipality.website}>{municipality.website.replace(/^https?:\/\//, '')}</OutsideLink>
            </dd>
          </dl>
        </section>
        <section aria-labelledby="contact-hours">
          <h2 id="contact-hours" className="text-xl font-bold text-brand-900">
            {t('hoursTitle')}
          </h2>
          <ul className="mt-2 space-y-1">
            {municipality.hours[locale].map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
    </ContentPage>
  );
}
