/**
 * The import of the tax office's export (lib/taxes/parse.ts reads it): all rows or none. Every
 * row is judged first and every bad one reported with where it is, in Romanian by default (the tax
 * office's language; `locale: 'en'` for English); a file with one bad row changes nothing. A good
 * file is written in one transaction: the TaxImport (the file's SHA-256, its row count, when the
 * tax system exported it) and each obligation upserted by the tax system's id.
 *
 * The figures of an obligation are those of its newest export: a row whose obligation already
 * carries figures exported later (`syncedAt` after this file's `exportedAt`) is left as it is and
 * counted as skipped, so that an old file uploaded late cannot bring back a debt paid meanwhile.
 * Imports are serialized (an advisory lock), so that two at once compare against settled figures.
 */
import 'server-only';
import crypto from 'node:crypto';
import { createTranslator } from 'next-intl';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { db, type TPrismaClient, type TTransaction } from '@/lib/db';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import { parseTaxFile, type TTaxFileFormat } from '@/lib/taxes/parse';
import type { TTaxIssue, TTaxRow } from '@/lib/taxes/schemas';

/** A bad row or file as the page and the command line show it: "Linia 4: CNP invalid: …". */
export type TTaxImportError = {
  /** The CSV's physical line (header: 1), the JSON obligation's number (index + 1), 0 for the file. */
  line: number;
  /** The column, when the fault is in one. */
  field?: string;
  /** Where, in words: "Linia 4", "Obligația nr. 4", "Fișierul". */
  place: string;
  message: string;
};

export type TTaxImportResult =
  | { ok: true; importId: string; rows: number; created: number; updated: number; skipped: number; exportedAt: Date }
  | { ok: false; errors: TTaxImportError[] };

export type TTaxImportInput = {
  fileName: string;
  bytes: Uint8Array;
  /** When the tax system produced the file; default: the JSON's `exportat_la`, else now. */
  exportedAt?: Date;
  importedById?: string | null;
  /** The language of the error messages (default Romanian). */
  locale?: TLocale;
  /** Writes the audit row `taxes.import` in the import's transaction (staff imports). */
  audit?: { actorId: string | null; request?: TRequestInfo };
  /** The database client (the seed passes its own); default the portal's. */
  client?: TPrismaClient;
};

/** The lock key that serializes imports ("taxi" in the lock space of this portal). */
const TAX_IMPORT_LOCK = 0x74617869;
/** An export a few minutes "in the future" is a clock out of step; more is a typo that would freeze the figures. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;
const CHUNK = 1000;

const chunks = <T>(items: T[], size = CHUNK): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The issues in words, in `locale`. */
export function describeTaxIssues(issues: TTaxIssue[], format: TTaxFileFormat | null, locale: TLocale = 'ro'): TTaxImportError[] {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'taxImport' });
  const place = (line: number) => (line === 0 ? t('place.file') : format === 'json' ? t('place.obligation', { number: line }) : t('place.line', { line }));
  return issues.map((issue) => {
    const values: Record<string, string | number> = { column: issue.field ?? '', ...issue.values };
    // The first line of a duplicated id, said as its place is.
    if (issue.code === 'id.duplicate') values.first = place(Number(issue.values?.first));
    const code = (t.has(issue.code as never) ? issue.code : 'field.type') as never;
    return { line: issue.line, ...(issue.field ? { field: issue.field } : {}), place: place(issue.line), message: t(code, values as never) };
  });
}

type TCounts = { created: number; updated: number; skipped: number };

