/**
 * Reads the tax office's export (CSV or JSON, lib/taxes/schemas.ts) into rows, judging every row
 * and reporting every bad one with where it is: the CSV's physical line (the header is line 1; a
 * quoted field that spans lines is named by the line it starts on) or the JSON's obligation number
 * (its index in `obligatii` plus one). Pure and without I/O: the import decides what to write.
 */
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { OPTIONAL_TAX_FILE_COLUMNS, rowIssues, TAX_FILE_COLUMNS, ZTaxJsonFileSchema, ZTaxRowSchema, type TTaxIssue, type TTaxRow } from '@/lib/taxes/schemas';

export type TTaxFileFormat = 'csv' | 'json';

export type TParsedTaxFile =
  | { ok: true; format: TTaxFileFormat; rows: { line: number; row: TTaxRow }[]; exportedAt?: Date }
  | { ok: false; format: TTaxFileFormat | null; issues: TTaxIssue[] };

/** The format by the file's extension, else by its first character (a JSON export starts with `{`). */
export function taxFileFormat(fileName: string, text: string): TTaxFileFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

const fileIssue = (code: string, values?: TTaxIssue['values']): TTaxIssue => ({ line: 0, code, values });

/** The same id twice in one file: which of the two figures is right is the tax office's to say. */
function duplicateIssues(ids: { line: number; id: string }[]): TTaxIssue[] {
  const first = new Map<string, number>();
  const issues: TTaxIssue[] = [];
  for (const { line, id } of ids) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, line);
    else issues.push({ line, field: 'id_obligatie', code: 'id.duplicate', values: { id, first: seen } });
  }
  return issues;
}

/** Judges each candidate row; the rows, or every issue of the file (sorted by where they are). */
function judgeRows(format: TTaxFileFormat, candidates: { line: number; values: unknown }[], exportedAt?: Date): TParsedTaxFile {
  if (candidates.length === 0) return { ok: false, format, issues: [fileIssue('file.noRows')] };
  const rows: { line: number; row: TTaxRow }[] = [];
  const issues: TTaxIssue[] = [];
  for (const { line, values } of candidates) {
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      issues.push({ line, code: 'row.notObject' });
      continue;
    }
    const parsed = ZTaxRowSchema.safeParse(values);
    if (parsed.success) rows.push({ line, row: parsed.data });
    else issues.push(...rowIssues(parsed.error, line));
  }
  const ids = candidates.flatMap(({ line, values }) => {
    const id = (values as Record<string, unknown> | null)?.id_obligatie;
    return typeof id === 'string' || typeof id === 'number' ? [{ line, id: String(id).trim() }] : [];
  });
  issues.push(...duplicateIssues(ids.filter(({ id }) => id !== '')));
  if (issues.length > 0) return { ok: false, format, issues: issues.sort((a, b) => a.line - b.line) };
  return { ok: true, format, rows, exportedAt };
}

/** The separator the header uses: the column names hold neither, so whichever it has. */
function separatorOf(header: string): ';' | ',' {
  const count = (char: string) => header.split(char).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

function readCsv(text: string): TParsedTaxFile {
  // One line break, so that lines count as an editor shows them (Windows exports end in CRLF).
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'));
  if (body.trim() === '') return { ok: false, format: 'csv', issues: [fileIssue('file.empty')] };

  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parseCsv(body, { delimiter: separatorOf(firstLine), info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const code = /QUOTE/.test(error.code) ? 'csv.quotes' : 'csv.unreadable';
    return { ok: false, format: 'csv', issues: [{ line: (error as CsvError & { lines?: number }).lines ?? 0, code }] };
  }

  // csv-parse counts the line a record ends on; the line it starts on is that minus the breaks
  // inside its quoted fields (the skipped empty lines before it are in `raw` too, and left out).
  const located = records.map(({ record, info, raw }) => {
    const own = raw.replace(/^\n+/, '').replace(/\n$/, '');
    return { record, line: info.lines - (own.split('\n').length - 1) };
  });
  const [header, ...data] = located;
  if (!header) return { ok: false, format: 'csv', issues: [fileIssue('file.empty')] };

  const columns = header.record.map((name) => name.trim().toLowerCase());
  const known = new Set<string>(TAX_FILE_COLUMNS);
  const headerIssues: TTaxIssue[] = [
    ...columns.filter((name) => !known.has(name)).map((column) => ({ line: 1, code: column === '' ? 'header.empty' : 'header.unknown', values: { column } })),
    ...columns.filter((column, i) => column !== '' && columns.indexOf(column) !== i).map((column) => ({ line: 1, code: 'header.duplicate', values: { column } })),
    ...TAX_FILE_COLUMNS.filter((column) => !OPTIONAL_TAX_FILE_COLUMNS.includes(column) && !columns.includes(column)).map((column) => ({ line: 1, code: 'header.missing', values: { column } })),
  ];
  if (headerIssues.length > 0) return { ok: false, format: 'csv', issues: headerIssues };

  const countIssues: TTaxIssue[] = [];
  const candidates: { line: number; values: unknown }[] = [];
  for (const { record, line } of data) {
    // A row of separators only (spreadsheets leave them at the end) is an empty line.
    if (record.every((value) => value.trim() === '')) continue;
    if (record.length !== columns.length) {
      countIssues.push({ line, code: 'row.columns', values: { count: record.length, expected: columns.length } });
      continue;
    }
    candidates.push({ line, values: Object.fromEntries(columns.map((column, i) => [column, record[i]])) });
  }
  const judged = judgeRows('csv', candidates);
  if (countIssues.length === 0) return judged;
  const otherIssues = judged.ok ? [] : judged.issues.filter((issue) => issue.code !== 'file.noRows');
  return { ok: false, format: 'csv', issues: [...countIssues, ...otherIssues].sort((a, b) => a.line - b.line) };
}

function readJson(text: string): TParsedTaxFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, format: 'json', issues: [fileIssue('file.json')] };
  }
  const file = ZTaxJsonFileSchema.safeParse(value);
  if (!file.success) {
    const exportedAt = file.error.issues.some((issue) => issue.path[0] === 'exportat_la');
    return { ok: false, format: 'json', issues: [fileIssue(exportedAt ? 'file.exportedAt' : 'file.jsonShape')] };
  }
  const exportedAt = file.data.exportat_la ? new Date(file.data.exportat_la) : undefined;
  return judgeRows(
    'json',
    file.data.obligatii.map((values, index) => ({ line: index + 1, values })),
    exportedAt,
  );
}

/** Reads and judges the whole file: its rows when every one is good, else every issue. */
export function parseTaxFile({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): TParsedTaxFile {
  if (bytes.length === 0) return { ok: false, format: null, issues: [fileIssue('file.empty')] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, format: null, issues: [fileIssue('file.encoding')] };
  }
  return taxFileFormat(fileName, text) === 'json' ? readJson(text) : readCsv(text);
}
