/**
 * The tax office's export format (lib/taxes/schemas.ts) and how a file is read (lib/taxes/parse.ts):
 * the rules of one row, amounts to bani, dates, fiscal codes, and the CSV's quirks — a BOM, `;` or
 * `,`, quoted fields holding separators and line breaks, CRLF — each bad row named by its line.
 */
import { describe, expect, it } from 'vitest';
import { parseTaxFile } from '@/lib/taxes/parse';
import { parseDueDay, parseExportedAt, parseLei, parseTaxpayerCode, ZTaxRowSchema } from '@/lib/taxes/schemas';

const CITIZEN = '1800101270018';
const COMPANY = '18456728';
const HEADER = 'id_obligatie;cod_fiscal;nume_contribuabil;an;tip;descriere;debit;majorari;platit;scadenta;ordine_plata';

const row = (overrides: Record<string, unknown> = {}) => ({
  id_obligatie: 'PF-1-CL-2026',
  cod_fiscal: CITIZEN,
  nume_contribuabil: 'Vasilescu Ion',
  an: '2026',
  tip: 'cladiri',
  descriere: 'Impozit clădire, rata I',
  debit: '215,50',
  majorari: '',
  platit: '',
  scadenta: '31.03.2026',
  ordine_plata: '',
  ...overrides,
});

