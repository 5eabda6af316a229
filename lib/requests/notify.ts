/**
 * Telling the applicant that something happened to their request, inside the transaction that made
 * it happen: a notification for the bell (kind + raw params, localized when shown) and an email in
 * their language through the outbox. An applicant who chose "only essential emails" in /account
 * gets no email for the news that asks nothing of them (see isEssentialEmail).
 */
import type { TTransaction } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toLocale, type TLocale } from '@/lib/i18n/config';
import { isEssentialEmail, renderRequestEmail, type TRequestEmail } from '@/lib/requests/emails';

export type TNotice = {
  kind: TRequestEmail;
  /** Raw values for the notification (registrationNumber is added). */
  params?: Prisma.InputJsonObject;
  /** Values for the email text, in the applicant's language. */
  values?: (locale: TLocale) => Record<string, string>;
  /** The applicant's own actions are confirmed by email only; the bell is for news from the city hall. */
  bell?: boolean;
};

type TRequestRef = { id: string; applicantId: string; registrationNumber: string | null; serviceVersionId: string };

/** Writes the notification and queues the email; returns the outbox id to dispatch after commit, if any. */
export async function notifyApplicant(tx: TTransaction, request: TRequestRef, eventId: string, notice: TNotice & { body?: string }): Promise<string | null> {
  const registrationNumber = request.registrationNumber ?? '';
  if (notice.bell !== false) {
    await tx.notification.create({
      data: { userId: request.applicantId, requestId: request.id, eventId, kind: `request.${notice.kind}`, params: { registrationNumber, ...notice.params } },
    });
  }
  const applicant = await tx.user.findUniqueOrThrow({
    where: { id: request.applicantId },
    select: { email: true, locale: true, status: true, essentialEmailsOnly: true, personProfile: { select: { firstName: true, lastName: true } }, organizationProfile: { select: { name: true } } },
  });
  if (applicant.status === 'DELETED') return null;
  if (applicant.essentialEmailsOnly && !isEssentialEmail(notice.kind)) return null;
  const service = await tx.serviceVersion.findUniqueOrThrow({ where: { id: request.serviceVersionId }, select: { service: { select: { titleRo: true, titleEn: true } } } });
  const locale = toLocale(applicant.locale);
  const name = applicant.personProfile ? `${applicant.personProfile.firstName} ${applicant.personProfile.lastName}` : applicant.organizationProfile?.name;
  const email = await renderRequestEmail({
    kind: notice.kind,
    locale,
    name,
    requestId: request.id,
    values: { number: registrationNumber, service: locale === 'en' ? service.service.titleEn : service.service.titleRo, body: notice.body ?? '', ...notice.values?.(locale) },
  });
  return queueEmail({ ...email, to: applicant.email }, tx);
}
