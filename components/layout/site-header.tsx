import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { getSession } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/notifications';

export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations(), getSession()]);
  // Citizens only: staff get no notifications (their work is in the inbox).
  const unread = user?.role === 'CITIZEN' ? await unreadCount(user.id) : null;
  const links = [
    { href: '/services', label: t('nav.services') },
    { href: '/status', label: t('nav.status') },
    { href: '/news', label: t('nav.news') },
    user && user.role !== 'CITIZEN' ? { href: '/admin', label: t('nav.admin') } : { href: '/dashboard', label: t('nav.account') },
  ];
  const navItem = 'inline-flex min-h-11 items-center px-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white';
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
          {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG */}
          <img src="/coat-of-arms.svg" alt={t('common.coatOfArms')} width={40} height={48} />
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-bold">{t('common.municipality')}</span>
            <span className="text-sm">{t('common.portalName')}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {user ? (
            <>
              {unread !== null ? <NotificationBell unread={unread} /> : null}
              <span className="text-sm">{t('nav.signedInAs', { name: user.displayName })}</span>
              <SignOutButton className="min-h-11 rounded border border-white px-3 text-sm font-semibold text-white hover:bg-brand-800">{t('auth.signOut')}</SignOutButton>
            </>
          ) : (
            <Link href="/login" className="inline-flex min-h-11 items-center rounded border border-white px-3 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
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
