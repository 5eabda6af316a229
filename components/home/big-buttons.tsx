import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IconForm, IconNews, IconSearch, IconUser } from '@/components/ui/icons';

/** The four big buttons of the home page; the kiosk shows the same ones. */
export async function BigButtons({ size = 'normal' }: { size?: 'normal' | 'kiosk' }) {
  const t = await getTranslations('home');
  const buttons = [
    { href: '/services', label: t('services'), hint: t('servicesHint'), Icon: IconForm },
    { href: '/dashboard', label: t('account'), hint: t('accountHint'), Icon: IconUser },
    { href: '/status', label: t('status'), hint: t('statusHint'), Icon: IconSearch },
    { href: '/news', label: t('news'), hint: t('newsHint'), Icon: IconNews },
  ];
  const big = size === 'kiosk';
  return (
    <nav aria-label={t('buttonsLabel')}>
      <ul className="grid gap-4 sm:grid-cols-2">
        {buttons.map((button) => (
          <li key={button.href}>
            <Link
              href={button.href}
              className={`flex h-full items-center gap-4 rounded-xl border-2 border-brand-700 bg-brand-50 p-5 text-brand-900 no-underline shadow-sm hover:bg-brand-100 hover:text-brand-900 ${big ? 'min-h-40 text-3xl' : 'min-h-28 text-xl'}`}
            >
              <button.Icon className={`shrink-0 text-brand-700 ${big ? 'h-14 w-14' : 'h-10 w-10'}`} />
              <span className="flex flex-col">
                <span className="font-bold">{button.label}</span>
                <span className={`font-normal text-gray-700 ${big ? 'text-xl' : 'text-base'}`}>{button.hint}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
