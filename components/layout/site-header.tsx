import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EndSessionButton } from '@/components/kiosk/end-session-button';
import { FullscreenButton } from '@/components/kiosk/fullscreen-button';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { getSession } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { isKiosk } from '@/lib/kiosk/server';
import { unreadCount } from '@/lib/notifications/notifications';
import { getMunicipality } from '@/lib/settings/settings';

/**
 * The header of every page. On a kiosk terminal: a big "Acasă" to the kiosk home, "Ecran complet",
 * and "Terminare sesiune" (which wipes the visit) instead of the ordinary sign-out.
 */
export async function SiteHeader() {
  const [t, user, kiosk, locale, municipality] = await Promise.all([getTranslations(), getSession(), isKiosk(), getLocale().then(toLocale), getMunicipality()]);
  // Citizens only: staff get no notifications (their work is in the inbox).
  const unread = user?.role === 'CITIZEN' ? await unreadCount(user.id) : null;
  const links = [
    { href: '/services', label: t('nav.services') },
    { href: '/status', label: t('nav.status') },
    { href: '/news', label: t('nav.news') },
    user && user.role !== 'CITIZEN' ? { href: '/admin', label: t('nav.admin') } : { href: '/dashboard', label: t('nav.account') },
  ];
  const navItem = `inline-flex items-center font-semibold text-white no-underline hover:bg-brand-900 hover:text-white ${kiosk ? 'min-h-16 px-5 text-xl' : 'min-h-11 px-3'}`;
  return (
    <header className={kiosk ? 'bg-brand-900 text-white' : 'bg-brand-700 text-white'}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {kiosk ? (
          <Link href="/kiosk" className="flex min-h-16 items-center gap-4 rounded-lg border-2 border-white px-4 text-white no-underline hover:text-white">
            {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG */}
            <img src="/coat-of-arms.svg" alt="" width={40} height={48} />
            <span className="text-3xl font-bold">{t('kiosk.home')}</span>
          </Link>
        ) : (
          <Link href="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
            {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG */}
            <img src="/coat-of-arms.svg" alt={t('common.coatOfArms')} width={40} height={48} />
            <span className="flex flex-col leading-tight">
              <span className="text-lg font-bold">{municipality.name[locale]}</span>
              <span className="text-sm">{t('common.portalName')}</span>
            </span>
          </Link>
        )}
        <div className="flex flex-wrap items-center gap-2">
          {kiosk ? <FullscreenButton /> : null}
          {user ? (
            <>
              {unread !== null ? <NotificationBell unread={unread} /> : null}
              <span className={kiosk ? 'text-lg' : 'text-sm'}>{t('nav.signedInAs', { name: user.displayName })}</span>
              {kiosk ? (
                <EndSessionButton />
              ) : (
                <SignOutButton className="min-h-11 rounded border border-white px-3 text-sm font-semibold text-white hover:bg-brand-800">{t('auth.signOut')}</SignOutButton>
              )}
            </>
          ) : (
            <Link
              href="/login"
              className={`inline-flex items-center rounded border-white font-semibold text-white no-underline hover:bg-brand-800 hover:text-white ${kiosk ? 'min-h-14 border-2 px-5 text-lg' : 'min-h-11 border px-3 text-sm'}`}
            >
              {t('auth.signIn')}
            </Link>
          )}
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="border-t border-brand-800 bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={navItem}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
