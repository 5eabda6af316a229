import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { ContinueOnPhone } from '@/components/kiosk/continue-on-phone';
import { CopyButton, MessageCityHall, PaymentProof, ReplyToInfoRequest, Withdraw } from '@/components/requests/applicant-panels';
import { AnswerTerm } from '@/components/requests/answer-term';
import { AnswerList, DocumentList } from '@/components/requests/filed-data';
import { PayOnline } from '@/components/requests/pay-online';
import { Timeline } from '@/components/requests/timeline';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { qrSvg } from '@/lib/kiosk/phone-links';
import { getPaymentProvider, openFeePayment } from '@/lib/payments/payments';
import { answerTermFor } from '@/lib/requests/expectations';
import { latestInfoRequest } from '@/lib/requests/info-request';
import { getOwnRequest } from '@/lib/requests/queries/applicant';
import { allowedActions, feeStatusesFor } from '@/lib/requests/workflow';
import { isDemoIban } from '@/lib/settings/municipality';
import { formatDate, formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('request'))('metaTitle') };
}

export default async function RequestPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireUser(`/requests/${id}`);
  const [t, locale] = await Promise.all([getTranslations('request'), getLocale().then(toLocale)]);
  const request = await getOwnRequest(user.id, id, locale);
  if (!request) notFound();
  const target = { requestId: request.id, version: request.version };
  // What the applicant may do now, as the workflow says: the page offers nothing a command would refuse.
  const can = allowedActions(request.status, 'applicant');
  const checklist = can.includes('provideInfo') ? await latestInfoRequest(request.id) : null;
  const payable = feeStatusesFor('submitPayment');
  const fee = can.includes('submitPayment') ? request.fees.find((f) => payable.includes(f.status)) : undefined;
  // The payment details as text in a QR code, for banking apps that read it (there is no RON
  // standard): Romanian labels and amount whatever the page's language, as the bank transfer is.
  const feeQr = fee ? await qrSvg(`IBAN:${fee.iban}\nBENEFICIAR:${fee.beneficiary}\nSUMA:${(fee.amountBani / 100).toFixed(2)} RON\nREFERINTA:${fee.reference}`) : null;
  const paymentProvider = fee && can.includes('startOnlinePayment') ? getPaymentProvider() : null;
  const onlineAttempt = fee && paymentProvider ? await openFeePayment(user.id, fee.id) : null;
  // The account the fee names (saved with it when it was asked for): the demo account says so.
  const demoAccount = fee ? isDemoIban(fee.iban) : false;
  // Where the city hall's term to answer stands (null once the request is closed).
  const answerTerm = answerTermFor({
    status: request.status,
    dueAt: request.dueAt,
    suspended: request.term.suspended?.reason ?? null,
    tacit: request.term.tacitApprovedAt ? { legalBasis: request.term.tacitBasis } : null,
  });
  return (
    <article className="max-w-3xl space-y-8">
      <p>
        <Link href="/dashboard">← {t('back')}</Link>
      </p>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{request.service.title}</p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">{t('title', { number: request.registrationNumber })}</h1>
        <p className="mt-3">
          <span className="inline-block rounded-full border-2 border-brand-700 px-3 py-1 font-semibold text-brand-900">{t(`status.${request.status}`)}</span>
        </p>
      </div>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-gray-300 p-5 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('submittedAt')}</dt>
        <dd>{formatDateTime(request.submittedAt, locale)}</dd>
        <dt className="font-semibold">{t('dueAt')}</dt>
        <dd>{answerTerm ? <AnswerTerm term={answerTerm} locale={locale} /> : formatDate(request.dueAt, locale)}</dd>
        <dt className="font-semibold">{t('department')}</dt>
        <dd>{request.department}</dd>
      </dl>
      <p>
        <a href={`/requests/${request.id}/receipt`} className="inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 px-6 font-semibold text-brand-800 no-underline" download>
          {t('downloadReceipt')}
        </a>
      </p>
      <p className="text-gray-700">
        {t('receiptSealed')} <Link href="/verify">{t('verifyDocuments')}</Link>
      </p>
      {checklist ? <ReplyToInfoRequest target={target} definition={request.definition} answers={request.rawAnswers} fields={checklist.fields} documents={checklist.documents} /> : null}
      {fee && feeQr ? (
        <section aria-labelledby="fee-title" className="space-y-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-5">
          <h2 id="fee-title" className="text-2xl font-bold text-brand-900">
            {t('fee.title', { amount: formatLei(fee.amountBani, locale) })}
          </h2>
          <div className="grid gap-6 sm:grid-cols-[1fr_auto]">
            <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('fee.amount')}</dt>
              <dd>{formatLei(fee.amountBani, locale)}</dd>
              <dt className="font-semibold">{t('fee.basis')}</dt>
              <dd>{fee.legalBasis}</dd>
              <dt className="font-semibold">{t('fee.dueAt')}</dt>
              <dd>{formatDate(fee.dueAt, locale)}</dd>
              <dt className="font-semibold">{t('fee.iban')}</dt>
              <dd className="flex flex-wrap items-center gap-3">
                <span className="font-mono">{fee.iban.replace(/(.{4})/g, '$1 ').trim()}</span>
                <CopyButton value={fee.iban} label={t('fee.iban')} />
              </dd>
              <dt className="font-semibold">{t('fee.beneficiary')}</dt>
              <dd>{fee.beneficiary}</dd>
              <dt className="font-semibold">{t('fee.reference')}</dt>
              <dd className="flex flex-wrap items-center gap-3">
                <span className="font-mono">{fee.reference}</span>
                <CopyButton value={fee.reference} label={t('fee.reference')} />
              </dd>
            </dl>
            <figure className="w-40">
              <div role="img" aria-label={t('fee.qr')} className="bg-white p-1" dangerouslySetInnerHTML={{ __html: feeQr }} />
              <figcaption className="mt-1 text-center text-sm">{t('fee.qr')}</figcaption>
            </figure>
          </div>
          {fee.instructions ? <p className="whitespace-pre-line">{fee.instructions}</p> : null}
          {paymentProvider ? (
            <div className="space-y-3 border-t border-amber-300 pt-4">
              <p>{t('fee.onlineLead', { amount: formatLei(fee.amountBani, locale), provider: paymentProvider.label[locale] })}</p>
              {onlineAttempt ? <p className="font-semibold">{t('fee.onlineStarted')}</p> : null}
              <PayOnline target={target} idempotencyKey={crypto.randomUUID()} />
            </div>
          ) : null}
          <p className="text-sm text-gray-800">
            {paymentProvider ? (demoAccount ? t('fee.demoIban') : t('fee.transfer')) : demoAccount ? t('fee.demoAccount') : t('fee.noOnlinePayment')}
          </p>
          <PaymentProof target={target} />
        </section>
      ) : null}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="mb-4 text-2xl font-bold text-brand-900">
          {t('timeline')}
        </h2>
        <Timeline
          events={request.events}
          documents={request.timelineDocuments}
          view="applicant"
          locale={locale}
          documentHref={(documentId) => `/requests/${request.id}/documents/${documentId}`}
          fieldLabel={request.fieldLabel}
          documentName={request.documentName}
        />
      </section>
      <section aria-labelledby="answers-title">
        <h2 id="answers-title" className="text-2xl font-bold text-brand-900">
          {t('answers')}
        </h2>
        <AnswerList answers={request.answers} />
      </section>
      <section aria-labelledby="documents-title">
        <h2 id="documents-title" className="text-2xl font-bold text-brand-900">
          {t('documents')}
        </h2>
        <DocumentList documents={request.documents.map((d) => ({ ...d, href: `/requests/${request.id}/documents/${d.id}` }))} locale={locale} empty={t('noDocuments')} />
      </section>
      {/* A new version (the message just sent) starts an empty message: no text or files sent twice. */}
      {can.includes('messageFromApplicant') ? <MessageCityHall key={request.version} target={target} /> : null}
      {can.includes('withdraw') ? <Withdraw target={target} /> : null}
      <ContinueOnPhone path={`/requests/${request.id}`} note="signIn" />
    </article>
  );
}
