/**
 * The receipt of a submitted request ("dovada de înregistrare") as an A4 PDF: registration number,
 * dates, service, department, applicant, access code, the answers, the documents with their SHA-256
 * and a QR code of the status page, with "Pagina 1 din 2" footers. DejaVu fonts are embedded from
 * lib/requests/fonts (read from disk, so ă â î ș ț print the same everywhere); pdfkit is kept out of
 * the Next.js server bundle (`serverExternalPackages` in next.config.js). Its texts are the
 * `receipt` messages of lib/i18n/messages.
 */
import { createTranslator } from 'next-intl';
import PDFDocument from 'pdfkit';
import { formatFileSize } from '@/lib/documents/file-type';
import { messages } from '@/lib/i18n/messages';
import { COLOR, collect, drawPageFooters, drawQrCode, FONTS, type TFont } from '@/lib/pdf/kit';
import type { TMunicipality } from '@/lib/settings/municipality';
import { formatDate, formatDateTime } from '@/lib/time';

export type TReceiptData = {
  locale: 'ro' | 'en';
  /** The city hall that issues it, as saved in /admin/settings (getMunicipality()). */
  municipality: TMunicipality;
  /** e.g. "RMN-2026-000123" */
  registrationNumber: string;
  submittedAt: Date;
  /** The legal term for the answer. */
  dueAt: Date;
  /** Already localized. */
  serviceTitle: string;
  /** Already localized. */
  departmentName: string;
  /** idNumber = CNP or CUI. */
  applicant: { name: string; idNumber: string | null; email: string };
  /** e.g. "K7M2-QX9P"; null when it is no longer known (it is shown once, at submission). */
  accessCode: string | null;
  /** Already localized and formatted. */
  answers: { label: string; value: string }[];
  documents: { requirement: string; fileName: string; sizeBytes: number; sha256: string }[];
  /** Absolute URL of the status page, encoded in the QR code. */
  statusUrl: string;
  /** Absolute URL of the public status lookup (registration number + access code). */
  lookupUrl: string;
  /**
   * The verification code of the issued (sealed) receipt and its /verify URL: the QR code then leads
   * there, and the code is printed under it and in every footer.
   */
  verification?: { code: string; url: string };
};

const MARGIN = { top: 50, bottom: 62, left: 50, right: 50 };
const CELL_PADDING = 4;
const QR_SIZE = 104;

type TDoc = PDFKit.PDFDocument;
type TStyle = { font: TFont; size: number; color?: string };
type TCell = TStyle & { text: string };
type TRow = { cells: TCell[]; /** A full-width line under the cells. */ note?: TCell };

