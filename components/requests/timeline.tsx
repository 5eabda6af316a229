/**
 * A request's timeline: every event in order with its date, who acted, what happened and the
 * documents that went with it. The applicant sees public events, and the city hall as
 * "Primăria Municipiului Roman"; staff see everything, internal notes included, with names.
 * Changes of the legal term say why: stopped while the city hall waits for the applicant, moved
 * by the days it stood still or by a change of the working days, ended in a tacit approval.
 */
import { getTranslations } from 'next-intl/server';
import type { EventType } from '@/lib/generated/prisma/enums';
import type { TLocale } from '@/lib/i18n/config';
import { formatFileSize } from '@/lib/documents/file-type';
import { formatLei } from '@/lib/i18n/format';
import { sealInfo, type TIssuedSeal } from '@/lib/issued/seal-info';
import { readEvent, type TEventPayload } from '@/lib/requests/events';
import { formatDate, formatDateTime } from '@/lib/time';

export type TTimelineEvent = {
  id: string;
  type: EventType;
  body: string | null;
  visibility: 'PUBLIC' | 'INTERNAL';
  toStatus: string | null;
  payload: unknown;
  createdAt: Date;
  actorName: string | null;
  actorIsStaff: boolean;
};

/** `issued`: the seal of a document the city hall issued (lib/issued), its bytes are the sealed ones. */
export type TTimelineDocument = { id: string; eventId: string | null; fileName: string; sizeBytes: number; issued?: TIssuedSeal | null };

/** A changed answer, shortly: text as it is, an address as its parts. */
const shortValue = (value: unknown): string =>
  value === null || value === undefined || value === '' ? '—' : typeof value === 'object' ? Object.values(value as Record<string, unknown>).filter(Boolean).join(', ') : String(value);

const ICONS: Record<Exclude<EventType, 'CREATED'>, string> = {
  SUBMITTED: '📨',
  ASSIGNED: '👤',
  STATUS_CHANGED: '🔎',
  MESSAGE_TO_APPLICANT: '✉️',
  MESSAGE_FROM_APPLICANT: '💬',
  INTERNAL_NOTE: '📝',
  INFO_REQUESTED: '❗',
  INFO_PROVIDED: '📎',
  FEE_REQUESTED: '💳',
  PAYMENT_SUBMITTED: '🧾',
  PAYMENT_CONFIRMED: '✅',
  PAYMENT_REJECTED: '⚠️',
  DEADLINE_EXTENDED: '⏳',
  TERM_SUSPENDED: '⏸️',
  DUE_DATE_CHANGED: '📅',
  TACIT_APPROVAL: '⚖️',
  APPROVED: '✅',
  REJECTED: '⛔',
  WITHDRAWN: '↩️',
};

