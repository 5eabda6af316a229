/**
 * The answer the city hall issues from a template, as an A4 PDF in Romanian: the municipality's
 * header, "Nr. <registration number> / <date>", the title, the paragraphs, the legal basis, who
 * issued it, and on every page a footer with the verification code, the address where anyone can
 * check it and its QR code. PDF/A-2b (pdfkit's subset: embedded fonts, XMP metadata, an sRGB output
 * intent, nothing external), so that the sealed file can be archived as it is. A preview (the clerk
 * before deciding, the administrator in the editor) says on every page that it has no legal value.
 */
import PDFDocument from 'pdfkit';
import { COLOR, collect, drawQrCode, FONTS, type TFont } from '@/lib/pdf/kit';
import type { TMergeData, TMergedTemplate } from '@/lib/templates/merge';
import { formatDate } from '@/lib/time';

/** The verification code a preview prints instead of a real one: it can never be checked. */
export const PREVIEW_CODE = 'XXXX-XXXX-XXXX';
export const PREVIEW_NOTICE = 'PREVIZUALIZARE — fără valoare juridică';

const MARGIN = { top: 50, bottom: 110, left: 60, right: 60 };
const QR_SIZE = 64;

type TAnswerPdfInput = {
  merged: TMergedTemplate;
  data: TMergeData;
  verification: { code: string; url: string };
  /** A preview: marked on every page as having no legal value. */
  preview?: boolean;
};

/** Renders the answer; the bytes are then sealed (lib/issued/issue.ts), never changed after. */
export async function renderAnswerPdf({ merged, data, verification, preview = false }: TAnswerPdfInput): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    font: FONTS.regular,
    lang: 'ro-RO',
    displayTitle: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    info: {
      Title: preview ? `${merged.title} (${PREVIEW_NOTICE})` : merged.title,
      Author: data.municipality.name,
      Subject: `${data.serviceTitle} — ${data.request.registrationNumber}`,
      Creator: data.municipality.name,
      Keywords: `${data.request.registrationNumber} ${verification.code}`,
      CreationDate: data.issuedAt,
    },
  });
  const bytes = collect(doc);

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const style = (font: TFont, size: number, color: string = COLOR.text) => doc.font(FONTS[font]).fontSize(size).fillColor(color);
  const rule = (at: number) => doc.save().moveTo(left, at).lineTo(left + width, at).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore();

  // Header: the municipality.
  style('bold', 14, COLOR.accent).text(data.municipality.name, left, MARGIN.top, { width });
  style('regular', 8.5, COLOR.muted).text(data.municipality.address, { width });
  style('regular', 8.5, COLOR.muted).text(data.municipality.contact, { width });
  let y = doc.y + 8;
  rule(y);
  y += 12;
  style('bold', 10).text(`Nr. ${data.request.registrationNumber} / ${formatDate(data.issuedAt, 'ro')}`, left, y, { width });
  y = doc.y + 14;

  if (preview) {
    const h = 26;
    doc.save().rect(left, y, width, h).lineWidth(1.2).stroke(COLOR.warning).restore();
    style('bold', 11, COLOR.warning).text(PREVIEW_NOTICE, left, y + 7, { width, align: 'center' });
    y += h + 14;
  }

  style('bold', 14).text(merged.title, left, y, { width, align: 'center' });
  doc.moveDown(1.2);

  // The text flows onto new pages by itself (the bottom margin keeps the footer's place free).
  for (const paragraph of merged.paragraphs) {
    style('regular', 10.5).text(paragraph, left, doc.y, { width, align: 'justify', lineGap: 2, paragraphGap: 8 });
  }
  doc.moveDown(0.6);
  style('bold', 10).text('Temei legal: ', left, doc.y, { width, continued: true });
  style('regular', 10).text(merged.legalBasis || '—', { width, lineGap: 1.5 });
  doc.moveDown(1.2);
  style('regular', 9.5, COLOR.muted).text(
    preview ? `Document care va fi emis electronic de ${data.municipality.name} și sigilat cu sigiliu electronic.` : `Emis electronic de ${data.municipality.name}, sigilat cu sigiliu electronic.`,
    left,
    doc.y,
    { width },
  );
  if (data.clerk.name) style('regular', 9.5).text(`Întocmit: ${data.clerk.name}`, left, doc.y + 4, { width });

  // Footers, once the page count is known; the bottom margin is lifted so pdfkit adds no page.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    const top = doc.page.height - MARGIN.bottom + 20;
    rule(top - 8);
    drawQrCode(doc, verification.url, left, top - 4, QR_SIZE);
    const x = left + QR_SIZE + 10;
    const w = width - QR_SIZE - 10;
    style('bold', 8.5).text(`Cod de verificare: ${verification.code}`, x, top + 4, { width: w, lineBreak: false });
    style('regular', 8).text(`Verificați autenticitatea la ${verification.url}`, x, top + 18, { width: w, lineBreak: false });
    style('regular', 8, COLOR.muted).text(`${data.request.registrationNumber} · Pagina ${i + 1} din ${range.count}`, x, top + 31, { width: w, lineBreak: false });
    if (preview) style('bold', 8, COLOR.warning).text(PREVIEW_NOTICE, x, top + 44, { width: w, lineBreak: false });
  }

  doc.end();
  return bytes;
}
