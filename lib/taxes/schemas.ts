/**
 * The file the tax office's system exports, as the portal imports it (lib/taxes/import.ts): one
 * obligation per row, the same columns in CSV and JSON, named in Romanian as the tax office writes
 * them. One schema judges a row whatever the file's format, so that a CSV and a JSON export of the
 * same figures import the same.
 *
 *   CSV  UTF-8 (a BOM is dropped), a header row, `;` or `,` between fields (read from the header),
 *        quoted fields may hold the separator and line breaks:
 *          id_obligatie;cod_fiscal;nume_contribuabil;an;tip;descriere;debit;majorari;platit;scadenta;ordine_plata
 *   JSON { "exportat_la": "2026-12-01T06:00:00Z" (optional), "obligatii": [ { same keys } ] }
 *
 * Every failure is a message key of the `taxImport` namespace (lib/i18n/messages), never text, so
 * that the import reports each bad row in the reader's language.
 */
import { z } from 'zod';
import { validateCnp, validateCui } from '@/lib/accounts/validation';
import { isDay, startOfDayInRomania } from '@/lib/time';

/** The columns of the file, in the order the tax office exports them. */
export const TAX_FILE_COLUMNS = ['id_obligatie', 'cod_fiscal', 'nume_contribuabil', 'an', 'tip', 'descriere', 'debit', 'majorari', 'platit', 'scadenta', 'ordine_plata'] as const;
export type TTaxFileColumn = (typeof TAX_FILE_COLUMNS)[number];

/** Columns a file may leave out (or leave empty): no increments, nothing paid, no legal order. */
export const OPTIONAL_TAX_FILE_COLUMNS: readonly TTaxFileColumn[] = ['majorari', 'platit', 'ordine_plata'];

/** `tip` as the tax system writes it, and the portal's kind of obligation. */
export const TAX_KIND_CODES = { cladiri: 'BUILDING', teren: 'LAND', auto: 'VEHICLE', amenda: 'FINE', alta: 'OTHER' } as const;
export type TTaxKind = (typeof TAX_KIND_CODES)[keyof typeof TAX_KIND_CODES];

/** The largest file the admin page takes: a city the size of Roman exports a few MB a year. */
export const TAX_FILE_MAX_MB = 5;
export const TAX_FILE_MAX_BYTES = TAX_FILE_MAX_MB * 1024 * 1024;

// principalBani and the others are 32-bit integers in the database: 21.474.836,47 lei at most.
const MAX_BANI = 2_147_483_647;
const YEARS = { min: 2000, max: 2100 } as const;

/**
 * A cell as the file gives it: CSV cells are text, JSON values may be numbers; a missing or null
 * JSON value is an empty cell, as in a CSV. Anything else (an object, true) is the wrong type.
 */
const cell = z.preprocess((value) => (value === undefined || value === null ? '' : typeof value === 'number' ? String(value) : value), z.string({ error: 'field.type' }).trim());

const requiredText = (max: number) => cell.pipe(z.string().min(1, 'field.required').max(max, 'field.tooLong'));

/** A sum in lei ("1250,5", "1250.50", "0"): comma or dot, at most two decimals, to integer bani. */
export function parseLei(value: string): { ok: true; bani: number } | { ok: false; reason: 'format' | 'negative' | 'tooLarge' } {
  const text = value.trim();
  if (/^-\s*\d/.test(text)) return { ok: false, reason: 'negative' };
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  // Integer arithmetic only: 0.1 + 0.2 never reaches a sum of money.
  const bani = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bani > MAX_BANI) return { ok: false, reason: 'tooLarge' };
  return { ok: true, bani };
}

const amount = ({ optional }: { optional: boolean }) =>
  cell.transform((value, ctx) => {
    if (value === '') {
      if (optional) return 0;
      ctx.addIssue({ code: 'custom', message: 'field.required' });
      return z.NEVER;
    }
    const parsed = parseLei(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `amount.${parsed.reason}` });
      return z.NEVER;
    }
    return parsed.bani;
  });

/** A due date: YYYY-MM-DD or DD.MM.YYYY (also D.M.YYYY), a day that exists; the day as YYYY-MM-DD. */
export function parseDueDay(value: string): string | null {
  const text = value.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const day = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : text;
  return isDay(day) ? day : null;
}

/**
 * A taxpayer's fiscal code: a CNP (13 digits, its control digit and birth date checked) or a CUI
 * (2 to 10 digits, control digit checked, an RO prefix dropped), by the accounts' own validators.
 * Parses to the code as TaxObligation keeps it and as the profiles hold it.
 */
export function parseTaxpayerCode(value: string, today: Date = new Date()): { ok: true; code: string; kind: 'cnp' | 'cui' } | { ok: false; reason: string } {
  const compact = value.replace(/\s+/g, '');
  if (/^\d{13}$/.test(compact)) {
    const cnp = validateCnp(compact, today);
    return cnp.ok ? { ok: true, code: compact, kind: 'cnp' } : { ok: false, reason: `code.cnp.${cnp.reason}` };
  }
  const cui = validateCui(compact);
  if (cui.ok) return { ok: true, code: cui.cui, kind: 'cui' };
  // Neither: a code of 13 characters that are not all digits, or of any other length, is no CNP
  // and no CUI; a CUI-shaped code whose control digit is wrong is said so.
  return { ok: false, reason: cui.reason === 'checksum' ? 'code.cui.checksum' : 'code.format' };
}

