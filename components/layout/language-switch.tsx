import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/lib/i18n/actions';
import { LOCALES } from '@/lib/i18n/config';

/** Works without JavaScript: each language is a small form posting to a server action. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('language')]);
  return (
    <div role="group" aria-label={t('label')} className="flex items-center gap-1">
      {LOCALES.map((code) => (
        <form key={code} action={setLocale}>
          <input type="hidden" name="locale" value={code} />
          <button
            type="submit"
            lang={code}
            aria-pressed={code === locale}
            // The name starts with the visible "RO"/"EN" (WCAG 2.5.3): "click EN" works by voice.
            aria-label={`${code.toUpperCase()} – ${code === locale ? t(code) : t('switchTo', { language: t(code) })}`}
            className="min-h-11 min-w-11 rounded px-2 text-sm font-semibold uppercase text-white hover:bg-brand-800 aria-pressed:bg-white aria-pressed:text-brand-900"
          >
            {code.toUpperCase()}
          </button>
        </form>
      ))}
    </div>
  );
}