export async function Timeline({
  events,
  documents,
  view,
  locale,
  documentHref,
  fieldLabel,
  documentName,
}: {
  events: TTimelineEvent[];
  documents: TTimelineDocument[];
  view: 'applicant' | 'staff';
  locale: TLocale;
  documentHref: (documentId: string) => string;
  fieldLabel: (key: string) => string;
  documentName: (key: string) => string;
}) {
  const t = await getTranslations('timeline');
  const shown = view === 'staff' ? events : events.filter((e) => e.visibility === 'PUBLIC');
  const day = (value: string) => formatDate(new Date(value), locale);
  // The legal text in the reader's language (the Romanian one where no English was written).
  const tacitLine = ({ dueAt, legalBasisRo, legalBasisEn }: TEventPayload<'TACIT_APPROVAL'>) => {
    const basis = locale === 'en' ? (legalBasisEn ?? legalBasisRo) : legalBasisRo;
    return basis ? t('tacitLine', { date: day(dueAt), basis }) : t('tacitLineByLaw', { date: day(dueAt) });
  };
  return (
    <ol className="space-y-4 border-l-4 border-brand-100 pl-6">
      {shown.map((event) => {
        const e = readEvent(event);
        const who = event.actorIsStaff ? (view === 'staff' ? (event.actorName ?? t('cityHall')) : t('cityHall')) : event.actorName ? (view === 'staff' ? event.actorName : t('you')) : t('system');
        const attached = documents.filter((d) => d.eventId === event.id);
        return (
          <li key={event.id} className={`relative rounded-lg border p-4 ${event.visibility === 'INTERNAL' ? 'border-amber-500 bg-amber-50' : 'border-gray-300 bg-white'}`}>
            <span aria-hidden="true" className="absolute -left-10 top-4 flex h-8 w-8 items-center justify-center rounded-full bg-white text-lg">
              {event.type === 'CREATED' ? '•' : ICONS[event.type]}
            </span>
            <p className="font-semibold">
              {t(`type.${event.type}` as never)}
              {event.visibility === 'INTERNAL' ? <span className="ml-2 rounded bg-amber-200 px-2 py-0.5 text-sm">{t('internal')}</span> : null}
            </p>
            <p className="text-sm text-gray-700">
              <time dateTime={new Date(event.createdAt).toISOString()}>{formatDateTime(new Date(event.createdAt), locale)}</time> · {who}
            </p>
            {e.type === 'ASSIGNED' && e.payload?.assigneeName ? <p className="mt-2">{t('assignedTo', { name: e.payload.assigneeName })}</p> : null}
            {e.type === 'FEE_REQUESTED' && e.payload ? (
              <p className="mt-2">{t('feeLine', { amount: formatLei(e.payload.amountBani, locale), basis: e.payload.legalBasis, date: day(e.payload.dueAt) })}</p>
            ) : null}
            {e.type === 'PAYMENT_CONFIRMED' && e.payload ? <p className="mt-2">{t(e.payload.online ? 'paidOnline' : 'paidLine', { amount: formatLei(e.payload.amountBani, locale) })}</p> : null}
            {e.type === 'DEADLINE_EXTENDED' && e.payload ? (
              // Extensions recorded before terms had units were in calendar days.
              <p className="mt-2">{t('extendedLine', { days: e.payload.days, unit: e.payload.unit ?? 'CALENDAR_DAYS', date: day(e.payload.dueAt) })}</p>
            ) : null}
            {e.type === 'TERM_SUSPENDED' && e.payload ? (
              <p className="mt-2">{t(`${e.payload.reason === 'fee' ? 'suspendedFee' : 'suspendedInfo'}${view === 'staff' ? 'Staff' : ''}`)}</p>
            ) : null}
            {e.type === 'DUE_DATE_CHANGED' && e.payload ? (
              <p className="mt-2">
                {e.payload.reason === 'calendar'
                  ? t('movedCalendar', { from: day(e.payload.previousDueAt), to: day(e.payload.dueAt) })
                  : e.payload.days === 0
                    ? t('resumedSame', { to: day(e.payload.dueAt) })
                    : t('movedResumed', { from: day(e.payload.previousDueAt), to: day(e.payload.dueAt), days: e.payload.days, unit: e.payload.unit })}
              </p>
            ) : null}
            {e.type === 'TACIT_APPROVAL' && e.payload ? (
              <p className="mt-2">{tacitLine(e.payload)}</p>
            ) : null}
            {event.body ? <p className="mt-2 whitespace-pre-line break-words">{event.body}</p> : null}
            {e.type === 'INFO_PROVIDED' && e.payload?.changes.length ? (
              <div className="mt-2">
                <p className="font-semibold">{t('changed')}</p>
                <ul className="list-disc pl-6">
                  {e.payload.changes.map((change) => (
                    <li key={change.key}>
                      {fieldLabel(change.key)}: <del>{shortValue(change.old)}</del> → <ins className="no-underline font-semibold">{shortValue(change.new)}</ins>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {e.type === 'INFO_REQUESTED' && e.payload ? (
              <div className="mt-2">
                <p className="font-semibold">{t('checklist', { date: day(e.payload.dueAt) })}</p>
                <ul className="list-disc pl-6">
                  {e.payload.fields.map((key) => (
                    <li key={`f-${key}`}>{t('checkField', { label: fieldLabel(key) })}</li>
                  ))}
                  {e.payload.documents.map((key) => (
                    <li key={`d-${key}`}>{t('checkDocument', { name: documentName(key) })}</li>
                  ))}
                  {e.payload.otherDocument ? <li>{t('checkDocument', { name: e.payload.otherDocument })}</li> : null}
                </ul>
              </div>
            ) : null}
            {attached.length > 0 ? (
              <ul className="mt-2 space-y-1">
                {attached.map((d) => {
                  const seal = sealInfo(d.issued);
                  return (
                    <li key={d.id}>
                      📄 <a href={documentHref(d.id)}>{d.fileName}</a> <span className="text-gray-700">({formatFileSize(d.sizeBytes, locale)})</span>
                      {seal ? (
                        <div className="mt-1 border-l-4 border-brand-700 pl-3 text-sm">
                          <p>
                            🔏 {t('sealed', { name: seal.sealedBy, at: formatDateTime(seal.sealedAt, locale) })}
                            {seal.sealQualified ? null : <> ({t('sealedDemo')})</>}
                            {seal.timestampedAt ? <> · {t('timestamped', { at: formatDateTime(seal.timestampedAt, locale) })}</> : null}
                          </p>
                          <p>
                            {t('verificationCode')} <span className="font-mono">{seal.code}</span> · <a href={seal.verifyHref}>{t('verifyLink')}</a>
                          </p>
                          <p className="break-all text-gray-700">
                            {t('sha256')} <span className="font-mono">{seal.sha256}</span>
                          </p>
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