/** The upserts of one import, inside its transaction. */
async function writeRows(tx: TTransaction, rows: TTaxRow[], importId: string, exportedAt: Date): Promise<TCounts> {
  const counts: TCounts = { created: 0, updated: 0, skipped: 0 };
  for (const part of chunks(rows)) {
    const existing = await tx.taxObligation.findMany({ where: { externalId: { in: part.map((row) => row.externalId) } }, select: { id: true, externalId: true, syncedAt: true } });
    const byExternalId = new Map(existing.map((row) => [row.externalId, row]));
    const fresh = part.filter((row) => !byExternalId.has(row.externalId));
    const figures = (row: TTaxRow) => ({
      taxpayerCode: row.taxpayerCode,
      taxpayerName: row.taxpayerName,
      year: row.year,
      kind: row.kind,
      description: row.description,
      principalBani: row.principalBani,
      incrementsBani: row.incrementsBani,
      paidBani: row.paidBani,
      dueAt: new Date(`${row.dueDay}T00:00:00Z`),
      paymentRank: row.paymentRank,
      importId,
      syncedAt: exportedAt,
    });
    if (fresh.length > 0) counts.created += (await tx.taxObligation.createMany({ data: fresh.map((row) => ({ externalId: row.externalId, ...figures(row) })) })).count;

    const known = part.filter((row) => byExternalId.has(row.externalId));
    const newer = known.filter((row) => byExternalId.get(row.externalId)!.syncedAt > exportedAt);
    counts.skipped += newer.length;
    const stale = known.filter((row) => byExternalId.get(row.externalId)!.syncedAt <= exportedAt);
    if (stale.length === 0) continue;
    // One statement for the whole chunk (a yearly file is tens of thousands of rows); the syncedAt
    // condition is checked again by the UPDATE itself.
    const updated = await tx.$executeRaw`
      UPDATE "TaxObligation" AS o SET
        "taxpayerCode" = v.code, "taxpayerName" = v.name, year = v.year, kind = v.kind::"TaxKind", description = v.description,
        "principalBani" = v.principal, "incrementsBani" = v.increments, "paidBani" = v.paid, "dueAt" = v.due, "paymentRank" = v.rank,
        "importId" = ${importId}, "syncedAt" = ${exportedAt}, "updatedAt" = now()
      FROM unnest(
        ${stale.map((row) => row.externalId)}::text[], ${stale.map((row) => row.taxpayerCode)}::text[], ${stale.map((row) => row.taxpayerName)}::text[],
        ${stale.map((row) => row.year)}::int[], ${stale.map((row) => row.kind)}::text[], ${stale.map((row) => row.description)}::text[],
        ${stale.map((row) => row.principalBani)}::int[], ${stale.map((row) => row.incrementsBani)}::int[], ${stale.map((row) => row.paidBani)}::int[],
        ${stale.map((row) => row.dueDay)}::date[], ${stale.map((row) => row.paymentRank)}::int[]
      ) AS v(external_id, code, name, year, kind, description, principal, increments, paid, due, rank)
      WHERE o."externalId" = v.external_id AND o."syncedAt" <= ${exportedAt}`;
    counts.updated += updated;
    // A concurrent writer is excluded by the lock, so nothing else can have moved a row in between.
    counts.skipped += stale.length - updated;
  }
  return counts;
}

/**
 * Imports one export of the tax system: every row judged, nothing written when any is bad (each
 * bad row reported with its line), else one transaction of the TaxImport and the obligations.
 */
export async function importTaxFile({ fileName, bytes, exportedAt, importedById = null, locale = 'ro', audit, client = db }: TTaxImportInput): Promise<TTaxImportResult> {
  const parsed = parseTaxFile({ fileName, bytes });
  if (!parsed.ok) return { ok: false, errors: describeTaxIssues(parsed.issues, parsed.format, locale) };

  const moment = exportedAt ?? parsed.exportedAt ?? new Date();
  if (Number.isNaN(moment.getTime())) return { ok: false, errors: describeTaxIssues([{ line: 0, code: 'exportedAt.invalid' }], parsed.format, locale) };
  if (moment.getTime() > Date.now() + FUTURE_TOLERANCE_MS) return { ok: false, errors: describeTaxIssues([{ line: 0, code: 'exportedAt.future' }], parsed.format, locale) };

  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const rows = parsed.rows.map(({ row }) => row);
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TAX_IMPORT_LOCK}::bigint)`;
      const { id: importId } = await tx.taxImport.create({ data: { fileName: fileName.slice(0, 255), sha256, rowCount: rows.length, exportedAt: moment, importedById }, select: { id: true } });
      const counts = await writeRows(tx, rows, importId, moment);
      if (audit) {
        await writeAudit(
          {
            actorId: audit.actorId,
            action: 'taxes.import',
            entityType: 'TaxImport',
            entityId: importId,
            request: audit.request,
            details: { fileName, sha256, rows: rows.length, ...counts, exportedAt: moment.toISOString() },
          },
          tx,
        );
      }
      return { ok: true as const, importId, rows: rows.length, ...counts, exportedAt: moment };
    },
    // A yearly file of tens of thousands of rows, behind another import holding the lock.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
