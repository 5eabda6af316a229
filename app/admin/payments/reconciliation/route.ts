import { getTranslations } from 'next-intl/server';
import { getRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { getSession } from '@/lib/auth/session';
import { textResponse } from '@/lib/kiosk/server';
import { reconciliationCsv, reconciliationReport } from '@/lib/payments/admin';
import { canManagePayments } from '@/lib/payments/staff-access';
import { firstParam } from '@/lib/search-params';
import { isDay, todayInRomania } from '@/lib/time';

/**
 * The day's reconciliation report for the treasury as a CSV download (?day=YYYY-MM-DD, today in
 * Romania without one), for the tax office only; each download is in the audit log.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await getSession();
  if (!user) return new Response(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent('/admin/payments')}` } });
  const t = await getTranslations('errors');
  if (!(await canManagePayments(user))) return textResponse(t('forbidden'), 403);
  const asked = firstParam(url.searchParams.get('day'));
  if (asked !== undefined && !isDay(asked)) return textResponse((await getTranslations('validation'))('form.date'), 400);
  const day = asked ?? todayInRomania();

  const report = await reconciliationReport(user, day);
  await writeAudit({
    actorId: user.id,
    action: 'payment.reconciliation',
    entityType: 'Payment',
    entityId: null,
    request: await getRequestInfo(),
    details: { day, rows: report.totals.count, netBani: report.totals.netBani },
  });
  return new Response(reconciliationCsv(report.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="reconciliere-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