/** One obligation of the file: what the tax system says the taxpayer owes, in bani. */
export const ZTaxRowSchema = z
  .object({
    id_obligatie: requiredText(64).pipe(z.string().regex(/^[\p{L}\p{N}._/:-]+$/u, 'id.format')),
    cod_fiscal: cell.transform((value, ctx) => {
      if (value === '') {
        ctx.addIssue({ code: 'custom', message: 'field.required' });
        return z.NEVER;
      }
      const parsed = parseTaxpayerCode(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.reason });
        return z.NEVER;
      }
      return parsed.code;
    }),
    nume_contribuabil: requiredText(200),
    an: cell.transform((value, ctx) => {
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
      if (!(year >= YEARS.min && year <= YEARS.max)) {
        ctx.addIssue({ code: 'custom', message: value === '' ? 'field.required' : 'year.range' });
        return z.NEVER;
      }
      return year;
    }),
    tip: cell.transform((value, ctx) => {
      const code = value.toLowerCase();
      if (!Object.hasOwn(TAX_KIND_CODES, code)) {
        ctx.addIssue({ code: 'custom', message: value === '' ? 'field.required' : 'kind.unknown' });
        return z.NEVER;
      }
      return TAX_KIND_CODES[code as keyof typeof TAX_KIND_CODES];
    }),
    descriere: requiredText(300),
    debit: amount({ optional: false }).refine((bani) => bani > 0, 'amount.zero'),
    majorari: amount({ optional: true }),
    platit: amount({ optional: true }),
    scadenta: cell.transform((value, ctx) => {
      const day = parseDueDay(value);
      if (!day) {
        ctx.addIssue({ code: 'custom', message: value === '' ? 'field.required' : 'due.invalid' });
        return z.NEVER;
      }
      return day;
    }),
    ordine_plata: cell.transform((value, ctx) => {
      if (value === '') return null;
      if (!/^\d{1,6}$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'rank.invalid' });
        return z.NEVER;
      }
      return Number(value);
    }),
  })
  // A JSON row with a misspelt key ("majorări") would otherwise import as "no increments".
  .strict()
  .superRefine((row, ctx) => {
    if (row.platit > row.debit + row.majorari) ctx.addIssue({ code: 'custom', path: ['platit'], message: 'amount.paidTooMuch' });
  })
  .transform((row) => ({
    externalId: row.id_obligatie,
    taxpayerCode: row.cod_fiscal,
    taxpayerName: row.nume_contribuabil,
    year: row.an,
    kind: row.tip,
    description: row.descriere,
    principalBani: row.debit,
    incrementsBani: row.majorari,
    paidBani: row.platit,
    /** YYYY-MM-DD */
    dueDay: row.scadenta,
    paymentRank: row.ordine_plata,
  }));
export type TTaxRowInput = z.input<typeof ZTaxRowSchema>;
export type TTaxRow = z.output<typeof ZTaxRowSchema>;

/** The JSON export: its rows are judged one by one with ZTaxRowSchema, so they are taken as they come here. */
export const ZTaxJsonFileSchema = z
  .object({
    exportat_la: z.iso.datetime({ offset: true, error: 'file.exportedAt' }).optional(),
    obligatii: z.array(z.unknown(), { error: 'file.jsonShape' }),
  })
  .strict();

/** What a bad row or file is: where (a line of the CSV, an obligation of the JSON, 0: the file), which column, why. */
export type TTaxIssue = { line: number; field?: TTaxFileColumn | string; code: string; values?: Record<string, string | number> };

/** The issues of one row, each with its column (the first one of each column is enough to fix it). */
export function rowIssues(error: z.ZodError, line: number): TTaxIssue[] {
  const seen = new Set<string>();
  const issues: TTaxIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ line, field: key, code: 'field.unknown', values: { column: key } });
      continue;
    }
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    if (seen.has(field ?? '')) continue;
    seen.add(field ?? '');
    // Our own keys are dotted ("amount.format"); zod's texts (a wrong type) are said as such.
    const code = /^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : 'field.type';
    issues.push({ line, field, code, values: field ? { column: field } : undefined });
  }
  return issues;
}

/**
 * The export moment typed on the admin page (`<input type="datetime-local">`: "2026-12-01T06:00", on
 * Romanian time, as the tax office reads its clock) or given on the command line with a zone
 * ("2026-12-01T06:00:00Z"). Null when it is not a moment.
 */
export function parseExportedAt(value: string): Date | null {
  const text = value.trim();
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (local) {
    const [, day, hours, minutes, seconds] = local;
    if (!isDay(day!) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return null;
    // The day's Romanian midnight plus the time read on the clock: off by the hour only for a time
    // typed inside the night the clocks change (03:00–04:00), which no export is made at.
    return new Date(startOfDayInRomania(day!).getTime() + ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000);
  }
  const zoned = z.iso.datetime({ offset: true }).safeParse(text);
  return zoned.success ? new Date(zoned.data) : null;
}

/** The admin page's optional "exportat la" (empty: now). */
export const ZExportedAtSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return undefined;
    const moment = parseExportedAt(value);
    if (!moment) {
      ctx.addIssue({ code: 'custom', message: 'taxImport.exportedAt.invalid' });
      return z.NEVER;
    }
    return moment;
  });

/** The admin page's upload: the exported file and, optionally, when it was exported. */
export const ZImportTaxFileSchema = z
  .object({
    file: z
      .file({ error: 'taxesAdmin.form.fileRequired' })
      .refine((file) => file.size > 0 && file.name !== '', 'taxesAdmin.form.fileRequired')
      .refine((file) => /\.(csv|json)$/i.test(file.name), 'taxesAdmin.form.fileType')
      .refine((file) => file.size <= TAX_FILE_MAX_BYTES, 'taxesAdmin.form.fileTooLarge'),
    exportedAt: z
      .string()
      .optional()
      .transform((value) => value ?? '')
      .pipe(ZExportedAtSchema),
  })
  .strict();
export type TImportTaxFileInput = z.input<typeof ZImportTaxFileSchema>;
