import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AUDIT_TIME_ZONE, type TAuditRow } from '@/lib/audit-log';

/** The audit rows: time in Romania, who, what, on which record, from where, and the details. */
export async function AuditTable({ rows, actionLabel }: { rows: TAuditRow[]; actionLabel: (action: string) => string }) {
  const [t, format] = await Promise.all([getTranslations('audit'), getFormatter()]);
  const entityTypes = new Set(['ServiceRequest', 'User', 'Document', 'Department', 'Service', 'NewsPost']);
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
            const type = entityTypes.has(row.entityType) ? t(`entityTypes.${row.entityType as 'User'}`) : row.entityType;
            const label = row.entityLabel ?? row.entityId;
            return (
              <tr key={row.id} className="border-b border-gray-200 align-top">
                <td className="px-2 py-2 whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>
                    {format.dateTime(row.createdAt, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: AUDIT_TIME_ZONE })}
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
                <td className="max-w-md px-2 py-2">{row.details === null ? null : <code className="text-xs break-all">{JSON.stringify(row.details)}</code>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
