/**
 * "Continuați pe telefon", on a kiosk terminal only: a QR code of the public address of the page
 * (a service, its form, a request) that the user opens on their own phone. The address is the
 * path alone, so no session, token or answer leaves the terminal; pages behind sign-in ask for it
 * on the phone. The address is printed as text, not as a link: nothing leaves the kiosk.
 */
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { phoneUrl, qrSvg } from '@/lib/kiosk/phone-links';
import { isKiosk } from '@/lib/kiosk/server';

export async function ContinueOnPhone({ path, note }: { path: string; note?: 'signIn' | 'draft' }) {
  if (!(await isKiosk())) return null;
  const t = await getTranslations('kiosk.phone');
  const url = phoneUrl(env().appUrl, path);
  const qr = await qrSvg(url);
  return (
    <section aria-labelledby="continue-on-phone-title" className="flex flex-wrap items-start gap-6 rounded-lg border-2 border-brand-700 bg-white p-5 print:hidden">
      <div role="img" aria-label={t('qrLabel')} className="w-48 shrink-0 bg-white p-2" dangerouslySetInnerHTML={{ __html: qr }} />
      <div className="min-w-0 flex-1 space-y-3">
        <h2 id="continue-on-phone-title" className="text-2xl font-bold text-brand-900">
          {t('title')}
        </h2>
        <p className="text-lg">{t('caption')}</p>
        {note ? <p className="text-lg">{t(note)}</p> : null}
        <p>
          <span className="font-semibold">{t('address')}</span>{' '}
          <span className="break-all font-mono" data-testid="phone-url">
            {url}
          </span>
        </p>
      </div>
    </section>
  );
}
