/** Emails about a request, in the applicant's language; each links to the request page. */
import { createTranslator } from 'next-intl';
import { renderNoticeEmail, type TRenderedEmail } from '@/lib/email/render';
import { env } from '@/lib/env';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';

/** Every email about a request (each has its texts under `requestEmails.<kind>` and a template name). */
export const REQUEST_EMAILS = [
  'submitted',
  'inReview',
  'message',
  'infoRequested',
  'feeRequested',
  'paymentConfirmed',
  'paymentRejected',
  'approved',
  'rejected',
  'deadlineExtended',
  'dueDateChanged',
  'tacitApproval',
  'infoReceived',
  'paymentProofReceived',
  'withdrawn',
] as const;

export type TRequestEmail = (typeof REQUEST_EMAILS)[number];

/**
 * What "only essential emails" still sends: proof of filing, anything that asks the applicant to act
 * or may (a message, a request for information, a fee, a refused payment), the answer, a new legal
 * deadline and a withdrawal. News that asks nothing (taken into review, payment confirmed, "we
 * received your documents") stays in the portal.
 */
const NON_ESSENTIAL: ReadonlySet<TRequestEmail> = new Set(['inReview', 'paymentConfirmed', 'infoReceived', 'paymentProofReceived']);
export const isEssentialEmail = (kind: TRequestEmail) => !NON_ESSENTIAL.has(kind);

export async function renderRequestEmail({
  kind,
  locale,
  name,
  requestId,
  values,
}: {
  kind: TRequestEmail;
  locale: TLocale;
  name?: string;
  requestId: string;
  values: Record<string, string>;
}): Promise<TRenderedEmail> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'requestEmails' });
  return renderNoticeEmail({
    locale,
    template: `request-${kind}`,
    subject: t(`${kind}.subject`, values),
    name,
    // A message from the city hall is quoted in full between the notice and what to do next.
    paragraphs: [t(`${kind}.body`, values), ...(values.body && kind !== 'submitted' ? [values.body] : []), t(`${kind}.after`, values)],
    action: { label: t(`${kind}.button`), url: `${env().appUrl}/requests/${requestId}` },
  });
}
