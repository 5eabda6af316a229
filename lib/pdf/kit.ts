/**
 * The pieces the portal's pdfkit documents share: the embedded DejaVu fonts (ă â î ș ț print the
 * same everywhere, and an embedded font is what PDF/A asks), the colours, the collection of the
 * streamed bytes and the QR code drawn as vectors (no image, nothing external). pdfkit stays out of
 * the Next.js server bundle (`serverExternalPackages` in next.config.js).
 */
import path from 'node:path';
import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

type TDoc = InstanceType<typeof PDFDocument>;

/** Read by pdfkit from disk at each render (the OS caches them); licence in lib/requests/fonts/LICENSE-DejaVu.txt. */
const FONT_DIR = path.join(process.cwd(), 'lib/requests/fonts');
export const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  mono: path.join(FONT_DIR, 'DejaVuSansMono.ttf'),
};
export type TFont = keyof typeof FONTS;

export const COLOR = { text: '#1a1a1a', muted: '#5a5a5a', accent: '#1f3a5f', rule: '#c4c9d0', fill: '#eef1f5', warning: '#9b1c1c' };

/** The bytes pdfkit streams, in one array, once the document ends. */
export function collect(doc: TDoc): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(out);
    });
  });
}

/** The QR code as vector squares (runs of dark modules in a row drawn as one rectangle). */
export function drawQrCode(doc: TDoc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, (end - col + 1) * cell, cell);
      col = end;
    }
  }
  doc.fill('#000000').restore();
}

/**
 * The footer of every page, once the page count is known (the document buffers its pages): a rule,
 * `text` on the left and the page label on the right. The bottom margin is lifted so that pdfkit
 * does not add a page.
 */
export function drawPageFooters(doc: TDoc, { left, width, bottomMargin, text, pageLabel }: { left: number; width: number; bottomMargin: number; text: string; pageLabel: (page: number, pages: number) => string }) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - bottomMargin + 22;
    doc.save().moveTo(left, footerY - 6).lineTo(left + width, footerY - 6).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore();
    doc.font(FONTS.regular).fontSize(7.5).fillColor(COLOR.muted);
    doc.text(text, left, footerY, { width, lineBreak: false });
    doc.text(pageLabel(i + 1, range.count), left, footerY, { width, align: 'right', lineBreak: false });
  }
}
