import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { OutsideLink } from '@/components/kiosk/outside-link';
import { toLocale } from '@/lib/i18n/config';
import { telHref } from '@/lib/settings/municipality';
import { getMunicipality } from '@/lib/settings/settings';

export async function SiteFooter() {
  const [t, locale, municipality] = await Promise.all([getTranslations('footer'), getLocale().then(toLocale), getMunicipality()]);
  const links = [
    { href: '/about', label: t('about') },
    { href: '/news', label: t('news') },
    { href: '/terms', label: t('terms') },
    { href: '/privacy', label: t('privacy') },
    { href: '/accessibility', label: t('accessibility') },
    { href: '/contact', label: t('contact') },
  ];
  const { address } = municipality;
  return (
    <footer className="mt-12 border-t-4 border-gold-500 bg-gray-100 text-gray-800">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-2">
        <nav aria-label={t('label')}>
          <ul className="grid gap-2 sm:grid-cols-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="space-y-2 text-sm">
          <p className="font-semibold">{municipality.name[locale]}</p>
          <p>
            {address.street}, {address.postalCode} {address.city}, {address.county}
          </p>
          <p>
            <OutsideLink href={telHref(municipality.phone)}>{municipality.phone}</OutsideLink> ·{' '}
            <OutsideLink href={`mailto:${municipality.email}`}>{municipality.email}</OutsideLink>
          </p>
          <p>{t('funding')}</p>
          <p>{t('copyright', { year: new Date().getFullYear(), name: municipality.name[locale] })}</p>
        </div>
      </div>
    </footer>
  );
}