/** Renders the receipt; `now` is the generation time printed in the footer. */
export async function renderReceiptPdf(data: TReceiptData, now: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const t = createTranslator({ locale: data.locale, messages: messages[data.locale], namespace: 'receipt' });
  const { municipality } = data;
  const { address } = municipality;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    font: FONTS.regular,
    lang: data.locale === 'ro' ? 'ro-RO' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${t('title')} ${data.registrationNumber}`,
      Author: municipality.name[data.locale],
      Subject: data.serviceTitle,
      Creator: municipality.name[data.locale],
      CreationDate: now,
    },
  });
  const bytes = collect(doc);

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  let y = MARGIN.top;

  const style = (s: TStyle) => doc.font(FONTS[s.font]).fontSize(s.size).fillColor(s.color ?? COLOR.text);
  const heightOf = (c: TCell, w: number) => style(c).heightOfString(c.text, { width: w });
  const write = (c: TCell, x: number, top: number, w: number, align: 'left' | 'center' = 'left') =>
    style(c).text(c.text, x, top, { width: w, align });
  const rule = (at: number) =>
    doc.save().moveTo(left, at).lineTo(left + width, at).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore();
  const newPage = () => {
    doc.addPage();
    y = MARGIN.top;
  };

  // Header: the municipality, then the title and the number; the QR code sits on the right.
  write({ text: municipality.name[data.locale], font: 'bold', size: 15, color: COLOR.accent }, left, y, width);
  y = doc.y + 2;
  const addressLine = t('address', { street: address.street, postalCode: address.postalCode, city: address.city, county: address.county, country: address.country[data.locale] });
  const contactLine = `${t('contact', { phone: municipality.phone, email: municipality.email })} · ${municipality.website.replace(/^https?:\/\//, '')}`;
  for (const line of [addressLine, contactLine]) {
    write({ text: line, font: 'regular', size: 8.5, color: COLOR.muted }, left, y, width);
    y = doc.y;
  }
  y += 8;
  rule(y);
  y += 14;

  const qrX = left + width - QR_SIZE;
  const qrTop = y;
  const { verification } = data;
  drawQrCode(doc, verification?.url ?? data.statusUrl, qrX, qrTop, QR_SIZE);
  write({ text: t(verification ? 'qrVerifyCaption' : 'qrCaption'), font: 'regular', size: 7, color: COLOR.muted }, qrX, qrTop + QR_SIZE + 2, QR_SIZE, 'center');
  if (verification) write({ text: verification.code, font: 'mono', size: 8, color: COLOR.accent }, qrX - 10, doc.y + 2, QR_SIZE + 20, 'center');
  const qrBottom = doc.y;

  const mainWidth = width - QR_SIZE - 20;
  write({ text: t('title'), font: 'bold', size: 16 }, left, y, mainWidth);
  y = doc.y + 8;
  write({ text: t('registrationNumber'), font: 'regular', size: 8.5, color: COLOR.muted }, left, y, mainWidth);
  write({ text: data.registrationNumber, font: 'bold', size: 24, color: COLOR.accent }, left, doc.y + 1, mainWidth);
  y = doc.y + 10;

  const labelWidth = 150;
  const fields: [string, string][] = [
    [t('submittedAt'), formatDateTime(data.submittedAt, data.locale)],
    [t('service'), data.serviceTitle],
    [t('department'), data.departmentName],
    [t('dueAt'), formatDate(data.dueAt, data.locale)],
    [t('applicant'), data.applicant.name],
    [t('idNumber'), data.applicant.idNumber ?? '—'],
    [t('email'), data.applicant.email],
  ];
  for (const [label, value] of fields) {
    // The QR code only narrows the rows beside it.
    const rowWidth = y < qrBottom + 4 ? mainWidth : width;
    write({ text: label, font: 'regular', size: 8.5, color: COLOR.muted }, left, y + 1.5, labelWidth - 8);
    const labelBottom = doc.y;
    write({ text: value, font: 'regular', size: 10 }, left + labelWidth, y, rowWidth - labelWidth);
    y = Math.max(doc.y, labelBottom) + 4;
  }
  y = Math.max(y, qrBottom) + 10;

  // The access code, in a box.
  const code: TCell | null = data.accessCode
    ? { text: data.accessCode, font: 'mono', size: 16, color: COLOR.accent }
    : null;
  const note: TCell = {
    text: t(code ? 'accessCodeNote' : 'accessCodeShown', { url: data.lookupUrl }),
    font: 'regular',
    size: 8.5,
  };
  const boxInner = width - 2 * 10;
  const codeLabel: TCell = { text: t('accessCode'), font: 'bold', size: 10 };
  const boxHeight =
    10 + heightOf(codeLabel, boxInner) + (code ? heightOf(code, boxInner) + 4 : 0) + 4 + heightOf(note, boxInner) + 10;
  doc.save().rect(left, y, width, boxHeight).lineWidth(0.8).fillAndStroke(COLOR.fill, COLOR.rule).restore();
  let boxY = y + 10;
  write(codeLabel, left + 10, boxY, boxInner);
  boxY = doc.y + 2;
  if (code) {
    write(code, left + 10, boxY, boxInner);
    boxY = doc.y + 4;
  }
  write(note, left + 10, boxY, boxInner);
  y += boxHeight + 18;
  if (verification) {
    // Also in words, for whoever cannot scan: the seal is checked at this address.
    write({ text: `${t('verificationCode', { code: verification.code })} · ${t('verifyAt', { url: verification.url })}`, font: 'regular', size: 8.5, color: COLOR.muted }, left, y - 10, width);
    y = doc.y + 14;
  }

  // The tables: a row that does not fit goes to the next page under a repeated header; a row taller
  // than a page is split between pages.
  const drawTable = (title: string, columns: { title: string; width: number }[], rows: TRow[], empty: string) => {
    const heading: TCell = { text: title, font: 'bold', size: 12, color: COLOR.accent };
    const header: TRow = { cells: columns.map((c) => ({ text: c.title, font: 'bold', size: 8.5 })) };
    const widths = columns.map((c) => c.width * width);
    const inner = (i: number) => (widths[i] ?? width) - 2 * CELL_PADDING;
    const rowHeight = (row: TRow) =>
      Math.max(...row.cells.map((c, i) => heightOf(c, inner(i)))) +
      (row.note ? heightOf(row.note, width - 2 * CELL_PADDING) + 2 : 0) +
      2 * CELL_PADDING;
    const drawRow = (row: TRow, shaded: boolean) => {
      const h = rowHeight(row);
      if (shaded) doc.save().rect(left, y, width, h).fill(COLOR.fill).restore();
      let x = left;
      row.cells.forEach((c, i) => {
        write(c, x + CELL_PADDING, y + CELL_PADDING, inner(i));
        x += widths[i] ?? 0;
      });
      if (row.note) {
        const noteY = y + h - CELL_PADDING - heightOf(row.note, width - 2 * CELL_PADDING);
        write(row.note, left + CELL_PADDING, noteY, width - 2 * CELL_PADDING);
      }
      y += h;
      rule(y);
    };

    const headerHeight = rowHeight(header);
    const firstRow = rows[0] ? Math.min(rowHeight(rows[0]), 60) : 20;
    if (y + heading.size * 1.6 + headerHeight + firstRow > bottom()) newPage();
    write(heading, left, y, width);
    y = doc.y + 4;
    if (rows.length === 0) {
      write({ text: empty, font: 'regular', size: 9, color: COLOR.muted }, left, y, width);
      y = doc.y + 18;
      return;
    }
    drawRow(header, true);
    for (const next of rows) {
      let row: TRow | null = next;
      while (row) {
        const h: number = rowHeight(row);
        if (y + h <= bottom()) {
          drawRow(row, false);
          row = null;
          continue;
        }
        // Split a row taller than a page when at least a few lines fit here; otherwise start a page.
        const space: number = bottom() - y - 2 * CELL_PADDING - (row.note ? heightOf(row.note, width) + 2 : 0);
        const parts: [string, string][] =
          h > bottom() - MARGIN.top - headerHeight && space >= 40
            ? row.cells.map((c, i) => splitToFit(doc, c, inner(i), space))
            : [];
        if (parts.some(([head]) => head !== '')) {
          drawRow({ cells: row.cells.map((c, i): TCell => ({ ...c, text: parts[i]![0] })) }, false);
          // The first column says what continues on the next page.
          row = {
            ...row,
            cells: row.cells.map((c, i): TCell => ({
              ...c,
              text: parts[i]![1] || (i === 0 ? `${c.text} ${t('continued')}` : ''),
            })),
          };
        }
        newPage();
        drawRow(header, true);
      }
    }
    y += 18;
  };

  drawTable(
    t('answers'),
    [
      { title: t('answerLabel'), width: 0.36 },
      { title: t('answerValue'), width: 0.64 },
    ],
    data.answers.map((a) => ({
      cells: [
        { text: a.label, font: 'regular', size: 9, color: COLOR.muted },
        { text: a.value, font: 'regular', size: 9 },
      ],
    })),
    t('noAnswers'),
  );
  drawTable(
    t('documents'),
    [
      { title: t('documentRequirement'), width: 0.42 },
      { title: t('documentFile'), width: 0.44 },
      { title: t('documentSize'), width: 0.14 },
    ],
    data.documents.map((d) => ({
      cells: [
        { text: d.requirement, font: 'regular', size: 9 },
        { text: d.fileName, font: 'regular', size: 9 },
        { text: formatFileSize(d.sizeBytes, data.locale), font: 'regular', size: 9 },
      ],
      note: { text: `SHA-256: ${d.sha256}`, font: 'mono', size: 7, color: COLOR.muted },
    })),
    t('noDocuments'),
  );

  drawPageFooters(doc, {
    left,
    width,
    bottomMargin: MARGIN.bottom,
    text: [data.registrationNumber, t('generated', { at: formatDateTime(now, data.locale) }), verification ? t('verificationCode', { code: verification.code }) : null]
    .filter(Boolean)
    .join(' · '),
    pageLabel: (page, pages) => t('page', { page: String(page), pages: String(pages) }),
  });

  doc.end();
  return bytes;
}

/**
 * Splits a cell's text into the longest head that fits in `maxHeight` (cut at a space when there is
 * one) and the rest. The head is empty when not even one line fits.
 */
function splitToFit(doc: TDoc, cell: TCell, width: number, maxHeight: number): [string, string] {
  doc.font(FONTS[cell.font]).fontSize(cell.size);
  const fits = (text: string) => doc.heightOfString(text, { width }) <= maxHeight;
  if (fits(cell.text)) return [cell.text, ''];
  let low = 0;
  let high = cell.text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(cell.text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  const space = cell.text.lastIndexOf(' ', low);
  const cut = space > low / 2 ? space : low;
  return [cell.text.slice(0, cut).trimEnd(), cell.text.slice(cut).trimStart()];
}
