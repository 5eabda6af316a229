'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { blockedNavigation, type TBlockedNavigation } from '@/lib/kiosk/guard';

// Long-pressing these must not open the browser's menu (open in new tab, copy link, save image…).
const CONTROLS = 'a, button, label, summary, select, img, [role="button"], input[type="checkbox"], input[type="radio"], input[type="submit"], input[type="button"], input[type="file"]';

/**
 * Keeps a kiosk visitor on the portal: links to other sites, new windows (window.open too) and file
 * downloads are refused with a short explanation; the long-press menu is off on controls; a page
 * restored from the back/forward cache is loaded again, so it never shows a previous visitor.
 */
export function NavigationGuard() {
  const t = useTranslations('kiosk.blocked');
  const [notice, setNotice] = useState<TBlockedNavigation | null>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const verdict = blockedNavigation({ href: anchor.href, target: anchor.target, download: anchor.hasAttribute('download'), origin: window.location.origin });
      if (!verdict) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setNotice(verdict);
    };
    const onContextMenu = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(CONTROLS)) event.preventDefault();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    const open = window.open;
    window.open = () => {
      setNotice('newWindow');
      return null;
    };
    window.addEventListener('click', onClick, true);
    window.addEventListener('auxclick', onClick, true);
    window.addEventListener('contextmenu', onContextMenu, true);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.open = open;
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('auxclick', onClick, true);
      window.removeEventListener('contextmenu', onContextMenu, true);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  if (!notice) return null;
  return (
    <div role="alert" className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-3xl flex-wrap items-center gap-4 rounded-xl border-4 border-brand-900 bg-white p-5 text-xl shadow-2xl">
      <p className="grow basis-80">{t(notice)}</p>
      <button type="button" onClick={() => setNotice(null)} className="min-h-14 rounded-lg bg-brand-700 px-6 font-bold text-white">
        {t('close')}
      </button>
    </div>
  );
}
