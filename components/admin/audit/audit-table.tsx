import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { TAuditRow } from '@/lib/audit/read';
import { toLocale, type TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { formatDateTime } from '@/lib/time';

type TTranslate = Awaited<ReturnType<typeof getTranslations>>;
type TDetail = { key: string; label: string; value: string };

/** The name of a value (a status, a role) under `prefix` when there is one, else the value as written. */
const named = (t: TTranslate, prefix: string, value: unknown) => (typeof value === 'string' && t.has(`${prefix}${value}`) ? t(`${prefix}${value}`) : String(value));

/**
 * The details of an entry as a person reads them: each recorded fact with its name in the reader's
 * language and its value spelled out (statuses, roles, amounts). Facts written by newer code, that
 * have no name yet, show as they were recorded.
 */
function describeDetails(
  details: TAuditRow['details'],
  entityLabel: string | null,
  { t, tRequest, tStaff, tCalendar, locale }: { t: TTranslate; tRequest: TTranslate; tStaff: TTranslate; tCalendar: TTranslate; locale: TLocale },
): TDetail[] {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return details === null ? [] : [{ key: 'value', label: t('table.details'), value: JSON.stringify(details) }];
  const { from, to, ...rest } = details;
  const items: TDetail[] = [];
  if (from !== undefined || to !== undefined) items.push({ key: 'transition', label: t('details.transition'), value: `${named(tRequest, 'status.', from)} → ${named(tRequest, 'status.', to)}` });
  for (const [key, value] of Object.entries(rest)) {
    // The entity column shows it already.
    if (key === 'registrationNumber' && value === entityLabel) continue;
    items.push({ key, label: t.has(`details.${key}`) ? t(`details.${key}`) : key, value: describeValue(key, value) });
  }
  return items;

  function describeValue(key: string, value: unknown): string {
    if (key === 'amountBani' && typeof value === 'number') return formatLei(value, locale);
    if (key === 'field' && value === 'applicant') return t('details.applicantIdNumber');
    if (key === 'status' || key === 'previousStatus') return named(tStaff, 'statuses.', value);
    // Values with a name: a staff role, a day of /admin/calendar ("zi liberă acordată", not DAY_OFF).
    const name = key === 'role' ? (v: unknown) => named(tStaff, 'roles.', v) : key === 'kind' ? (v: unknown) => named(tCalendar, 'kinds.', v) : null;
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
    // A change recorded as before → after (a name, a position); "—" where there was none.
    if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
      const side = (v: unknown) => (v === null || v === undefined ? '—' : name ? name(v) : typeof v === 'object' ? JSON.stringify(v) : String(v));
      return `${side(value.from)} → ${side(value.to)}`;
    }
    if (name) return name(value);
    return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** The audit rows: time in Romania, who, what, on which record, from where, and the details. */
export async function AuditTable({ rows, actionLabel }: { rows: TAuditRow[]; actionLabel: (action: string) => string }) {
  const [t, tRequest, tStaff, tCalendar, locale] = await Promise.all([
    getTranslations('audit'),
    getTranslations('request'),
    getTranslations('staff'),
    getTranslations('calendar'),
    getLocale().then(toLocale),
  ]);
  return (
    <div className="overflow-x-auto" role="region" aria-label={t('table.caption')} tabIndex={0}>
      <table className="w-full min-w-[60rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400 text-base">
            {(['time', 'actor', 'action', 'entity', 'ip', 'details'] as const).map((column) => (
              <th key={column} scope="col" className="px-2 py-2 font-semibold">
                {t(`table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const type = t.has(`entityTypes.${row.entityType}`) ? t(`entityTypes.${row.entityType}`) : row.entityType;
            const label = row.entityLabel ?? row.entityId;
            const details = describeDetails(row.details, row.entityLabel, { t, tRequest, tStaff, tCalendar, locale });
            return (
              <tr key={row.id} className="border-b border-gray-200 align-top">
                <td className="px-2 py-2 whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>
                    {formatDateTime(row.createdAt, locale, { seconds: true })}
                  </time>
                </td>
                <td className="px-2 py-2">
                  {row.actor ? (
                    <>
                      {row.actor.name ? <span className="block font-semibold">{row.actor.name}</span> : null}
                      <span className="break-all">{row.actor.email}</span>
                    </>
                  ) : (
                    <span className="text-gray-700">{t('table.system')}</span>
                  )}
                </td>
                <td className="px-2 py-2">
                  <span className="block">{actionLabel(row.action)}</span>
                  <code className="text-xs text-gray-700">{row.action}</code>
                </td>
                <td className="px-2 py-2">
                  <span className="block text-gray-700">{type}</span>
                  {row.entityId && row.entityType === 'ServiceRequest' ? (
                    <Link href={`/admin/requests/${row.entityId}`}>{label}</Link>
                  ) : row.entityId && row.entityType === 'User' && row.entityIsStaff ? (
                    <Link href={`/admin/staff/${row.entityId}`} className="break-all">
                      {label}
                    </Link>
                  ) : (
                    <span className="break-all">{label}</span>
                  )}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">{row.ip ?? ''}</td>
                <td className="max-w-md px-2 py-2">
                  {details.length > 0 ? (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                      {details.map((detail) => (
                        <div key={detail.key} className="contents">
                          <dt className="text-gray-700">{detail.label}:</dt>
                          <dd className="break-words">{detail.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
