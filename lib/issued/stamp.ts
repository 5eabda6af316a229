/**
 * Stamps a clerk's uploaded answer PDF with its verification code before it is sealed: a footer
 * line on every page ("Cod de verificare: XXXX-XXXX-XXXX · <url>") and the QR code of the /verify
 * page on the last one, drawn as vector squares (nothing external). pdf-lib's standard fonts have
 * no ș ț, so the stamp's text is ASCII (the portal's own PDFs print the same words with diacritics).
 * A PDF that already carries a signature is never stamped: any change to it would break that
 * signature; the code is then in the seal's contact info and on the request's timeline.
 */
import { rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import { hasSignature, loadPdf } from '@/lib/seal/pdf';

const FOOTER_SIZE = 7.5;
const QR_SIZE = 64;
const MARGIN = 18;

/** The stamped PDF; the input as it is when it already carries a signature. */
export async function stampVerification(pdf: Uint8Array, verification: { code: string; url: string }): Promise<{ bytes: Uint8Array; stamped: boolean }> {
  if (hasSignature(pdf)) return { bytes: pdf, stamped: false };
  const doc = await loadPdf(pdf);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const text = `Cod de verificare: ${verification.code} - ${verification.url}`;
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const { x, y, width } = page.getCropBox();
    const last = index === pages.length - 1;
    // On the last page the line stops before the QR code at the bottom right.
    const room = width - 2 * MARGIN - (last ? QR_SIZE + 6 : 0);
    let size = FOOTER_SIZE;
    while (size > 4 && font.widthOfTextAtSize(text, size) > room) size -= 0.5;
    page.drawText(text, { x: x + MARGIN, y: y + MARGIN / 2 + 2, size, font, color: rgb(0.12, 0.23, 0.37) });
    if (!last) return;
    const { modules } = QRCode.create(verification.url, { errorCorrectionLevel: 'M' });
    const quiet = 2;
    const cell = QR_SIZE / (modules.size + 2 * quiet);
    const left = x + width - MARGIN - QR_SIZE;
    const bottom = y + MARGIN / 2;
    page.drawRectangle({ x: left, y: bottom, width: QR_SIZE, height: QR_SIZE, color: rgb(1, 1, 1) });
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (!modules.get(row, col)) continue;
        let end = col;
        while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
        // PDF space grows upwards: row 0 of the code is the top.
        page.drawRectangle({ x: left + (col + quiet) * cell, y: bottom + QR_SIZE - (row + quiet + 1) * cell, width: (end - col + 1) * cell, height: cell, color: rgb(0, 0, 0) });
        col = end;
      }
    }
  });
  return { bytes: await doc.save({ useObjectStreams: false }), stamped: true };
}
