'use client';

/**
 * Step 2 of applying: the review (rendered by the server, passed as children) and the button that
 * files the request. A double click or a retry files it once (the server locks the draft). After
 * filing, the confirmation replaces the review: the registration number, the access code (shown
 * this once), a QR code to the public status page, the PDF proof of registration (not on a kiosk,
 * which keeps no files) and a printable receipt (app/print.css prints the `.print-receipt` block
 * alone; on a kiosk, the terminal's printer).
 */
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import { submitRequestAction } from '@/lib/requests/actions/applicant';
import { formatDate, formatDateTime } from '@/lib/time';

type TSubmitted = { requestId: string; registrationNumber: string; submittedAt: Date; dueAt: Date; accessCode: string | null; statusQr: string };
/** What the printed receipt names besides the request: the city hall (in the page's language), the service, and where the status is looked up. */
type TReceipt = { municipalityName: string; serviceTitle: string; lookupUrl: string };

export function ReviewAndSubmit({ requestId, editHref, receipt, children }: { requestId: string; editHref: string; receipt: TReceipt; children: ReactNode }) {
  const t = useTranslations('apply');
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<TSubmitted | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const submit = () => {
    if (pending) return;
    setError(null);
    startTransition(async () => {
      const result = await submitRequestAction({ requestId }).catch(() => null);
      if (result?.ok) {
        // A reload of this address later opens the filed request (the review redirects there).
        setSubmitted(result.data);
        return;
      }
      setError(result?.formError ?? 'unexpected');
      requestAnimationFrame(() => errorRef.current?.focus());
    });
  };

  if (submitted) return <Confirmation submitted={submitted} receipt={receipt} />;
  const fixable = error === 'submit.invalidAnswers' || error === 'submit.missingDocuments';
  return (
    <div className="max-w-3xl space-y-8">
      {children}
      <div ref={errorRef} tabIndex={-1} className="focus:outline-none">
        {error ? (
          <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
            <p className="font-semibold">{errorText(error)}</p>
            {fixable ? (
              <p className="mt-2">
                <Link href={`${editHref}&check=1`} className="text-red-900">
                  {t('review.fix')}
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="space-y-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
        <p>{t('review.confirmText')}</p>
        <div className="flex flex-wrap gap-4">
          <button
            type="button"
            onClick={submit}
            disabled={pending}
            aria-disabled={pending}
            className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          >
            {pending ? t('review.submitting') : t('review.submit')}
          </button>
          <Link href={editHref} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 bg-white px-6 text-lg font-semibold text-brand-800 no-underline">
            {t('review.edit')}
          </Link>
        </div>
      </div>
    </div>
  );
}

function Confirmation({ submitted, receipt }: { submitted: TSubmitted; receipt: TReceipt }) {
  const t = useTranslations('apply.done');
  const p = useTranslations('kiosk.print');
  const locale = useLocale() === 'en' ? 'en' : 'ro';
  const kiosk = useKiosk();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `${t('title')} – ${submitted.registrationNumber}`;
  }, [submitted.registrationNumber, t]);
  // Through the server action the dates may arrive as strings.
  // On a kiosk the printed receipt is how the walk-in citizen keeps the number and the code.
  const printButton = (
    <button
      type="button"
      onClick={() => window.print()}
      className={
        kiosk
          ? 'min-h-14 rounded-lg bg-brand-700 px-8 text-xl font-bold text-white hover:bg-brand-800'
          : 'min-h-12 rounded-lg border-2 border-brand-700 bg-white px-6 text-lg font-semibold text-brand-800 hover:bg-brand-50'
      }
    >
      {p('button')}
    </button>
  );
  return (
    <div className="max-w-3xl space-y-6">
      <div className="print-receipt space-y-6">
        <p className="hidden text-2xl font-bold print:block">{receipt.municipalityName}</p>
        <div role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-6 text-green-950">
          <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold focus:outline-none">
            {t('title')}
          </h1>
          <p className="mt-3 text-lg">{t('numberLabel')}</p>
          <p className="mt-1 font-mono text-3xl font-bold tracking-wide" data-testid="registration-number">
            {submitted.registrationNumber}
          </p>
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{p('service')}</dt>
            <dd>{receipt.serviceTitle}</dd>
            <dt className="font-semibold">{t('submittedAt')}</dt>
            <dd>{formatDateTime(new Date(submitted.submittedAt), locale)}</dd>
            <dt className="font-semibold">{t('dueAt')}</dt>
            <dd>{formatDate(new Date(submitted.dueAt), locale)}</dd>
          </dl>
          <p className="mt-4 print:hidden">{t('emailSent')}</p>
        </div>
        {submitted.accessCode ? (
          <section aria-labelledby="access-code-title" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-5">
            <h2 id="access-code-title" className="text-xl font-bold">
              {t('accessCodeTitle')}
            </h2>
            <p className="mt-2 font-mono text-2xl font-bold tracking-widest" data-testid="access-code">
              {submitted.accessCode}
            </p>
            <p className="mt-2 print:hidden">{t('accessCodeHint')}</p>
            <p className="mt-2 hidden font-semibold print:block">{p('keep', { url: receipt.lookupUrl })}</p>
          </section>
        ) : null}
        <figure className="flex flex-wrap items-center gap-5 rounded-lg border border-gray-300 p-5">
          <div role="img" aria-label={p('qrLabel')} className="w-40 shrink-0 bg-white p-1" dangerouslySetInnerHTML={{ __html: submitted.statusQr }} />
          <figcaption className="min-w-0 flex-1">{p('qrCaption')}</figcaption>
        </figure>
      </div>
      <div className="flex flex-wrap gap-4 print:hidden">
        {/* A terminal keeps no files (the next visitor would find the PDF): there the receipt is printed. */}
        {kiosk ? null : (
          <form method="post" action={`/requests/${submitted.requestId}/receipt`}>
            {submitted.accessCode ? <input type="hidden" name="accessCode" value={submitted.accessCode} /> : null}
            <button type="submit" className="min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800">
              {t('downloadReceipt')}
            </button>
          </form>
        )}
        {printButton}
        <Link href={`/requests/${submitted.requestId}`} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-6 text-lg font-semibold text-brand-800 no-underline">
          {t('viewRequest')}
        </Link>
        <Link href="/dashboard" className="inline-flex min-h-12 items-center px-2 text-lg">
          {t('toDashboard')}
        </Link>
      </div>
    </div>
  );
}