/** The issue codes of a row, by column. */
function codesOf(values: Record<string, unknown>) {
  const parsed = ZTaxRowSchema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.code === 'unrecognized_keys' ? 'unknown' : String(issue.path[0]), issue.message]));
}

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const read = (fileName: string, text: string | Uint8Array) => parseTaxFile({ fileName, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
const line = (values: Record<string, string>, separator = ';') => Object.values(row(values)).join(separator);

describe('a row of the export', () => {
  it('becomes an obligation in bani, with the day and the kind the portal uses', () => {
    expect(ZTaxRowSchema.parse(row({ majorari: '4,31', platit: '10', ordine_plata: '2', tip: 'CLADIRI' }))).toEqual({
      externalId: 'PF-1-CL-2026',
      taxpayerCode: CITIZEN,
      taxpayerName: 'Vasilescu Ion',
      year: 2026,
      kind: 'BUILDING',
      description: 'Impozit clădire, rata I',
      principalBani: 21550,
      incrementsBani: 431,
      paidBani: 1000,
      dueDay: '2026-03-31',
      paymentRank: 2,
    });
  });

  it('maps each tip to its kind and refuses any other', () => {
    const kinds = Object.fromEntries(['cladiri', 'teren', 'auto', 'amenda', 'alta'].map((tip) => [tip, ZTaxRowSchema.parse(row({ tip })).kind]));
    expect(kinds).toEqual({ cladiri: 'BUILDING', teren: 'LAND', auto: 'VEHICLE', amenda: 'FINE', alta: 'OTHER' });
    expect(codesOf(row({ tip: 'apa' }))).toEqual({ tip: 'kind.unknown' });
    expect(codesOf(row({ tip: 'constructor' }))).toEqual({ tip: 'kind.unknown' });
    expect(codesOf(row({ tip: '' }))).toEqual({ tip: 'field.required' });
  });

  it('takes empty increments, payments and order as none', () => {
    const parsed = ZTaxRowSchema.parse(row());
    expect([parsed.incrementsBani, parsed.paidBani, parsed.paymentRank]).toEqual([0, 0, null]);
  });

  it('refuses a year outside 2000–2100 and text that is no year', () => {
    expect(codesOf(row({ an: '1999' }))).toEqual({ an: 'year.range' });
    expect(codesOf(row({ an: '2101' }))).toEqual({ an: 'year.range' });
    expect(codesOf(row({ an: '26' }))).toEqual({ an: 'year.range' });
    expect(ZTaxRowSchema.parse(row({ an: '2000' })).year).toBe(2000);
    expect(ZTaxRowSchema.parse(row({ an: 2100 })).year).toBe(2100);
  });

  it('reports every bad column of a row at once', () => {
    expect(codesOf(row({ cod_fiscal: '1800101270019', debit: 'abc', scadenta: '31.02.2026', nume_contribuabil: ' ' }))).toEqual({
      cod_fiscal: 'code.cnp.checksum',
      debit: 'amount.format',
      scadenta: 'due.invalid',
      nume_contribuabil: 'field.required',
    });
  });

  it('refuses a payment above the debit plus the increments, and accepts it up to that', () => {
    expect(codesOf(row({ debit: '100', majorari: '5', platit: '105,01' }))).toEqual({ platit: 'amount.paidTooMuch' });
    expect(ZTaxRowSchema.parse(row({ debit: '100', majorari: '5', platit: '105' })).paidBani).toBe(10500);
  });

  it('refuses a key the format does not have (a misspelt column in JSON)', () => {
    expect(codesOf({ ...row(), majorări: '3' })).toEqual({ unknown: 'Unrecognized key: "majorări"' });
  });

  it('takes JSON numbers as the CSV text they stand for', () => {
    const parsed = ZTaxRowSchema.parse(row({ an: 2026, debit: 215.5, majorari: 0, platit: null, ordine_plata: 1, id_obligatie: 1042 }));
    expect([parsed.year, parsed.principalBani, parsed.incrementsBani, parsed.paidBani, parsed.paymentRank, parsed.externalId]).toEqual([2026, 21550, 0, 0, 1, '1042']);
    expect(codesOf(row({ debit: 215.555 }))).toEqual({ debit: 'amount.format' });
    expect(codesOf(row({ descriere: { text: 'x' } }))).toEqual({ descriere: 'field.type' });
  });

  it('refuses an order of payment that is not a whole number', () => {
    expect(codesOf(row({ ordine_plata: 'întâi' }))).toEqual({ ordine_plata: 'rank.invalid' });
    expect(codesOf(row({ ordine_plata: '-1' }))).toEqual({ ordine_plata: 'rank.invalid' });
  });
});

describe('amounts', () => {
  it('read lei with a comma or a dot and at most two decimals, as integer bani', () => {
    expect(['0', '7', '1250,5', '1250.50', '0,07', ' 86,00 ', '21474836,47'].map((value) => parseLei(value))).toEqual(
      [0, 700, 125050, 125050, 7, 8600, 2147483647].map((bani) => ({ ok: true, bani })),
    );
  });

  it('refuse three decimals, thousands separators, signs and words', () => {
    for (const value of ['12,345', '1.250,50', '1 250', '+5', '', 'lei', '5,', ',5']) expect(parseLei(value), value).toEqual({ ok: false, reason: 'format' });
    expect(parseLei('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseLei('21474836,48')).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('make a zero or missing debit a bad row, a zero payment a good one', () => {
    expect(codesOf(row({ debit: '0' }))).toEqual({ debit: 'amount.zero' });
    expect(codesOf(row({ debit: '' }))).toEqual({ debit: 'field.required' });
    expect(codesOf(row({ majorari: '-1' }))).toEqual({ majorari: 'amount.negative' });
    expect(ZTaxRowSchema.parse(row({ platit: '0' })).paidBani).toBe(0);
  });
});

describe('dates', () => {
  it('read YYYY-MM-DD and DD.MM.YYYY days that exist', () => {
    expect(['2026-03-31', '31.03.2026', '1.3.2026', '29.02.2028'].map(parseDueDay)).toEqual(['2026-03-31', '2026-03-31', '2026-03-01', '2028-02-29']);
    expect(['2026-02-30', '29.02.2026', '31.04.2026', '2026/03/31', '03-31-2026', '31.03.26', ''].map(parseDueDay)).toEqual([null, null, null, null, null, null, null]);
  });

  it('read the export moment on Romanian time when it has no zone, as given when it has one', () => {
    // Winter (UTC+2), summer (UTC+3).
    expect(parseExportedAt('2026-12-01T08:00')?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(parseExportedAt('2026-07-01T08:00:30')?.toISOString()).toBe('2026-07-01T05:00:30.000Z');
    expect(parseExportedAt('2026-12-01T06:00:00Z')?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(parseExportedAt('2026-12-01T08:00:00+02:00')?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    for (const value of ['2026-12-01', '2026-02-30T08:00', '2026-12-01T25:00', 'ieri', '']) expect(parseExportedAt(value), value).toBeNull();
  });
});

describe('fiscal codes', () => {
  it('take a valid CNP, and a CUI with or without RO and spaces, as the profiles keep them', () => {
    expect(parseTaxpayerCode(CITIZEN)).toEqual({ ok: true, code: CITIZEN, kind: 'cnp' });
    expect(parseTaxpayerCode(COMPANY)).toEqual({ ok: true, code: COMPANY, kind: 'cui' });
    expect(parseTaxpayerCode('RO 18456728')).toEqual({ ok: true, code: COMPANY, kind: 'cui' });
    expect(ZTaxRowSchema.parse(row({ cod_fiscal: 'ro18456728' })).taxpayerCode).toBe(COMPANY);
  });

  it('name what is wrong with a bad one', () => {
    expect(parseTaxpayerCode('1800101270019')).toEqual({ ok: false, reason: 'code.cnp.checksum' });
    expect(parseTaxpayerCode('1801301270015')).toEqual({ ok: false, reason: 'code.cnp.date' });
    expect(parseTaxpayerCode('9800101270018')).toEqual({ ok: false, reason: 'code.cnp.format' });
    expect(parseTaxpayerCode('18456729')).toEqual({ ok: false, reason: 'code.cui.checksum' });
    for (const value of ['abc', '1', '12345678901', '180010127001X', '0184567281']) expect(parseTaxpayerCode(value), value).toEqual({ ok: false, reason: 'code.format' });
  });
});

describe('reading a CSV file', () => {
  it('reads `;` files with a BOM and CRLF line ends', () => {
    const text = `\uFEFF${HEADER}\r\n${line({})}\r\n${line({ id_obligatie: 'B', debit: '86' })}\r\n`;
    const parsed = read('export.csv', text);
    expect(parsed.ok && parsed.rows.map((r) => [r.line, r.row.externalId, r.row.principalBani])).toEqual([
      [2, 'PF-1-CL-2026', 21550],
      [3, 'B', 8600],
    ]);
  });

  it('reads `,` files, whose amounts with a decimal comma are quoted', () => {
    const parsed = read('export.csv', [HEADER.replaceAll(';', ','), 'A,1800101270018,"Vasilescu, Ion",2026,teren,Teren,"64,00",,,2026-09-30,'].join('\n'));
    expect(parsed.ok && parsed.rows[0]!.row).toMatchObject({ externalId: 'A', taxpayerName: 'Vasilescu, Ion', principalBani: 6400, kind: 'LAND' });
  });

  it('keeps separators and line breaks inside quoted fields, and counts lines as an editor shows them', () => {
    const text = [HEADER, line({ id_obligatie: 'A', descriere: '"Clădire; anexă\nStr. Mare nr. 1"' }), '', line({ id_obligatie: 'B', cod_fiscal: 'x1' })].join('\n');
    const parsed = read('export.csv', text);
    expect(parsed.ok).toBe(false);
    // A's description spans lines 2–3, line 4 is empty: B is on line 5.
    expect(!parsed.ok && parsed.issues).toEqual([{ line: 5, field: 'cod_fiscal', code: 'code.format', values: { column: 'cod_fiscal' } }]);
    const good = read('export.csv', [HEADER, line({ id_obligatie: 'A', descriere: '"Clădire; anexă\nStr. Mare nr. 1"' })].join('\n'));
    expect(good.ok && good.rows[0]!.row.description).toBe('Clădire; anexă\nStr. Mare nr. 1');
  });

  it('reports every bad row with its line, in the order of the file', () => {
    const parsed = read('export.csv', [HEADER, line({ id_obligatie: 'A' }), line({ id_obligatie: 'B', an: '1990' }), line({ id_obligatie: 'C' }), line({ id_obligatie: 'D', cod_fiscal: '1800101270019', debit: '-3' })].join('\n'));
    expect(!parsed.ok && parsed.issues.map((issue) => [issue.line, issue.field, issue.code])).toEqual([
      [3, 'an', 'year.range'],
      [5, 'cod_fiscal', 'code.cnp.checksum'],
      [5, 'debit', 'amount.negative'],
    ]);
  });

  it('names a duplicated id on the line where it comes again', () => {
    const parsed = read('export.csv', [HEADER, line({ id_obligatie: 'A' }), line({ id_obligatie: 'B' }), line({ id_obligatie: 'A', debit: '1' })].join('\n'));
    expect(!parsed.ok && parsed.issues).toEqual([{ line: 4, field: 'id_obligatie', code: 'id.duplicate', values: { id: 'A', first: 2 } }]);
  });

  it('refuses a header without a required column, with an unknown or a repeated one', () => {
    const missing = read('export.csv', csv(HEADER.replace(';scadenta', ''), 'x'));
    expect(!missing.ok && missing.issues).toEqual([{ line: 1, code: 'header.missing', values: { column: 'scadenta' } }]);
    const unknown = read('export.csv', csv(`${HEADER};observatii;debit`, 'x'));
    expect(!unknown.ok && unknown.issues.map((issue) => [issue.code, issue.values?.column])).toEqual([
      ['header.unknown', 'observatii'],
      ['header.duplicate', 'debit'],
    ]);
  });

  it('takes a file without the optional columns', () => {
    const parsed = read('export.csv', csv('id_obligatie;cod_fiscal;nume_contribuabil;an;tip;descriere;debit;scadenta', `A;${COMPANY};SC Demo Construct SRL;2026;auto;Autoutilitară;486;31.03.2026`));
    expect(parsed.ok && parsed.rows[0]!.row).toMatchObject({ taxpayerCode: COMPANY, incrementsBani: 0, paidBani: 0, paymentRank: null });
  });

  it('refuses a row with too few or too many fields, and skips rows of separators only', () => {
    const parsed = read('export.csv', csv(HEADER, 'A;1800101270018;x', line({ id_obligatie: 'B' }), ';;;;;;;;;;'));
    expect(!parsed.ok && parsed.issues).toEqual([{ line: 2, code: 'row.columns', values: { count: 3, expected: 11 } }]);
  });

  it('names the line of a quote that is never closed', () => {
    const parsed = read('export.csv', csv(HEADER, line({ id_obligatie: 'A' }), line({ id_obligatie: 'B', descriere: '"Clădire' })));
    expect(!parsed.ok && parsed.issues).toEqual([{ line: 3, code: 'csv.quotes' }]);
  });

  it('refuses an empty file, a header alone and a file that is not UTF-8', () => {
    expect(read('export.csv', '')).toEqual({ ok: false, format: null, issues: [{ line: 0, code: 'file.empty' }] });
    expect(read('export.csv', `${HEADER}\n`)).toEqual({ ok: false, format: 'csv', issues: [{ line: 0, code: 'file.noRows' }] });
    // "Clădire" in Windows-1250: ă is 0xE3, not valid UTF-8 there.
    expect(read('export.csv', new Uint8Array([...new TextEncoder().encode(`${HEADER}\nA;Cl`), 0xe3, 0x64]))).toEqual({ ok: false, format: null, issues: [{ line: 0, code: 'file.encoding' }] });
  });
});

describe('reading a JSON file', () => {
  const json = (value: unknown) => read('export.json', JSON.stringify(value));

  it('reads the obligations and the export moment', () => {
    const parsed = json({ exportat_la: '2026-12-01T06:00:00Z', obligatii: [row(), row({ id_obligatie: 'B', debit: 86 })] });
    expect(parsed.ok && parsed.exportedAt?.toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(parsed.ok && parsed.rows.map((r) => [r.line, r.row.externalId])).toEqual([
      [1, 'PF-1-CL-2026'],
      [2, 'B'],
    ]);
  });

  it('names a bad obligation by its number (index + 1)', () => {
    const parsed = json({ obligatii: [row(), row({ id_obligatie: 'B', scadenta: '2026-13-01' }), 'x', row()] });
    expect(!parsed.ok && parsed.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [2, 'due.invalid'],
      [3, 'row.notObject'],
      [4, 'id.duplicate'],
    ]);
  });

  it('refuses a file that is not the export’s shape', () => {
    expect(read('export.json', '{ "obligatii": [')).toEqual({ ok: false, format: 'json', issues: [{ line: 0, code: 'file.json' }] });
    expect(json([row()])).toEqual({ ok: false, format: 'json', issues: [{ line: 0, code: 'file.jsonShape' }] });
    expect(json({ obligatii: [], altceva: 1 })).toEqual({ ok: false, format: 'json', issues: [{ line: 0, code: 'file.jsonShape' }] });
    expect(json({ exportat_la: 'ieri', obligatii: [row()] })).toEqual({ ok: false, format: 'json', issues: [{ line: 0, code: 'file.exportedAt' }] });
    expect(json({ obligatii: [] })).toEqual({ ok: false, format: 'json', issues: [{ line: 0, code: 'file.noRows' }] });
  });

  it('tells a JSON file without the extension by its first character', () => {
    expect(read('export', JSON.stringify({ obligatii: [row()] })).ok).toBe(true);
    expect(read('export', csv(HEADER, line({}))).ok).toBe(true);
  });
});
