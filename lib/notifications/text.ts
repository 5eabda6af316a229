/**
 * What a notification says: its kind and raw params (stored when it was created) become a message
 * key under `notifications.kind` and the values for it, formatted in the reader's language. Kinds
 * this module does not know, and known kinds missing a value, fall back to a generic sentence.
 */
import { z } from 'zod';
import type { TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { TERM_UNITS } from '@/lib/requests/terms';
import { formatDate } from '@/lib/time';

/** The bell shows at most this many; more read "99+". */
export const UNREAD_CAP = 99;

export const unreadBadge = (count: number) => (count > UNREAD_CAP ? `${UNREAD_CAP}+` : String(count));

const ZParams = z
  .object({
    registrationNumber: z.string().min(1).max(40).optional().catch(undefined),
    amountBani: z.number().int().min(0).optional().catch(undefined),
    dueAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
    days: z.number().int().min(1).optional().catch(undefined),
    /** The unit of `days` (lib/requests/terms.ts); older notifications have none: calendar days. */
    unit: z.enum(TERM_UNITS).optional().catch(undefined),
  })
  .catch({});

type TParam = 'amount' | 'dueDate' | 'days' | 'unit';

/** Each known kind with the values its sentence needs besides the registration number. */
export const NOTIFICATION_KINDS = {
  'request.submitted': [],
  'request.inReview': [],
  'request.message': [],
  'request.infoRequested': ['dueDate'],
  'request.feeRequested': ['amount', 'dueDate'],
  'request.paymentConfirmed': ['amount'],
  'request.paymentRejected': [],
  'request.approved': [],
  'request.rejected': [],
  'request.deadlineExtended': ['days', 'dueDate', 'unit'],
  'request.dueDateChanged': ['dueDate'],
  'request.tacitApproval': ['dueDate'],
  'request.withdrawn': [],
  'request.infoReceived': [],
  'request.paymentProofReceived': [],
  /** A tax payment recorded; its "registration number" is the receipt's number. */
  'payment.paid': ['amount'],
} as const satisfies Record<string, readonly TParam[]>;

type TKind = keyof typeof NOTIFICATION_KINDS;
const isKnownKind = (kind: string): kind is TKind => Object.hasOwn(NOTIFICATION_KINDS, kind);

export type TNotificationText = { key: string; values: Record<string, string | number> };

/** The message key (relative to `notifications`) and values of a notification's sentence. */
export function describeNotification(kind: string, params: unknown, locale: TLocale): TNotificationText {
  const { registrationNumber: number, amountBani, dueAt, days, unit } = ZParams.parse(params ?? {});
  if (!number) return { key: 'kind.generic', values: {} };
  const available: Record<TParam, string | number | undefined> = {
    amount: amountBani === undefined ? undefined : formatLei(amountBani, locale),
    dueDate: dueAt === undefined ? undefined : formatDate(new Date(dueAt), locale),
    days,
    unit: unit ?? 'CALENDAR_DAYS',
  };
  if (!isKnownKind(kind)) return { key: 'kind.otherRequest', values: { number } };
  const values: Record<string, string | number> = { number };
  for (const param of NOTIFICATION_KINDS[kind] as readonly TParam[]) {
    const value = available[param];
    if (value === undefined) return { key: 'kind.otherRequest', values: { number } };
    values[param] = value;
  }
  // "request.inReview" reads notifications.kind.request.inReview (next-intl nests keys by dots).
  return { key: `kind.${kind}`, values };
}
