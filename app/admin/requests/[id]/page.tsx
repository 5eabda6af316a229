import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RequestActions } from '@/components/admin/request/request-actions';
import { RevealIdNumber } from '@/components/admin/request/reveal-id-number';
import { TermFacts } from '@/components/admin/request/term-facts';
import { AnswerList, DocumentList } from '@/components/requests/filed-data';
import { Timeline } from '@/components/requests/timeline';
import { requireStaff } from '@/lib/auth/session';
import { loadCalendar } from '@/lib/calendar/load';
import { toLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { getStaffRequest } from '@/lib/requests/queries/staff';
import { dueState, isPastTerm } from '@/lib/requests/terms';
import { allowedActions, isOpen } from '@/lib/requests/workflow';
import { formatDate, formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffRequest'))('metaTitle') };
}

export default async function StaffRequestPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/requests/${id}`);
  const [t, tr, locale, calendar] = await Promise.all([getTranslations('staffRequest'), getTranslations('request'), getLocale().then(toLocale), loadCalendar()]);
  // Another department's request is "not found", exactly like a request that does not exist.
  const request = await getStaffRequest(user, id, locale);
  if (!request) notFound();

  const now = new Date();
  const open = isOpen(request.status);
  const { term } = request;
  // A term that stands still is neither overdue nor near its end; silence past it is marked instead.
  const due = term.suspended || term.tacitApprovedAt ? null : dueState(request.dueAt, open, now, calendar);
  // The extension the law allows is the one the request was filed with (its term snapshot), as the command reads it.
  const maxExtensionDays = term.snapshot?.maxExtensionDays ?? 0;
  const allowed = allowedActions(request.status, 'staff', { deadlineExtended: request.dueExtendedAt !== null, maxExtensionDays, termOver: isPastTerm(request.dueAt, now) });
  const documentHref = (documentId: string) => `/admin/requests/${request.id}/documents/${documentId}`;
  const filed = request.documents.filter((d) => d.kind === 'APPLICANT' || d.kind === 'PAYMENT_PROOF');

  return (
    <article className="space-y-8">
      <p>
        <Link href="/admin">← {t('back')}</Link>
      </p>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">
          {request.service.title} · {t('formVersion', { version: request.service.version })}
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">{request.registrationNumber}</h1>
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <span className="rounded-full border-2 border-brand-700 px-3 py-1 font-semibold text-brand-900">{tr(`status.${request.status}`)}</span>
          {due === 'overdue' ? <span className="rounded-full bg-red-700 px-3 py-1 font-semibold text-white">{t('overdue')}</span> : null}
          {due === 'soon' ? <span className="rounded-full bg-amber-300 px-3 py-1 font-semibold text-amber-950">{t('dueSoon')}</span> : null}
          {open && term.suspended ? <span className="rounded-full border-2 border-gray-600 px-3 py-1 font-semibold text-gray-800">{t('suspended')}</span> : null}
          {open && term.tacitApprovedAt ? <span className="rounded-full bg-red-800 px-3 py-1 font-semibold text-white">{t('tacit')}</span> : null}
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-8">
          <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-gray-300 p-5 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t('submittedAt')}</dt>
            <dd>{formatDateTime(request.submittedAt, locale)}</dd>
            <TermFacts dueAt={request.dueAt} open={open} term={term} now={now} calendar={calendar} locale={locale} />
            <dt className="font-semibold">{t('department')}</dt>
            <dd>{request.department}</dd>
            <dt className="font-semibold">{t('assignee')}</dt>
            <dd>{request.assignee?.name ?? t('unassigned')}</dd>
          </dl>
          <section aria-labelledby="applicant-title" className="rounded-lg border border-gray-300 p-5">
            <h2 id="applicant-title" className="text-2xl font-bold text-brand-900">
              {t('applicant')}
            </h2>
            <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('name')}</dt>
              <dd>{request.applicant.name}</dd>
              {request.applicant.representative ? (
                <>
                  <dt className="font-semibold">{t('representative')}</dt>
                  <dd>{request.applicant.representative}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{request.applicant.accountType === 'PERSON' ? 'CNP' : 'CUI'}</dt>
              <dd>{request.applicant.hasIdNumber ? <RevealIdNumber requestId={request.id} masked={request.applicant.idNumberMasked ?? ''} /> : '—'}</dd>
              <dt className="font-semibold">{t('email')}</dt>
              <dd className="break-all">{request.applicant.email}</dd>
              {request.applicant.phone ? (
                <>
                  <dt className="font-semibold">{t('phone')}</dt>
                  <dd>{request.applicant.phone}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section aria-labelledby="answers-title">
            <h2 id="answers-title" className="text-2xl font-bold text-brand-900">
              {t('answers')}
            </h2>
            <AnswerList
              answers={request.answers.map((answer) => ({
                ...answer,
                value: answer.sensitive ? <RevealIdNumber requestId={request.id} masked={answer.value} field={answer.key} label={answer.label} /> : answer.value,
              }))}
            />
          </section>
          <section aria-labelledby="documents-title">
            <h2 id="documents-title" className="text-2xl font-bold text-brand-900">
              {t('documents')}
            </h2>
            <DocumentList documents={filed.map((d) => ({ ...d, href: documentHref(d.id) }))} locale={locale} empty={t('noDocuments')} />
          </section>
          {request.fees.length > 0 ? (
            <section aria-labelledby="fees-title">
              <h2 id="fees-title" className="text-2xl font-bold text-brand-900">
                {t('fees')}
              </h2>
              <ul className="mt-3 space-y-2">
                {request.fees.map((fee) => (
                  <li key={fee.id} className="rounded-md border border-gray-300 p-3">
                    <span className="font-semibold">{formatLei(fee.amountBani, locale)}</span> · {fee.legalBasis} · {t('feeDue', { date: formatDate(fee.dueAt, locale) })} ·{' '}
                    <span className="font-semibold">{t(`feeStatus.${fee.status}`)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title" className="mb-4 text-2xl font-bold text-brand-900">
              {t('timeline')}
            </h2>
            <Timeline events={request.events} documents={request.documents} view="staff" locale={locale} documentHref={documentHref} fieldLabel={request.fieldLabel} documentName={request.documentName} />
          </section>
        </div>
        <aside aria-labelledby="actions-title" className="space-y-4">
          <h2 id="actions-title" className="text-2xl font-bold text-brand-900">
            {t('actions')}
          </h2>
          <RequestActions
            target={{ requestId: request.id, version: request.version }}
            allowed={allowed}
            clerks={request.clerks}
            fields={request.definition.fields}
            documents={request.definition.documents}
            currentAssigneeId={request.assignee?.id ?? null}
            maxExtensionDays={maxExtensionDays}
            termUnit={term.snapshot?.unit ?? 'CALENDAR_DAYS'}
          />
        </aside>
      </div>
    </article>
  );
}
